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
import dev.atlvs.programming.accreditation.AccreditationZone;
import dev.atlvs.programming.accreditation.AccreditationZoneRepository;
import dev.atlvs.programming.accreditation.CredentialsPass;
import dev.atlvs.programming.accreditation.CredentialsPassRepository;
import dev.atlvs.programming.booking.SpaceBooking;
import dev.atlvs.programming.booking.SpaceBookingRepository;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventRepository;
import dev.atlvs.programming.lineup.Lineup;
import dev.atlvs.programming.lineup.LineupEvents;
import dev.atlvs.programming.lineup.LineupRepository;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceRepository;
import dev.atlvs.programming.testing.ProgrammingGuardrails;
import dev.atlvs.programming.travel.Itinerary;
import dev.atlvs.programming.travel.ItineraryParticipant;
import dev.atlvs.programming.travel.ItineraryParticipantRepository;
import dev.atlvs.programming.travel.ItineraryRepository;
import dev.atlvs.programming.travel.ItinerarySegment;
import dev.atlvs.programming.travel.ItinerarySegmentRepository;
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
        tables.add(Lineup.TABLE);
        // riders
        tables.addAll(List.of(dev.atlvs.programming.rider.Rider.TABLE, dev.atlvs.programming.rider.RiderItem.TABLE));

        // call sheets
        tables.addAll(List.of(dev.atlvs.programming.callsheet.CallSheet.TABLE, dev.atlvs.programming.callsheet.CallSheetEntry.TABLE,
                dev.atlvs.programming.callsheet.CallSheetRevision.TABLE));
        // travel
        tables.addAll(List.of(Itinerary.TABLE, ItineraryParticipant.TABLE, ItinerarySegment.TABLE));
        // accreditation
        tables.addAll(List.of(AccreditationZone.TABLE, CredentialsPass.TABLE));
        // workshops
        tables.addAll(List.of(dev.atlvs.programming.workshop.Workshop.TABLE,
                dev.atlvs.programming.workshop.WorkshopRegistration.TABLE, dev.atlvs.programming.workshop.WorkshopInstructor.TABLE));

        return List.copyOf(tables);
    }

    @Override
    public List<Class<?>> repositories() {
        List<Class<?>> repositories = new ArrayList<>();
        // spaces, events, bookings and activations
        repositories.addAll(List.of(SpaceRepository.class, EventRepository.class, SpaceBookingRepository.class,
                ActivationRepository.class));
        // lineups
        repositories.add(LineupRepository.class);
        // riders
        repositories.addAll(List.of(dev.atlvs.programming.rider.RiderRepository.class,
                dev.atlvs.programming.rider.RiderItemRepository.class));

        // call sheets
        repositories.addAll(List.of(dev.atlvs.programming.callsheet.CallSheetRepository.class,
                dev.atlvs.programming.callsheet.CallSheetEntryRepository.class,
                dev.atlvs.programming.callsheet.CallSheetRevisionRepository.class));
        // travel
        repositories.addAll(List.of(ItineraryRepository.class, ItineraryParticipantRepository.class,
                ItinerarySegmentRepository.class));
        // accreditation
        repositories.addAll(List.of(AccreditationZoneRepository.class, CredentialsPassRepository.class));
        // workshops
        repositories.addAll(List.of(dev.atlvs.programming.workshop.WorkshopRepository.class,
                dev.atlvs.programming.workshop.WorkshopRegistrationRepository.class,
                dev.atlvs.programming.workshop.WorkshopInstructorRepository.class));

        return List.copyOf(repositories);
    }

    @Override
    public List<EntityType> entityTypes() {
        List<EntityType> types = new ArrayList<>();
        // spaces, events, bookings and activations
        types.addAll(List.of(new EntityType("space", Space.TABLE), new EntityType("event", Event.TABLE),
                new EntityType("activation", Activation.TABLE)));
        // lineups
        types.add(new EntityType("lineup", Lineup.TABLE));
        // riders
        types.add(new EntityType("rider", dev.atlvs.programming.rider.Rider.TABLE));

        // call sheets
        types.add(new EntityType("call_sheet", dev.atlvs.programming.callsheet.CallSheet.TABLE));
        // travel
        types.add(new EntityType("itinerary", Itinerary.TABLE));
        // accreditation

        // workshops
        types.add(new EntityType("workshop", dev.atlvs.programming.workshop.Workshop.TABLE));

        return List.copyOf(types);
    }

    @Override
    public List<EventType> eventTypes() {
        List<EventType> types = new ArrayList<>();
        // spaces, events, bookings and activations

        // lineups
        types.addAll(List.of(
                new EventType(LineupEvents.SLOT_CONFIRMED, LineupEvents.AGGREGATE, LineupEvents.SLOT_CONFIRMED_DESCRIPTION),
                new EventType(LineupEvents.SLOT_CANCELLED, LineupEvents.AGGREGATE, LineupEvents.SLOT_CANCELLED_DESCRIPTION),
                new EventType(LineupEvents.RUNNING_ORDER_CHANGED, LineupEvents.AGGREGATE,
                        LineupEvents.RUNNING_ORDER_CHANGED_DESCRIPTION),
                new EventType(LineupEvents.LOCK_CHANGED, LineupEvents.AGGREGATE, LineupEvents.LOCK_CHANGED_DESCRIPTION)));
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
        read.put(Lineup.TABLE.name(), ProgrammingPermissions.PROGRAMME_READ);
        // riders
        read.put(dev.atlvs.programming.rider.Rider.TABLE.name(), ProgrammingPermissions.PROGRAMME_READ);
        read.put(dev.atlvs.programming.rider.RiderItem.TABLE.name(), ProgrammingPermissions.PROGRAMME_READ);

        // call sheets
        for (Table<?, ?> table : List.of(dev.atlvs.programming.callsheet.CallSheet.TABLE, dev.atlvs.programming.callsheet.CallSheetEntry.TABLE,
                dev.atlvs.programming.callsheet.CallSheetRevision.TABLE)) {
            read.put(table.name(), ProgrammingPermissions.PROGRAMME_READ);
        }
        // travel
        for (Table<?, ?> table : List.of(Itinerary.TABLE, ItineraryParticipant.TABLE, ItinerarySegment.TABLE)) {
            read.put(table.name(), ProgrammingPermissions.PROGRAMME_READ);
        }
        // accreditation
        for (Table<?, ?> table : List.of(AccreditationZone.TABLE, CredentialsPass.TABLE)) {
            read.put(table.name(), ProgrammingPermissions.PROGRAMME_READ);
        }
        // workshops
        read.put(dev.atlvs.programming.workshop.Workshop.TABLE.name(), ProgrammingPermissions.PROGRAMME_READ);
        read.put(dev.atlvs.programming.workshop.WorkshopRegistration.TABLE.name(), ProgrammingPermissions.PROGRAMME_READ);
        read.put(dev.atlvs.programming.workshop.WorkshopInstructor.TABLE.name(), ProgrammingPermissions.PROGRAMME_READ);

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
        sources.add(SearchSource.of("lineup", Lineup.TABLE, List.of("performer_name")).withSubtitle("performer_type", "billing")
                .withBody("notes"));
        // riders
        sources.add(SearchSource.of("rider", dev.atlvs.programming.rider.Rider.TABLE, List.of("title")).withSubtitle("kind", "status")
                .withBody("special_requests"));

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
