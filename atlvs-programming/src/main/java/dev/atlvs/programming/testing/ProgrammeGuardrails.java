package dev.atlvs.programming.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.programming.activation.Activation;
import dev.atlvs.programming.activation.ActivationRepository;
import dev.atlvs.programming.activation.ActivationService;
import dev.atlvs.programming.activation.ActivationStatus;
import dev.atlvs.programming.activation.ImmutableActivation;
import dev.atlvs.programming.booking.BookingStatus;
import dev.atlvs.programming.booking.ImmutableSpaceBooking;
import dev.atlvs.programming.booking.SpaceBooking;
import dev.atlvs.programming.booking.SpaceBookingRepository;
import dev.atlvs.programming.booking.SpaceBookingService;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.programming.event.EventRepository;
import dev.atlvs.programming.event.EventService;
import dev.atlvs.programming.event.EventStatus;
import dev.atlvs.programming.event.ImmutableEvent;
import dev.atlvs.programming.space.ImmutableSpace;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceKind;
import dev.atlvs.programming.space.SpaceRepository;
import dev.atlvs.programming.space.SpaceService;
import dev.atlvs.programming.space.SpaceStatus;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

/** Samples, mutations, lifecycles and rule probes of spaces, events, space bookings and activations. */
final class ProgrammeGuardrails {

    /** A window in September 2026, inside the sample projects' dates. */
    private static final Instant FROM = Instant.parse("2026-09-12T09:00:00Z");

