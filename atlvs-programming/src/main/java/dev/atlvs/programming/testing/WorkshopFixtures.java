package dev.atlvs.programming.testing;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.programming.event.EventStatus;
import dev.atlvs.programming.workshop.Registration;
import dev.atlvs.programming.workshop.Workshop;
import dev.atlvs.programming.workshop.WorkshopLevel;
import dev.atlvs.programming.workshop.WorkshopRegistration;
import dev.atlvs.programming.workshop.WorkshopService;
import java.math.BigDecimal;
import java.time.LocalTime;

/** Workshops on {@link ProgrammingFixtures#festival}: a production masterclass with its seats, and registrations. */
public final class WorkshopFixtures {

    private WorkshopFixtures() {}

    /** A stored workshop event on the festival's Saturday, 14:00 to 16:00, inside the Saturday. */
    public static Event workshopEvent(FixtureOrganization org, Festival festival, String title) {
        return ProgrammingFixtures.event(org, ProgrammingFixtures.eventBuilder(org, festival.project(), title, EventKind.WORKSHOP,
                        ProgrammingFixtures.at(Festival.FIRST_DAY.plusDays(1), LocalTime.of(14, 0)),
                        ProgrammingFixtures.at(Festival.FIRST_DAY.plusDays(1), LocalTime.of(16, 0)))
                .parentEventId(festival.days().get(1).id()).status(EventStatus.SCHEDULED).build());
    }

    /** A stored workshop in planning with {@code seats} seats, GBP 45 a seat, on a new workshop event of the festival. */
    public static Workshop masterclass(FixtureOrganization org, Festival festival, int seats) {
        Event event = workshopEvent(org, festival, ProgrammingFixtures.unique("Live sound masterclass"));
        return org.asOwner(tx -> new WorkshopService(tx).create(Workshop.builder().organizationId(org.id()).eventId(event.id())
                .maxParticipants(seats).price(new BigDecimal("45.0000")).currency("GBP").level(WorkshopLevel.INTERMEDIATE)
                .prerequisites("Basic mixing desk experience").description("Mixing a festival headliner from FOH").build()));
    }

    /** {@link #masterclass} open for registration. */
    public static Workshop openMasterclass(FixtureOrganization org, Festival festival, int seats) {
        Workshop workshop = masterclass(org, festival, seats);
        return org.asOwner(tx -> new WorkshopService(tx).openRegistration(workshop.id()));
    }

    /** Registers an attendee by name and e-mail. */
    public static Registration register(FixtureOrganization org, Workshop workshop, String name) {
        return org.asOwner(tx -> new WorkshopService(tx).register(WorkshopRegistration.builder().organizationId(org.id())
                .workshopId(workshop.id()).attendeeName(name)
                .attendeeEmail(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org").build()));
    }
}
