package dev.atlvs.programming.lineup;

import static dev.atlvs.testing.RuleAssertions.reports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.LineupFixtures;
import dev.atlvs.programming.testing.LineupFixtures.MainStageFriday;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lineup service on Friday of the festival: the fixture's running order, confirming under a contract or an audited
 * override, the performer's committed time, building a running order, cascading a delay and locking.
 */
@AtlvsTest
class LineupServiceTest {

    private static Instant friday(int hour, int minute) {
        return ProgrammingFixtures.at(Festival.FIRST_DAY, LocalTime.of(hour, minute));
    }

    private static Map<String, Object> commitment(OrganizationFixture org, UUID slotId) {
        return org.asOwner(tx -> tx.handle().createQuery("""
                        select status, label, starts_at, ends_at, project_id from atlvs.person_commitments
                         where source = 'lineups' and source_id = :id
                        """).bind("id", slotId).mapToMap().findOne().orElse(Map.of()));
    }

    @Test
    void theFridayMainStageRunsFromTheOpenerToAContractedHeadliner(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Friday Fixture");
        Festival festival = ProgrammingFixtures.festival(org);

        // when
        MainStageFriday main = LineupFixtures.mainStageFriday(org, festival);
        List<Lineup> tent = LineupFixtures.tentFriday(org, festival);

        // then
        List<Lineup> stored = org.asOwner(tx -> new LineupService(tx).ofEvent(festival.mainStageDays().get(0).id()));
        assertThat(stored).extracting(Lineup::performerName, Lineup::billing, Lineup::position).containsExactly(
                tuple("The Early Birds", Billing.OPENER, 0), tuple("Harbour Lights", Billing.SUPPORT, 1),
                tuple("Northern Static", Billing.SUPPORT, 2), tuple("Ana Sol", Billing.SUPPORT, 3),
                tuple("The Midnight Tides", Billing.HEADLINER, 4));
        assertThat(main.headliner().status()).isEqualTo(SlotStatus.CONFIRMED);
        assertThat(main.headliner().contractId()).contains(main.contract().id());
        assertThat(main.headliner().occupiedFrom()).isEqualTo(friday(20, 45));
        assertThat(tent).extracting(Lineup::performerName).containsExactly("Lowland Choir", "Quiet Engines", "Salt Flats");
    }

    @Test
    void aPersonActsTimeIsCommittedTentativelyThenConfirmedAndReleasedOnCancellation(Fixtures fixtures) {
        // given: Ana Sol's DJ set is tentative
        OrganizationFixture org = fixtures.organization("Committed Time");
        Festival festival = ProgrammingFixtures.festival(org);
        MainStageFriday main = LineupFixtures.mainStageFriday(org, festival);
        Lineup ana = main.slots().get(3);
        Map<String, Object> tentative = commitment(org, ana.id());

        // when
        org.asOwner(tx -> new LineupService(tx).confirmWithOverride(ana.id(), "Agreed by e-mail with her agent; contract follows"));
        Map<String, Object> confirmed = commitment(org, ana.id());
        org.asOwner(tx -> new LineupService(tx).cancel(ana.id()));

        // then
        assertThat(tentative).containsEntry("status", "tentative").containsEntry("project_id", festival.project().id());
        assertThat((String) tentative.get("label")).startsWith("Ana Sol - Main Stage");
        assertThat(confirmed).containsEntry("status", "confirmed");
        assertThat(commitment(org, ana.id())).isEmpty();
    }

