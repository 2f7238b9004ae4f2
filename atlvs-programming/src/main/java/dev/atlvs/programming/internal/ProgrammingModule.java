package dev.atlvs.programming.internal;

import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.event.EventType;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.ErrorCodeBlock;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.search.SearchSource;
import dev.atlvs.programming.ProgrammingErrorCode;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.activation.Activation;
import dev.atlvs.programming.activation.ActivationRepository;
import dev.atlvs.programming.booking.SpaceBooking;
import dev.atlvs.programming.booking.SpaceBookingRepository;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventRepository;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceRepository;
import dev.atlvs.programming.testing.ProgrammingGuardrails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The programming module: the show itself. Spaces, events and space bookings, activations, lineups and the running
 * order, riders, call sheets, travel, accreditation and workshops. It depends on projects (every event belongs to one),
 * people (performers, crew, passports, availability) and finance (rider costs roll into the project's budget).
 */
public final class ProgrammingModule implements AtlvsModule {

    @Override
    public String name() {
        return "programming";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of(CORE, "projects", "people", "finance");
    }

    @Override
    public List<Table<?, ?>> tables() {
        List<Table<?, ?>> tables = new ArrayList<>();
        // spaces, events, bookings and activations
        tables.addAll(List.of(Space.TABLE, Event.TABLE, SpaceBooking.TABLE, Activation.TABLE));
        // lineups

        // riders

        // call sheets
        tables.addAll(List.of(dev.atlvs.programming.callsheet.CallSheet.TABLE, dev.atlvs.programming.callsheet.CallSheetEntry.TABLE,
                dev.atlvs.programming.callsheet.CallSheetRevision.TABLE));
        // travel

        // accreditation

        // workshops

        return List.copyOf(tables);
    }

    @Override
    public List<Class<?>> repositories() {
        List<Class<?>> repositories = new ArrayList<>();
        // spaces, events, bookings and activations
        repositories.addAll(List.of(SpaceRepository.class, EventRepository.class, SpaceBookingRepository.class,
                ActivationRepository.class));
        // lineups

        // riders

        // call sheets
        repositories.addAll(List.of(dev.atlvs.programming.callsheet.CallSheetRepository.class,
                dev.atlvs.programming.callsheet.CallSheetEntryRepository.class,
                dev.atlvs.programming.callsheet.CallSheetRevisionRepository.class));
        // travel

        // accreditation

        // workshops

        return List.copyOf(repositories);
    }

    @Override
    public List<EntityType> entityTypes() {
        List<EntityType> types = new ArrayList<>();
        // spaces, events, bookings and activations
        types.addAll(List.of(new EntityType("space", Space.TABLE), new EntityType("event", Event.TABLE),
                new EntityType("activation", Activation.TABLE)));
        // lineups

        // riders

        // call sheets
        types.add(new EntityType("call_sheet", dev.atlvs.programming.callsheet.CallSheet.TABLE));
        // travel

        // accreditation

        // workshops

        return List.copyOf(types);
    }

    @Override
    public List<EventType> eventTypes() {
        List<EventType> types = new ArrayList<>();
        // spaces, events, bookings and activations

        // lineups

        // riders

        // call sheets

        // travel

        // accreditation

        // workshops

        return List.copyOf(types);
    }

    @Override
    public List<Permission> permissions() {
        return ProgrammingPermissions.ALL;
    }

    @Override
    public Map<String, Permission> readPermissions() {
        Map<String, Permission> read = new HashMap<>();
        // spaces, events, bookings and activations
        for (Table<?, ?> table : List.of(Space.TABLE, Event.TABLE, SpaceBooking.TABLE, Activation.TABLE)) {
            read.put(table.name(), ProgrammingPermissions.PROGRAMME_READ);
        }
        // lineups

        // riders

        // call sheets
        for (Table<?, ?> table : List.of(dev.atlvs.programming.callsheet.CallSheet.TABLE, dev.atlvs.programming.callsheet.CallSheetEntry.TABLE,
                dev.atlvs.programming.callsheet.CallSheetRevision.TABLE)) {
            read.put(table.name(), ProgrammingPermissions.PROGRAMME_READ);
        }
        // travel

        // accreditation

        // workshops

        return Map.copyOf(read);
    }

    /** Events and spaces, in the core's search index (see {@code programming/V1__spaces_events_bookings.sql}). */
    @Override
    public List<SearchSource> searchSources() {
        List<SearchSource> sources = new ArrayList<>();
        // spaces, events, bookings and activations
        sources.add(SearchSource.of("event", Event.TABLE, List.of("title")).withSubtitle("event_type").withBody("description"));
        sources.add(SearchSource.of("space", Space.TABLE, List.of("name")).withSubtitle("kind", "building")
                .withBody("room_number", "notes"));
        // lineups

        // riders

        // call sheets

        // travel

        // accreditation

        // workshops

        return List.copyOf(sources);
    }

    @Override
    public ErrorCodeBlock errorCodes() {
        return ErrorCodeBlock.of(5000, 5999, ProgrammingErrorCode.class);
    }

    @Override
    public List<Rule> rules() {
        return ProgrammingRules.ALL;
    }

    @Override
    public Guardrails guardrails() {
        return ProgrammingGuardrails.guardrails();
    }
}
