package dev.atlvs.programming.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.company.contract.CompanyContract;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.programming.event.EventService;
import dev.atlvs.programming.event.EventStatus;
import dev.atlvs.programming.event.ImmutableEvent;
import dev.atlvs.programming.lineup.ImmutableLineup;
import dev.atlvs.programming.lineup.Lineup;
import dev.atlvs.programming.lineup.LineupRepository;
import dev.atlvs.programming.lineup.LineupService;
import dev.atlvs.programming.lineup.SlotStatus;
import dev.atlvs.programming.space.ImmutableSpace;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceKind;
import dev.atlvs.programming.space.SpaceRepository;
import dev.atlvs.programming.space.SpaceService;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Samples, mutations, lifecycles and rule probes of lineup slots. */
final class LineupGuardrails {

    /** A stage day in September 2026 (UTC), inside the sample projects' dates; the stage's curfew is 22:00 UTC. */
    private static final Instant DOORS = Instant.parse("2026-09-12T09:00:00Z");

    private LineupGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("lineups", org -> sample(org).id(),
                        (org, id) -> org.asOwner(tx -> lineups(tx).update(ImmutableLineup.copyOf(lineups(tx).get(id))
                                .withNotes("Bring the spare bass amp; IEM mix from monitor world"))))
                .lifecycle(SlotStatus.LIFECYCLE, probe -> probe
                        // A confirmed slot needs an active contract or an override reason.
                        .alsoSet(SlotStatus.CONFIRMED, "override_reason = 'Deal memo signed; contract follows'"));
        builder
                .rule("lineups_set_end_check",
                        (tx, id) -> update(tx, id, s -> s.withSetEnd(s.setStart())),
                        (tx, id) -> sql(tx, "update atlvs.lineups set set_end = set_start where id = :id", id))
                .rule("lineups_one_act",
                        (tx, id) -> update(tx, id, s -> s.withActPersonId(UUID.randomUUID()).withActCompanyId(UUID.randomUUID())),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.lineups set act_person_id = :person, "
                                        + "act_company_id = :company where id = :id")
                                .bind("person", UUID.randomUUID()).bind("company", UUID.randomUUID()).bind("id", id).execute())
                .rule("lineups_fee_currency_check",
                        (tx, id) -> update(tx, id, s -> s.withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.lineups set currency = null where id = :id", id))
                .rule("lineups_no_overlap",
                        org -> {
                            Event event = stageDay(org);
                            slot(org, event, "First act", hours(1), hours(2), 0, b -> b);
                            return slot(org, event, "Second act", hours(3), hours(4), 30, b -> b).id();
                        },
                        (tx, id) -> new LineupService(tx).update(move(lineups(tx).get(id), Duration.ofMinutes(-50))),
                        (tx, id) -> moveSql(tx, id, Duration.ofMinutes(-50)))
                .rule("lineups_person_no_overlap",
                        org -> {
                            Person dj = PeopleFixtures.person(org, "Rico", "Vance", "DJ");
                            slot(org, stageDay(org), "Rico Vance", hours(1), hours(2), 0, b -> b.actPersonId(dj.id()));
                            return slot(org, stageDay(org), "Rico Vance (late set)", hours(3), hours(4), 0,
                                    b -> b.actPersonId(dj.id())).id();
                        },
                        (tx, id) -> new LineupService(tx).update(move(lineups(tx).get(id), Duration.ofMinutes(-90))),
                        (tx, id) -> moveSql(tx, id, Duration.ofMinutes(-90)))
                .rule("lineups_company_no_overlap",
                        org -> {
                            Company band = CompanyFixtures.vendor(org, ProgrammingFixtures.unique("Paper Kites Collective"));
                            slot(org, stageDay(org), "Paper Kites", hours(1), hours(2), 0, b -> b.actCompanyId(band.id()));
                            return slot(org, stageDay(org), "Paper Kites (acoustic)", hours(3), hours(4), 0,
                                    b -> b.actCompanyId(band.id())).id();
                        },
                        (tx, id) -> new LineupService(tx).update(move(lineups(tx).get(id), Duration.ofMinutes(-90))),
                        (tx, id) -> moveSql(tx, id, Duration.ofMinutes(-90)))
                .rule("lineups_locked",
                        org -> {
                            Lineup slot = sample(org);
                            org.asOwner(tx -> new LineupService(tx).lock(slot.eventId()));
                            return slot.id();
                        },
                        (tx, id) -> new LineupService(tx).update(move(lineups(tx).get(id), Duration.ofMinutes(15))),
                        (tx, id) -> sql(tx, "update atlvs.lineups set notes = 'Moved after the lock' where id = :id", id))
                .rule("lineups_space_of_event",
                        (tx, id) -> new LineupService(tx).update(ImmutableLineup.copyOf(lineups(tx).get(id)).withSpaceId(otherStage(tx))),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.lineups set space_id = :space where id = :id")
                                .bind("space", otherStage(tx)).bind("id", id).execute())
                .rule("lineups_inside_event",
                        (tx, id) -> new LineupService(tx).update(ImmutableLineup.copyOf(lineups(tx).get(id))
                                .withSetStart(DOORS.minus(Duration.ofHours(1)))),
                        (tx, id) -> sql(tx, "update atlvs.lineups set set_start = '2026-09-12T08:00:00Z' where id = :id", id))
                .rule("lineups_curfew",
                        (tx, id) -> new LineupService(tx).update(ImmutableLineup.copyOf(lineups(tx).get(id))
                                .withSetEnd(Instant.parse("2026-09-12T22:30:00Z"))),
                        (tx, id) -> sql(tx, "update atlvs.lineups set set_end = '2026-09-12T22:30:00Z' where id = :id", id))
                .rule("lineups_contract_of_act",
                        org -> {
                            Company band = CompanyFixtures.vendor(org, ProgrammingFixtures.unique("Glass Harbour"));
                            Company other = CompanyFixtures.vendor(org, ProgrammingFixtures.unique("Other Act"));
                            CompanyContract contract = CompanyFixtures.msa(org, other, null);
                            return slot(org, stageDay(org), "Glass Harbour", hours(1), hours(2), 0,
                                    b -> b.actCompanyId(band.id()).notes(contract.id().toString())).id();
                        },
                        (tx, id) -> new LineupService(tx).update(ImmutableLineup.copyOf(lineups(tx).get(id))
                                .withContractId(UUID.fromString(lineups(tx).get(id).notes().orElseThrow()))),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.lineups set contract_id = :contract where id = :id")
                                .bind("contract", UUID.fromString(lineups(tx).get(id).notes().orElseThrow())).bind("id", id).execute())
                .rule("lineups_status_transition",
                        org -> {
                            Lineup slot = sample(org);
                            org.asOwner(tx -> new LineupService(tx).cancel(slot.id()));
                            return slot.id();
                        },
                        (tx, id) -> new LineupService(tx).changeStatus(id, SlotStatus.PENDING),
                        (tx, id) -> sql(tx, "update atlvs.lineups set status = 'pending' where id = :id", id))
                .rule("events_lineup_fits",
                        org -> sample(org).eventId(),
                        (tx, id) -> new EventService(tx).update(ImmutableEvent.copyOf(new EventService(tx).get(id))
                                .withEndAt(hours(2).plus(Duration.ofMinutes(30)))),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.events set end_at = :at where id = :id")
                                .bind("at", hours(2).plus(Duration.ofMinutes(30))).bind("id", id).execute())
                .rule("spaces_curfew_lineup",
                        org -> sample(org).spaceId(),
                        (tx, id) -> new SpaceService(tx).update(ImmutableSpace.copyOf(tx.repository(SpaceRepository.class).get(id))
                                .withCurfew(LocalTime.of(11, 30))),
                        (tx, id) -> sql(tx, "update atlvs.spaces set curfew = '11:30' where id = :id", id))
                .rule("lineups_confirmed_contract",
                        (tx, id) -> new LineupService(tx).confirm(id),
                        (tx, id) -> sql(tx, "update atlvs.lineups set status = 'confirmed' where id = :id", id))
                .ruleAs(org -> org.addMember(dev.atlvs.core.member.MemberRole.MANAGER), "lineups_override_permission",
                        org -> sample(org).id(),
                        (tx, id) -> new LineupService(tx).confirmWithOverride(id, "Contract signed on paper, scan to follow"),
                        (tx, id) -> sql(tx, "update atlvs.lineups set override_reason = 'Contract on paper' where id = :id", id));
    }

    private static Instant hours(int hours) {
        return DOORS.plus(Duration.ofHours(hours));
    }

    /** A stored scheduled stage day on a new stage (curfew 23:00 London), from 09:00 to 23:00 UTC. */
    static Event stageDay(FixtureOrganization org) {
        Space stage = ProgrammingFixtures.stage(org, ProgrammingFixtures.unique("Garden Stage"), 3_000, LocalTime.of(23, 0), 15);
        return ProgrammingFixtures.event(org, Event.builder().organizationId(org.id()).projectId(ProjectFixtures.project(org).id())
                .title("Garden Stage - Saturday").eventType(EventKind.PERFORMANCE).spaceId(stage.id()).startAt(DOORS)
                .endAt(DOORS.plus(Duration.ofHours(14))).timezone("Europe/London").status(EventStatus.SCHEDULED).build());
    }

    private static Lineup slot(FixtureOrganization org, Event event, String performer, Instant start, Instant end, int changeover,
            UnaryOperator<ImmutableLineup.Builder> more) {
        return LineupFixtures.slot(org, more.apply(LineupFixtures.slotBuilder(org, event, performer, start, end, changeover)).build());
    }

    private static Lineup sample(FixtureOrganization org) {
        return slot(org, stageDay(org), "Marlowe & The Tide", hours(2), hours(3), 15,
                b -> b.fee(new BigDecimal("4500.0000")).currency("GBP").expectedAttendance(1_800)
                        .contactInfo("{\"agent\": \"Jo Park, Lantern Agency\"}"));
    }

    private static ImmutableLineup move(Lineup slot, Duration by) {
        return ImmutableLineup.builder().from(slot).setStart(slot.setStart().plus(by)).setEnd(slot.setEnd().plus(by)).build();
    }

    /** A second stage, stored in the probe's transaction. */
    private static UUID otherStage(TenantTransaction tx) {
        return new SpaceService(tx).create(Space.builder().organizationId(tx.organizationId()).name(ProgrammingFixtures.unique("Side Stage"))
                .kind(SpaceKind.STAGE).capacity(500).build()).id();
    }

    private static Lineup update(TenantTransaction tx, UUID id, UnaryOperator<ImmutableLineup> change) {
        return lineups(tx).update(change.apply(ImmutableLineup.copyOf(lineups(tx).get(id))));
    }

    /** Moves a slot's set by {@code by} with raw SQL, binding the new times (values are bound, never computed in SQL). */
    private static void moveSql(TenantTransaction tx, UUID id, Duration by) {
        Lineup slot = lineups(tx).get(id);
        tx.handle().createUpdate("update atlvs.lineups set set_start = :start, set_end = :end where id = :id")
                .bind("start", slot.setStart().plus(by)).bind("end", slot.setEnd().plus(by)).bind("id", id).execute();
    }

    private static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static LineupRepository lineups(TenantTransaction tx) {
        return tx.repository(LineupRepository.class);
    }
}
