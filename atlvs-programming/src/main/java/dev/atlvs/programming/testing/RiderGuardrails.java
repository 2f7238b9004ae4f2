package dev.atlvs.programming.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.programming.event.EventStatus;
import dev.atlvs.programming.rider.ImmutableRider;
import dev.atlvs.programming.rider.ImmutableRiderItem;
import dev.atlvs.programming.rider.Rider;
import dev.atlvs.programming.rider.RiderItem;
import dev.atlvs.programming.rider.RiderItemRepository;
import dev.atlvs.programming.rider.RiderKind;
import dev.atlvs.programming.rider.RiderRepository;
import dev.atlvs.programming.rider.RiderService;
import dev.atlvs.programming.rider.RiderStatus;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Samples, mutations, lifecycles and rule probes of riders and rider items. */
final class RiderGuardrails {

    /** A window in September 2026, inside the sample projects' dates. */
    private static final Instant FROM = Instant.parse("2026-09-12T12:00:00Z");

    private RiderGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("riders", org -> rider(org).id(),
                        (org, id) -> org.asOwner(tx -> riders(tx).update(ImmutableRider.copyOf(riders(tx).get(id))
                                .withSpecialRequests("Towels in black only"))))
                .lifecycle(RiderStatus.LIFECYCLE, probe -> probe.alsoSet(RiderStatus.APPROVED, "submitted_by = '5b0d9c3e-2f41-4a7e-9c6d-8e1f2a3b4c5d'"))
                .table("rider_items", org -> item(org, rider(org), true, false).id(),
                        (org, id) -> org.asOwner(tx -> items(tx).update(ImmutableRiderItem.copyOf(items(tx).get(id))
                                .withNotes("Delivered to the loading dock by 10:00"))));
        builder
                .rule("riders_approver_not_submitter",
                        org -> {
                            Rider rider = rider(org);
                            org.asOwner(tx -> new RiderService(tx).submit(rider.id()));
                            return rider.id();
                        },
                        (tx, id) -> new RiderService(tx).approve(id, Optional.empty()),
                        (tx, id) -> sql(tx, "update atlvs.riders set status = 'approved' where id = :id", id))
                .rule("riders_status_transition",
                        (tx, id) -> new RiderService(tx).fulfil(id, Optional.empty()),
                        (tx, id) -> sql(tx, "update atlvs.riders set status = 'approved' where id = :id", id))
                .rule("riders_project_of_event",
                        (tx, id) -> new RiderService(tx).update(ImmutableRider.copyOf(riders(tx).get(id)).withProjectId(UUID.randomUUID())),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.riders set project_id = :project where id = :id")
                                .bind("project", UUID.randomUUID()).bind("id", id).execute())
                .rule("riders_deadline_before_setup",
                        (tx, id) -> new RiderService(tx).update(ImmutableRider.copyOf(riders(tx).get(id)).withDeadline(FROM)),
                        (tx, id) -> sql(tx, "update atlvs.riders set deadline = '2030-01-01T00:00:00Z' where id = :id", id))
                .rule("riders_fulfilled_items",
                        org -> {
                            Rider rider = rider(org);
                            item(org, rider, true, false);
                            approveByAnotherUser(org, rider);
                            return rider.id();
                        },
                        (tx, id) -> new RiderService(tx).fulfil(id, Optional.empty()),
                        (tx, id) -> sql(tx, "update atlvs.riders set status = 'fulfilled' where id = :id", id))
                .rule("rider_items_currency_of_rider",
                        (tx, id) -> new RiderService(tx).updateItem(ImmutableRiderItem.copyOf(items(tx).get(id)).withCurrency("USD")),
                        (tx, id) -> sql(tx, "update atlvs.rider_items set currency = 'USD' where id = :id", id))
                .rule("rider_items_rider_fulfilled",
                        org -> {
                            Rider rider = rider(org);
                            RiderItem item = item(org, rider, true, true);
                            approveByAnotherUser(org, rider);
                            org.asOwner(tx -> new RiderService(tx).fulfil(rider.id(), Optional.empty()));
                            return item.id();
                        },
                        (tx, id) -> new RiderService(tx).reopenItem(id),
                        (tx, id) -> sql(tx, "update atlvs.rider_items set fulfilled = false where id = :id", id));
    }

    /** Submits the rider as the owner and approves it as a new manager. */
    static void approveByAnotherUser(FixtureOrganization org, Rider rider) {
        org.asOwner(tx -> new RiderService(tx).submit(rider.id()));
        org.as(org.addMember(dev.atlvs.core.member.MemberRole.MANAGER), tx -> new RiderService(tx).approve(rider.id(), Optional.empty()));
    }

    /** A stored event in September 2026 with three hours of setup. */
    static Event event(FixtureOrganization org) {
        Project project = ProjectFixtures.project(org);
        return ProgrammingFixtures.event(org, ProgrammingFixtures.eventBuilder(org, project, "Headline set", EventKind.PERFORMANCE,
                FROM, FROM.plus(Duration.ofHours(2))).setupStart(FROM.minus(Duration.ofHours(3))).status(EventStatus.SCHEDULED).build());
    }

    /** A stored draft technical rider in EUR on a new event, due the day before. */
    static Rider rider(FixtureOrganization org) {
        Event event = event(org);
        return org.asOwner(tx -> new RiderService(tx).create(Rider.builder().organizationId(org.id()).eventId(event.id())
                .projectId(event.projectId()).title("Headliner - technical rider").kind(RiderKind.TECHNICAL).currency("EUR")
                .budgetEstimate(new BigDecimal("4000.0000")).contactPerson("Sam Okafor").contactEmail("sam@example.org")
                .deadline(FROM.minus(Duration.ofDays(1))).build()));
    }

    /** A stored item of {@code rider}: wedge monitors for EUR 1,200. */
    static RiderItem item(FixtureOrganization org, Rider rider, boolean mandatory, boolean fulfilled) {
        return org.asOwner(tx -> new RiderService(tx).addItem(RiderItem.builder().organizationId(org.id()).riderId(rider.id())
                .category("Monitors").item("Wedge monitors").quantity(6).isMandatory(mandatory).fulfilled(fulfilled)
                .cost(new BigDecimal("1200.0000")).currency("EUR").build()));
    }

    private static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static RiderRepository riders(TenantTransaction tx) {
        return tx.repository(RiderRepository.class);
    }

    private static RiderItemRepository items(TenantTransaction tx) {
        return tx.repository(RiderItemRepository.class);
    }
}