    @Test
    void confirmingWithAnOverrideKeepsTheReasonOnTheSlotAndTheAuditTrail(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Override");
        MainStageFriday main = LineupFixtures.mainStageFriday(org, ProgrammingFixtures.festival(org));
        String reason = "Promoter signed the deal memo on site; long-form contract follows";

        // when
        Lineup confirmed = org.asOwner(tx -> new LineupService(tx).confirmWithOverride(main.opener().id(), reason));

        // then
        assertThat(confirmed.status()).isEqualTo(SlotStatus.CONFIRMED);
        assertThat(confirmed.overrideReason()).contains(reason);
        List<AuditEntry> history = org.asOwner(tx -> new AuditTrail(tx).history(Lineup.TABLE, main.opener().id()));
        assertThat(history.get(history.size() - 1).reason()).contains(reason);
        List<dev.atlvs.core.event.DomainEvent> events = org.asOwner(tx -> new dev.atlvs.core.event.DomainEvents(tx)
                .history(LineupEvents.AGGREGATE, main.opener().eventId()));
        assertThat(events).extracting(dev.atlvs.core.event.DomainEvent::eventType).containsExactly(LineupEvents.SLOT_CONFIRMED);
    }

    @Test
    void onlyAnActorHoldingTheOverridePermissionConfirmsWithoutAContract(Fixtures fixtures) {
        // given: a manager may change the programme but not override contracts
        OrganizationFixture org = fixtures.organization("Override Permission");
        MainStageFriday main = LineupFixtures.mainStageFriday(org, ProgrammingFixtures.festival(org));
        User manager = org.addMember(MemberRole.MANAGER);

        // when
        Throwable refused = catchThrowable(() -> org.as(manager, tx -> new LineupService(tx).confirmWithOverride(main.opener().id(),
                "Trust me")));

        // then
        assertThat(refused).isInstanceOf(AccessDeniedException.class).hasMessageContaining("programming.lineups.override");
        assertThat(org.asOwner(tx -> new LineupService(tx).get(main.opener().id())).status()).isEqualTo(SlotStatus.TENTATIVE);
    }

    @Test
    void anOverrideReasonWrittenThroughAnUpdateNeedsTheOverridePermissionToo(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Override Through Update");
        MainStageFriday main = LineupFixtures.mainStageFriday(org, ProgrammingFixtures.festival(org));
        User manager = org.addMember(MemberRole.MANAGER);
        Lineup opener = main.opener();

        // when
        Throwable refused = catchThrowable(() -> org.as(manager, tx -> new LineupService(tx).update(ImmutableLineup.copyOf(opener)
                .withStatus(SlotStatus.CONFIRMED).withOverrideReason("Confirmed by phone"))));
        Lineup moved = org.as(manager, tx -> new LineupService(tx).update(ImmutableLineup.copyOf(opener).withNotes("Bring own backline")));

        // then
        assertThat(refused).isInstanceOf(AccessDeniedException.class);
        assertThat(moved.status()).isEqualTo(SlotStatus.TENTATIVE);
        assertThat(moved.overrideReason()).isEmpty();
    }

    @Test
    void theSlotsOnAStageAreListedByStart(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("On Stage");
        Festival festival = ProgrammingFixtures.festival(org);
        LineupFixtures.mainStageFriday(org, festival);

        // when: the afternoon, from 13:30 to 16:00
        List<Lineup> afternoon = org.asOwner(tx -> new LineupService(tx).onStage(festival.mainStage().id(), friday(13, 30),
                friday(16, 0)));

        // then: a changeover counts as occupying the stage
        assertThat(afternoon).extracting(Lineup::performerName).containsExactly("Harbour Lights", "Northern Static", "Ana Sol");
    }

