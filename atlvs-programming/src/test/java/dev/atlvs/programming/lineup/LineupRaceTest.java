package dev.atlvs.programming.lineup;

import static dev.atlvs.testing.RuleAssertions.reports;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.LineupFixtures;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Racing transactions on one stage: of two overlapping slots placed at once exactly one commits. */
@AtlvsTest
class LineupRaceTest {

    private static Instant friday(int hour, int minute) {
        return ProgrammingFixtures.at(Festival.FIRST_DAY, LocalTime.of(hour, minute));
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoOverlappingSlotsPlacedAtOnceOnOneStageCannotBothCommit(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given: two bookers each place a set on the main stage's free afternoon
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Racing Slots " + isolation);
        Festival festival = ProgrammingFixtures.festival(org);
        Event friday = festival.mainStageDays().get(0);
        Lineup first = LineupFixtures.slotBuilder(org, friday, "Paper Lanterns", friday(17, 0), friday(17, 45), 15).build();
        Lineup second = LineupFixtures.slotBuilder(org, friday, "Tin Roof Choir", friday(17, 30), friday(18, 15), 15).build();

        // when: both transactions have begun before either writes
        List<Race.Outcome<Lineup>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new LineupService(tx).add(first);
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new LineupService(tx).add(second);
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> reports(loser.failure().orElseThrow(), ProgrammingRules.LINEUPS_NO_OVERLAP));
        assertThat(org.<List<Lineup>>asOwner(tx -> new LineupService(tx).ofEvent(friday.id()))).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void aSlotPlacedWhileTheLineupIsLockedIsEitherRefusedOrInBeforeTheLock(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Racing Lock " + isolation);
        Festival festival = ProgrammingFixtures.festival(org);
        Event friday = festival.mainStageDays().get(0);
        Lineup slot = LineupFixtures.slotBuilder(org, friday, "Last Minute Addition", friday(17, 0), friday(17, 45), 15).build();

        // when: one transaction locks the lineup while another adds a slot
        List<Race.Outcome<Object>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new LineupService(tx).lock(friday.id());
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new LineupService(tx).add(slot);
                })));

        // then: the lock always commits; the slot commits only if it was decided before the lock
        assertThat(outcomes.get(0).won()).isTrue();
        if (!outcomes.get(1).won()) {
            reports(outcomes.get(1).failure().orElseThrow(), ProgrammingRules.LINEUPS_LOCKED);
        }
        assertThat(org.<List<Lineup>>asOwner(tx -> new LineupService(tx).ofEvent(friday.id()))).hasSize(outcomes.get(1).won() ? 1 : 0);
    }
}
