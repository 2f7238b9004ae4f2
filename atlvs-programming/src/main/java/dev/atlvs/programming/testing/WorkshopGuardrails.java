package dev.atlvs.programming.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.programming.event.EventStatus;
import dev.atlvs.programming.workshop.ImmutableWorkshop;
import dev.atlvs.programming.workshop.ImmutableWorkshopInstructor;
import dev.atlvs.programming.workshop.ImmutableWorkshopRegistration;
import dev.atlvs.programming.workshop.InstructorRole;
import dev.atlvs.programming.workshop.RegistrationStatus;
import dev.atlvs.programming.workshop.Workshop;
import dev.atlvs.programming.workshop.WorkshopInstructorRepository;
import dev.atlvs.programming.workshop.WorkshopRegistration;
import dev.atlvs.programming.workshop.WorkshopRegistrationRepository;
import dev.atlvs.programming.workshop.WorkshopRepository;
import dev.atlvs.programming.workshop.WorkshopService;
import dev.atlvs.programming.workshop.WorkshopStatus;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Samples, mutations, lifecycles and rule probes of workshops and workshop registrations. */
final class WorkshopGuardrails {

    /** A window in September 2026, inside the sample projects' dates. */
    private static final Instant FROM = Instant.parse("2026-09-12T13:00:00Z");

    private WorkshopGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("workshops", org -> workshop(org, 20, false).id(),
                        (org, id) -> org.asOwner(tx -> workshops(tx).update(ImmutableWorkshop.copyOf(workshops(tx).get(id))
                                .withDescription("Bring headphones"))))
                .lifecycle(WorkshopStatus.LIFECYCLE)
                .table("workshop_registrations", org -> register(org, workshop(org, 20, true), "Ada Lovelace").id(),
                        (org, id) -> org.asOwner(tx -> registrations(tx).update(ImmutableWorkshopRegistration.copyOf(registrations(tx).get(id))
                                .withNotes("Needs step-free access"))))
                .lifecycle(RegistrationStatus.LIFECYCLE)
                .table("workshop_instructors", org -> {
                            Workshop workshop = workshop(org, 20, false);
                            UUID person = dev.atlvs.people.testing.PeopleFixtures.person(org, "Lena", "Fischer", "FOH engineer").id();
                            return org.asOwner(tx -> new WorkshopService(tx).addInstructor(workshop.id(), person, InstructorRole.LEAD)).id();
                        },
                        (org, id) -> org.asOwner(tx -> instructors(tx).update(ImmutableWorkshopInstructor.copyOf(instructors(tx).get(id))
                                .withRole(InstructorRole.ASSISTANT))));
        builder
                .rule("workshops_price_currency_check",
                        (tx, id) -> workshops(tx).update(ImmutableWorkshop.copyOf(workshops(tx).get(id)).withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.workshops set currency = null where id = :id", id))
                .rule("workshops_event_is_workshop",
                        org -> {
                            Workshop workshop = workshop(org, 20, false);
                            Event performance = event(org, EventKind.PERFORMANCE);
                            return org.asOwner(tx -> workshops(tx).update(ImmutableWorkshop.copyOf(workshop)
                                    .withPrerequisites(performance.id().toString()))).id();
                        },
                        (tx, id) -> new WorkshopService(tx).update(ImmutableWorkshop.copyOf(workshops(tx).get(id))
                                .withEventId(UUID.fromString(workshops(tx).get(id).prerequisites().orElseThrow()))),
                        (tx, id) -> sql(tx, "update atlvs.workshops set event_id = prerequisites::uuid where id = :id", id))
                .rule("workshops_max_participants_seated",
                        org -> {
                            Workshop workshop = workshop(org, 2, true);
                            register(org, workshop, "Grace Hopper");
                            register(org, workshop, "Alan Turing");
                            return workshop.id();
                        },
                        (tx, id) -> new WorkshopService(tx).update(ImmutableWorkshop.copyOf(workshops(tx).get(id)).withMaxParticipants(1)),
                        (tx, id) -> sql(tx, "update atlvs.workshops set max_participants = 1 where id = :id", id))
                .rule("workshop_registrations_attendee_check",
                        (tx, id) -> registrations(tx).update(ImmutableWorkshopRegistration.copyOf(registrations(tx).get(id))
                                .withAttendeeName(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.workshop_registrations set attendee_name = null where id = :id", id))
                .rule("workshop_registrations_registration_open",
                        org -> workshop(org, 20, false).id(),
                        (tx, id) -> new WorkshopService(tx).register(WorkshopRegistration.builder().organizationId(tx.organizationId())
                                .workshopId(id).attendeeName("Katherine Johnson").build()),
                        (tx, id) -> tx.handle().createUpdate("""
                                insert into atlvs.workshop_registrations (organization_id, workshop_id, attendee_name)
                                values (:organizationId, :id, 'Katherine Johnson')
                                """).bind("organizationId", tx.organizationId()).bind("id", id).execute())
                .rule("workshop_registrations_capacity",
                        org -> {
                            Workshop workshop = workshop(org, 1, true);
                            register(org, workshop, "Grace Hopper");
                            return register(org, workshop, "Alan Turing").id();
                        },
                        (tx, id) -> registrations(tx).update(ImmutableWorkshopRegistration.copyOf(registrations(tx).get(id))
                                .withStatus(RegistrationStatus.REGISTERED)),
                        (tx, id) -> sql(tx, "update atlvs.workshop_registrations set status = 'registered' where id = :id", id));
    }

    private static Event event(FixtureOrganization org, EventKind kind) {
        return ProgrammingFixtures.event(org, ProgrammingFixtures.eventBuilder(org, ProjectFixtures.project(org), "Masterclass", kind,
                FROM, FROM.plus(Duration.ofHours(2))).status(EventStatus.SCHEDULED).build());
    }

    private static Workshop workshop(FixtureOrganization org, int seats, boolean open) {
        Event event = event(org, EventKind.WORKSHOP);
        Workshop workshop = org.asOwner(tx -> new WorkshopService(tx).create(Workshop.builder().organizationId(org.id())
                .eventId(event.id()).maxParticipants(seats).price(new BigDecimal("45.0000")).currency("GBP")
                .description("Mixing monitors for a festival stage").build()));
        return open ? org.asOwner(tx -> new WorkshopService(tx).openRegistration(workshop.id())) : workshop;
    }

    private static WorkshopRegistration register(FixtureOrganization org, Workshop workshop, String name) {
        return org.asOwner(tx -> new WorkshopService(tx).register(WorkshopRegistration.builder().organizationId(org.id())
                .workshopId(workshop.id()).attendeeName(name).attendeeEmail("attendee@example.org").build())).registration();
    }

    private static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static WorkshopInstructorRepository instructors(TenantTransaction tx) {
        return tx.repository(WorkshopInstructorRepository.class);
    }

    private static WorkshopRepository workshops(TenantTransaction tx) {
        return tx.repository(WorkshopRepository.class);
    }

    private static WorkshopRegistrationRepository registrations(TenantTransaction tx) {
        return tx.repository(WorkshopRegistrationRepository.class);
    }
}