    @Test
    void anOverrideNeedsAReason(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Blank Override");
        MainStageFriday main = LineupFixtures.mainStageFriday(org, ProgrammingFixtures.festival(org));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new LineupService(tx).confirmWithOverride(main.opener().id(), "  ")))
                .isInstanceOf(ValidationException.class);
        assertThat(org.asOwner(tx -> new LineupService(tx).get(main.opener().id())).status()).isEqualTo(SlotStatus.TENTATIVE);
    }

    @Test
    void aCancelledSlotStaysCancelled(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Cancelled Final");
        MainStageFriday main = LineupFixtures.mainStageFriday(org, ProgrammingFixtures.festival(org));
        org.asOwner(tx -> new LineupService(tx).cancel(main.opener().id()));

        // when
        Throwable sdk = catchThrowable(() -> org.asOwner(tx -> new LineupService(tx).changeStatus(main.opener().id(),
                SlotStatus.PENDING)));
        Throwable sql = catchThrowable(() -> org.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.lineups set status = 'tentative' where id = :id").bind("id", main.opener().id()).execute()));

        // then
        reports(sdk, ProgrammingRules.LINEUPS_STATUS_TRANSITION);
        reports(sql, ProgrammingRules.LINEUPS_STATUS_TRANSITION);
    }

    @Test
    void aRunningOrderLaysTheSetsEndToEndWithTheirChangeoversAndIsAppliedAsPlanned(Fixtures fixtures) {
        // given: the tent's three sets, reordered and retimed from 14:00
        OrganizationFixture org = fixtures.organization("Running Order");
        Festival festival = ProgrammingFixtures.festival(org);
        List<Lineup> tent = LineupFixtures.tentFriday(org, festival);
        Event tentFriday = festival.tentDays().get(0);
        List<RunningOrder.Entry> order = List.of(
                new RunningOrder.Entry(tent.get(1).id(), Duration.ofMinutes(50), 10),
                new RunningOrder.Entry(tent.get(0).id(), Duration.ofMinutes(45), 15),
                new RunningOrder.Entry(tent.get(2).id(), Duration.ofMinutes(60), 30));

        // when
        RunningOrder plan = org.asOwner(tx -> new LineupService(tx).plan(tentFriday.id(), friday(14, 0), order));
        List<Lineup> applied = org.asOwner(tx -> new LineupService(tx).apply(plan));

        // then
        assertThat(plan.slots()).extracting(RunningOrder.Planned::setStart, RunningOrder.Planned::setEnd).containsExactly(
                tuple(friday(14, 10), friday(15, 0)), tuple(friday(15, 15), friday(16, 0)), tuple(friday(16, 30), friday(17, 30)));
        assertThat(plan.fitsCurfew()).isTrue();
        assertThat(applied).extracting(Lineup::performerName, Lineup::position, Lineup::occupiedFrom).containsExactly(
                tuple("Quiet Engines", 0, friday(14, 0)), tuple("Lowland Choir", 1, friday(15, 0)),
                tuple("Salt Flats", 2, friday(16, 0)));
    }

    @Test
    void aWholeStageDayMovesWithItsLineupAndAChangeStrandingTheSetsIsRefused(Fixtures fixtures) {
        // given: the tent's Friday (curfew 00:30, last set until 00:15) with its three sets
        OrganizationFixture org = fixtures.organization("Stage Day Shift");
        Festival festival = ProgrammingFixtures.festival(org);
        List<Lineup> tent = LineupFixtures.tentFriday(org, festival);
        Event friday = festival.tentDays().get(0);

        // when: the whole day runs ten minutes late, sets and all
        List<Lineup> moved = org.asOwner(tx -> new LineupService(tx).shiftEvent(friday.id(), Duration.ofMinutes(10), false));

        // then
        assertThat(moved).extracting(Lineup::setStart)
                .containsExactlyElementsOf(tent.stream().map(slot -> slot.setStart().plus(Duration.ofMinutes(10))).toList());
        assertThat(moved).extracting(slot -> Duration.between(slot.setStart(), slot.setEnd()))
                .containsExactlyElementsOf(tent.stream().map(slot -> Duration.between(slot.setStart(), slot.setEnd())).toList());
        // and opening the doors after the first set has begun, without moving the sets, is refused at commit
        assertThatThrownBy(() -> org.asOwner(tx -> {
            dev.atlvs.programming.event.EventService events = new dev.atlvs.programming.event.EventService(tx);
            return events.update(dev.atlvs.programming.event.ImmutableEvent.copyOf(events.get(friday.id()))
                    .withStartAt(moved.get(0).setStart().plus(Duration.ofMinutes(20))));
        }))
                .isInstanceOf(dev.atlvs.core.error.AtlvsException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("events_lineup_fits"));
    }

    @Test
    void aDelayCascadesDownTheRestOfTheStageKeepingOrderAndLengths(Fixtures fixtures) {
        // given: the second support act starts 10 minutes late (the headliner then ends at 22:55)
        OrganizationFixture org = fixtures.organization("Delay");
        MainStageFriday main = LineupFixtures.mainStageFriday(org, ProgrammingFixtures.festival(org));
        Lineup northern = main.slots().get(2);

        // when
        RunningOrder plan = org.asOwner(tx -> new LineupService(tx).planDelay(northern.id(), Duration.ofMinutes(10)));
        org.asOwner(tx -> new LineupService(tx).apply(plan));

        // then: the opener and first support stay; the rest move by 10 minutes
        List<Lineup> after = org.asOwner(tx -> new LineupService(tx).ofEvent(northern.eventId()));
        for (int i = 0; i < main.slots().size(); i++) {
            Lineup before = main.slots().get(i);
            Duration shift = i < 2 ? Duration.ZERO : Duration.ofMinutes(10);
            assertThat(after.get(i).setStart()).isEqualTo(before.setStart().plus(shift));
            assertThat(after.get(i).length()).isEqualTo(before.length());
        }
    }

    @Test
    void aDelayPastTheCurfewIsReportedAndRefused(Fixtures fixtures) {
        // given: the headliner ends at 22:45 and the curfew is 23:00
        OrganizationFixture org = fixtures.organization("Delay Past Curfew");
        MainStageFriday main = LineupFixtures.mainStageFriday(org, ProgrammingFixtures.festival(org));

        // when
        RunningOrder plan = org.asOwner(tx -> new LineupService(tx).planDelay(main.slots().get(3).id(), Duration.ofMinutes(20)));
        Throwable refused = catchThrowable(() -> org.asOwner(tx -> new LineupService(tx).apply(plan)));

        // then
        assertThat(plan.fitsCurfew()).isFalse();
        assertThat(plan.curfew()).contains(friday(23, 0));
        assertThat(plan.pastCurfew()).extracting(RunningOrder.Planned::slotId).containsExactly(main.headliner().id());
        reports(refused, ProgrammingRules.LINEUPS_CURFEW);
        assertThat(org.asOwner(tx -> new LineupService(tx).get(main.headliner().id())).setEnd()).isEqualTo(friday(22, 45));
    }

    @Test
    void aDelayInALockedLineupIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Delay Locked");
        MainStageFriday main = LineupFixtures.mainStageFriday(org, ProgrammingFixtures.festival(org));
        org.asOwner(tx -> new LineupService(tx).lock(main.opener().eventId()));

        // when
        RunningOrder plan = org.asOwner(tx -> new LineupService(tx).planDelay(main.opener().id(), Duration.ofMinutes(5)));
        Throwable refused = catchThrowable(() -> org.asOwner(tx -> new LineupService(tx).apply(plan)));

        // then
        reports(refused, ProgrammingRules.LINEUPS_LOCKED);
        assertThat(plan.slots()).hasSize(5);
        assertThat(org.asOwner(tx -> new LineupService(tx).get(main.opener().id())).setStart()).isEqualTo(friday(12, 0));
    }

    @Test
    void theConsolidatedPerformancesViewShowsTheSlots(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Performances View");
        MainStageFriday main = LineupFixtures.mainStageFriday(org, ProgrammingFixtures.festival(org));

        // when
        Optional<Integer> expected = org.asOwner(tx -> tx.handle().createQuery(
                        "select expected_attendance from atlvs.programming_performances where id = :id")
                .bind("id", main.headliner().id()).mapTo(Integer.class).findOne());

        // then
        assertThat(expected).contains(11_000);
    }
}