    private ProgrammeGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("spaces", org -> space(org, 0).id(),
                        (org, id) -> org.asOwner(tx -> spaces(tx).update(ImmutableSpace.copyOf(spaces(tx).get(id))
                                .withNotes("Stage left wing is narrow: load from the right"))))
                .freeStatus("spaces", "status")
                .table("events", org -> event(org, space(org, 0), FROM, FROM.plus(Duration.ofHours(3))).id(),
                        (org, id) -> org.asOwner(tx -> events(tx).update(ImmutableEvent.copyOf(events(tx).get(id))
                                .withDescription("Doors 30 minutes before the first set"))))
                .lifecycle(EventStatus.LIFECYCLE)
                .freeStatus("events", "lineup_status")
                .table("space_bookings", org -> hold(org, space(org, 0), FROM, FROM.plus(Duration.ofHours(2))).id(),
                        (org, id) -> org.asOwner(tx -> bookings(tx).update(ImmutableSpaceBooking.copyOf(bookings(tx).get(id))
                                .withNotes("Catering for 40, vegan options"))))
                .lifecycle(BookingStatus.LIFECYCLE)
                .table("activations", org -> activation(org).id(),
                        (org, id) -> org.asOwner(tx -> activations(tx).update(ImmutableActivation.copyOf(activations(tx).get(id))
                                .withLeadsCaptured(140))))
                .lifecycle(ActivationStatus.LIFECYCLE);
        rules(builder);
    }

    private static void rules(Guardrails.Builder builder) {
        builder
                // spaces
                .rule("spaces_occupancy_within_capacity",
                        (tx, id) -> spaces(tx).update(ImmutableSpace.copyOf(spaces(tx).get(id)).withCurrentOccupancy(2_000)),
                        (tx, id) -> sql(tx, "update atlvs.spaces set current_occupancy = capacity + 1 where id = :id", id))
                .rule("spaces_booking_rules_conflict",
                        org -> {
                            Space space = space(org, 0);
                            hold(org, space, FROM, FROM.plus(Duration.ofHours(1)));
                            hold(org, space, FROM.plus(Duration.ofHours(1)), FROM.plus(Duration.ofHours(2)));
                            return space.id();
                        },
                        (tx, id) -> new SpaceService(tx).update(ImmutableSpace.copyOf(spaces(tx).get(id)).withTurnoverMinutes(30)),
                        (tx, id) -> sql(tx, "update atlvs.spaces set turnover_minutes = 30 where id = :id", id))
                // events
                .rule("events_end_at_check",
                        (tx, id) -> update(tx, id, e -> e.withEndAt(e.startAt())),
                        (tx, id) -> sql(tx, "update atlvs.events set end_at = start_at where id = :id", id))
                .rule("events_setup_start_check",
                        (tx, id) -> update(tx, id, e -> e.withSetupStart(e.startAt().plusSeconds(60))),
                        (tx, id) -> sqlAt(tx, "update atlvs.events set setup_start = :at where id = :id", id, events(tx).get(id).startAt().plusSeconds(60)))
                .rule("events_teardown_end_check",
                        (tx, id) -> update(tx, id, e -> e.withTeardownEnd(e.endAt().minusSeconds(60))),
                        (tx, id) -> sqlAt(tx, "update atlvs.events set teardown_end = :at where id = :id", id, events(tx).get(id).endAt().minusSeconds(60)))
                .rule("events_curfew_at_check",
                        (tx, id) -> update(tx, id, e -> e.withCurfewAt(e.startAt())),
                        (tx, id) -> sql(tx, "update atlvs.events set curfew_at = start_at where id = :id", id))
                .rule("events_parent_check",
                        (tx, id) -> update(tx, id, e -> e.withParentEventId(id)),
                        (tx, id) -> sql(tx, "update atlvs.events set parent_event_id = id where id = :id", id))
                .rule("events_timezone_zone",
                        (tx, id) -> update(tx, id, e -> e.withTimezone("Mars/Olympus_Mons")),
                        (tx, id) -> sql(tx, "update atlvs.events set timezone = 'Mars/Olympus_Mons' where id = :id", id))
                .rule("events_inside_parent",
                        org -> {
                            Project project = ProjectFixtures.project(org);
                            Event day = ProgrammingFixtures.event(org, eventBuilder(org, project, "Day one", FROM,
                                    FROM.plus(Duration.ofHours(12))).eventType(EventKind.FESTIVAL).build());
                            return ProgrammingFixtures.event(org, eventBuilder(org, project, "Opening set", FROM.plus(Duration.ofHours(2)),
                                    FROM.plus(Duration.ofHours(3))).parentEventId(day.id()).build()).id();
                        },
                        (tx, id) -> update(tx, id, e -> e.withStartAt(FROM.minus(Duration.ofHours(1)))),
                        (tx, id) -> sqlAt(tx, "update atlvs.events set start_at = :at where id = :id", id, FROM.minus(Duration.ofHours(2))))
                .rule("events_capacity_within_space",
                        (tx, id) -> update(tx, id, e -> e.withCapacity(5_000)),
                        (tx, id) -> sql(tx, "update atlvs.events set capacity = 5000 where id = :id", id))
                .rule("events_space_occupancy",
                        org -> {
                            Space space = space(org, 30);
                            event(org, space, FROM, FROM.plus(Duration.ofHours(2)));
                            return event(org, space, FROM.plus(Duration.ofHours(4)), FROM.plus(Duration.ofHours(6))).id();
                        },
                        (tx, id) -> update(tx, id, e -> e.withStartAt(FROM.plus(Duration.ofMinutes(140)))),
                        (tx, id) -> sqlAt(tx, "update atlvs.events set start_at = :at where id = :id", id, FROM.plus(Duration.ofMinutes(140))))
                .rule("events_space_bookable",
                        org -> {
                            Space closed = space(org, 0);
                            org.asOwner(tx -> new SpaceService(tx).changeStatus(closed.id(), SpaceStatus.OUT_OF_SERVICE));
                            Event event = ProgrammingFixtures.event(org, eventBuilder(org, ProjectFixtures.project(org), "Press call",
                                    FROM, FROM.plus(Duration.ofHours(1))).metadata("{\"space\": \"" + closed.id() + "\"}").build());
                            return event.id();
                        },
                        (tx, id) -> update(tx, id, e -> e.withSpaceId(closedSpace(tx, e))),
                        (tx, id) -> sql(tx, "update atlvs.events set space_id = (metadata ->> 'space')::uuid where id = :id", id))
                .rule("events_space_max_length",
                        org -> {
                            Space limited = org.asOwner(tx -> new SpaceService(tx).create(spaceBuilder(org, 0).maxBookingMinutes(240).build()));
                            return event(org, limited, FROM, FROM.plus(Duration.ofHours(3))).id();
                        },
                        (tx, id) -> update(tx, id, e -> e.withEndAt(e.startAt().plus(Duration.ofHours(5)))),
                        (tx, id) -> sqlAt(tx, "update atlvs.events set end_at = :at where id = :id", id, FROM.plus(Duration.ofHours(5))))
                // space bookings
                .rule("space_bookings_ends_at_check",
                        (tx, id) -> bookings(tx).update(ImmutableSpaceBooking.copyOf(bookings(tx).get(id)).withEndsAt(bookings(tx).get(id).startsAt())),
                        (tx, id) -> sql(tx, "update atlvs.space_bookings set ends_at = starts_at where id = :id", id))
                .rule("space_bookings_booked_for_check",
                        (tx, id) -> bookings(tx).update(ImmutableSpaceBooking.copyOf(bookings(tx).get(id)).withBookedForType("project")),
                        (tx, id) -> sql(tx, "update atlvs.space_bookings set booked_for_type = 'project', booked_for_id = null where id = :id", id))
                .rule("space_bookings_no_overlap",
                        org -> {
                            Space space = space(org, 15);
                            hold(org, space, FROM, FROM.plus(Duration.ofHours(1)));
                            return hold(org, space, FROM.plus(Duration.ofHours(2)), FROM.plus(Duration.ofHours(3))).id();
                        },
                        (tx, id) -> new SpaceBookingService(tx).reschedule(id, FROM.plus(Duration.ofMinutes(70)), FROM.plus(Duration.ofHours(3))),
                        (tx, id) -> sqlAt(tx, "update atlvs.space_bookings set starts_at = :at where id = :id", id, FROM.plus(Duration.ofMinutes(70))))
                .rule("space_bookings_space_bookable",
                        org -> {
                            Space space = space(org, 0);
                            UUID booking = hold(org, space, FROM, FROM.plus(Duration.ofHours(1))).id();
                            org.asOwner(tx -> new SpaceService(tx).changeStatus(space.id(), SpaceStatus.MAINTENANCE));
                            return booking;
                        },
                        (tx, id) -> new SpaceBookingService(tx).reschedule(id, FROM.plus(Duration.ofHours(1)), FROM.plus(Duration.ofHours(2))),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.space_bookings set starts_at = :from, ends_at = :to where id = :id")
                                .bind("from", FROM.plus(Duration.ofHours(1))).bind("to", FROM.plus(Duration.ofHours(2))).bind("id", id).execute())
                .rule("space_bookings_max_length",
                        org -> {
                            Space limited = org.asOwner(tx -> new SpaceService(tx).create(spaceBuilder(org, 0).maxBookingMinutes(120).build()));
                            return hold(org, limited, FROM, FROM.plus(Duration.ofHours(1))).id();
                        },
                        (tx, id) -> new SpaceBookingService(tx).reschedule(id, FROM, FROM.plus(Duration.ofHours(3))),
                        (tx, id) -> sqlAt(tx, "update atlvs.space_bookings set ends_at = :at where id = :id", id, FROM.plus(Duration.ofHours(3))))
                .rule("space_bookings_event_owned",
                        org -> {
                            Event event = event(org, space(org, 0), FROM, FROM.plus(Duration.ofHours(2)));
                            return org.asOwner(tx -> bookings(tx).ofEvent(event.id()).orElseThrow().id());
                        },
                        (tx, id) -> new SpaceBookingService(tx).release(id),
                        (tx, id) -> sql(tx, "update atlvs.space_bookings set status = 'released' where id = :id", id))
                // activations
                .rule("activations_end_date_check",
                        (tx, id) -> activations(tx).update(ImmutableActivation.copyOf(activations(tx).get(id))
                                .withEndDate(activations(tx).get(id).startDate().minusSeconds(3600))),
                        (tx, id) -> sqlAt(tx, "update atlvs.activations set end_date = :at where id = :id", id, FROM.minus(Duration.ofHours(1))))
                .rule("activations_budget_currency_check",
                        (tx, id) -> activations(tx).update(ImmutableActivation.copyOf(activations(tx).get(id)).withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.activations set currency = null where id = :id", id))
                .rule("activations_inside_project",
                        (tx, id) -> activations(tx).update(ImmutableActivation.copyOf(activations(tx).get(id))
                                .withStartDate(Instant.parse("2026-08-01T09:00:00Z"))),
                        (tx, id) -> sql(tx, "update atlvs.activations set start_date = '2026-08-01T09:00:00Z' where id = :id", id))
                .rule("activations_setup_call_distributed",
                        org -> {
                            UUID id = activation(org).id();
                            org.asOwner(tx -> new ActivationService(tx).changeStatus(id, ActivationStatus.SETUP));
                            return id;
                        },
                        (tx, id) -> new ActivationService(tx).changeStatus(id, ActivationStatus.ACTIVE),
                        (tx, id) -> sql(tx, "update atlvs.activations set status = 'active' where id = :id", id));
    }

    /** The space named in the event's metadata (the closed space of the probe). */
    private static UUID closedSpace(TenantTransaction tx, Event event) {
        return UUID.fromString(tx.handle().createQuery("select metadata ->> 'space' from atlvs.events where id = :id")
                .bind("id", event.id()).mapTo(String.class).one());
    }

    private static dev.atlvs.programming.space.ImmutableSpace.Builder spaceBuilder(FixtureOrganization org, int turnover) {
        return Space.builder().organizationId(org.id()).name(ProgrammingFixtures.unique("Studio")).kind(SpaceKind.REHEARSAL_ROOM)
                .capacity(1_200).turnoverMinutes(turnover).curfew(LocalTime.of(23, 0));
    }

    private static Space space(FixtureOrganization org, int turnover) {
        return org.asOwner(tx -> new SpaceService(tx).create(spaceBuilder(org, turnover).build()));
    }

    private static dev.atlvs.programming.event.ImmutableEvent.Builder eventBuilder(FixtureOrganization org, Project project, String title,
            Instant start, Instant end) {
        return Event.builder().organizationId(org.id()).projectId(project.id()).title(title).startAt(start).endAt(end)
                .timezone("Europe/London");
    }

    private static Event event(FixtureOrganization org, Space space, Instant start, Instant end) {
        return ProgrammingFixtures.event(org, eventBuilder(org, ProjectFixtures.project(org), "Showcase", start, end)
                .spaceId(space.id()).capacity(800).status(EventStatus.SCHEDULED).build());
    }

    private static SpaceBooking hold(FixtureOrganization org, Space space, Instant start, Instant end) {
        return org.asOwner(tx -> new SpaceBookingService(tx).hold(SpaceBooking.builder().organizationId(org.id()).spaceId(space.id())
                .title("Press room hold").startsAt(start).endsAt(end).build()));
    }

    private static Activation activation(FixtureOrganization org) {
        Project project = ProjectFixtures.project(org);
        return org.asOwner(tx -> new ActivationService(tx).create(Activation.builder().organizationId(org.id()).projectId(project.id())
                .name("Sponsor sampling booth").startDate(FROM).endDate(FROM.plus(Duration.ofDays(2))).footfallTarget(20_000)
                .budgetAmount(new BigDecimal("18000.0000")).currency("EUR").build()));
    }

    private static Event update(TenantTransaction tx, UUID id, java.util.function.UnaryOperator<ImmutableEvent> change) {
        return events(tx).update(change.apply(ImmutableEvent.copyOf(events(tx).get(id))));
    }

    /** Runs {@code statement} binding {@code :id} and {@code :at}: values are bound, never computed from columns in SQL. */
    static void sqlAt(TenantTransaction tx, String statement, UUID id, Instant at) {
        tx.handle().createUpdate(statement).bind("id", id).bind("at", at).execute();
    }

    static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static SpaceRepository spaces(TenantTransaction tx) {
        return tx.repository(SpaceRepository.class);
    }

    private static EventRepository events(TenantTransaction tx) {
        return tx.repository(EventRepository.class);
    }

    private static SpaceBookingRepository bookings(TenantTransaction tx) {
        return tx.repository(SpaceBookingRepository.class);
    }

    private static ActivationRepository activations(TenantTransaction tx) {
        return tx.repository(ActivationRepository.class);
    }
}
