package dev.atlvs.programming.lineup;

import static dev.atlvs.testing.RuleAssertions.reports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.LineupFixtures;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * On random running orders of the festival's Friday main stage: a plan from a shuffled order applies without an
 * overlap, and a delay cascaded from any slot keeps every slot's order and length, moves exactly the slots from that one
 * on, never creates an overlap, and is refused whole when it would break the curfew.
 */
@AtlvsTest
class RunningOrderPropertyTest {

    private static final Instant DOORS = ProgrammingFixtures.at(Festival.FIRST_DAY, LocalTime.of(12, 0));

    @PropertyTest(tries = 200)
    void aLaidOutRunningOrderIsEndToEndAndKeepsLengthsAndChangeovers(Gen gen) {
        // given
        List<RunningOrder.Entry> entries = gen.listOf(0, 12, () -> new RunningOrder.Entry(UUID.randomUUID(),
                Duration.ofMinutes(gen.intBetween(1, 180)), gen.intBetween(0, 90)));
        Instant from = DOORS.plus(Duration.ofMinutes(gen.intBetween(-120, 120)));
        Optional<Instant> curfew = gen.chance(0.5) ? Optional.of(from.plus(Duration.ofMinutes(gen.intBetween(0, 1500))))
                : Optional.empty();

        // when
        List<RunningOrder.Planned> planned = RunningOrder.layOut(from, 0, entries, curfew);

        // then
        Instant cursor = from;
        for (int i = 0; i < entries.size(); i++) {
            RunningOrder.Planned slot = planned.get(i);
            assertThat(slot.slotId()).isEqualTo(entries.get(i).slotId());
            assertThat(slot.position()).isEqualTo(i);
            assertThat(slot.occupiedFrom()).isEqualTo(cursor);
            assertThat(slot.length()).isEqualTo(entries.get(i).length());
            assertThat(slot.pastCurfew()).isEqualTo(curfew.map(c -> slot.setEnd().isAfter(c)).orElse(false));
            cursor = slot.setEnd();
        }
    }

    @PropertyTest(tries = 12)
    void aCascadedDelayKeepsOrderAndLengthsAndNeverCreatesAnOverlap(Gen gen, Fixtures fixtures) {
        // given: 1 to 6 sets on Friday's main stage, placed in a shuffled order, then laid out from doors
        OrganizationFixture org = fixtures.organization();
        Festival festival = ProgrammingFixtures.festival(org);
        Event friday = festival.mainStageDays().get(0);
        int size = gen.intBetween(1, 6);
        List<RunningOrder.Entry> entries = new ArrayList<>();
        Instant parked = DOORS;
        for (int i = 0; i < size; i++) {
            Duration length = Duration.ofMinutes(gen.intBetween(10, 75));
            int changeover = gen.intBetween(0, 30);
            Lineup slot = LineupFixtures.slot(org, LineupFixtures.slotBuilder(org, friday, "Act " + i, parked.plus(Duration.ofMinutes(30)),
                    parked.plus(Duration.ofMinutes(30)).plus(length), 30).position(i).build());
            parked = slot.setEnd();
            entries.add(new RunningOrder.Entry(slot.id(), length, changeover));
        }
        List<RunningOrder.Entry> order = gen.shuffled(entries);
        org.asOwner(tx -> {
            LineupService lineups = new LineupService(tx);
            return lineups.apply(lineups.plan(friday.id(), DOORS, order));
        });
        List<Lineup> before = live(org, friday);
        assertThat(before).extracting(Lineup::id).containsExactlyElementsOf(order.stream().map(RunningOrder.Entry::slotId).toList());
        assertNoOverlap(before);
        int from = gen.intBetween(0, size - 1);
        Duration delay = Duration.ofMinutes(gen.intBetween(0, 600));

        // when
        RunningOrder plan = org.asOwner(tx -> new LineupService(tx).planDelay(before.get(from).id(), delay));
        Throwable refused = catchThrowable(() -> org.asOwner(tx -> new LineupService(tx).apply(plan)));

        // then
        List<Lineup> after = live(org, friday);
        Map<UUID, Lineup> byId = before.stream().collect(Collectors.toMap(Lineup::id, Function.identity()));
        assertThat(after).extracting(Lineup::id).containsExactlyElementsOf(before.stream().map(Lineup::id).toList());
        for (Lineup slot : after) {
            assertThat(slot.length()).isEqualTo(byId.get(slot.id()).length());
            assertThat(slot.changeoverMinutes()).isEqualTo(byId.get(slot.id()).changeoverMinutes());
        }
        assertNoOverlap(after);
        assertThat(plan.slots()).extracting(RunningOrder.Planned::slotId)
                .containsExactlyElementsOf(before.subList(from, size).stream().map(Lineup::id).toList());
        if (plan.fitsCurfew()) {
            assertThat(refused).isNull();
            for (int i = 0; i < size; i++) {
                Duration shift = i < from ? Duration.ZERO : delay;
                assertThat(after.get(i).setStart()).isEqualTo(before.get(i).setStart().plus(shift));
            }
        } else {
            reports(refused, ProgrammingRules.LINEUPS_CURFEW);
            assertThat(after).extracting(Lineup::setStart).containsExactlyElementsOf(before.stream().map(Lineup::setStart).toList());
        }
    }

    private static List<Lineup> live(OrganizationFixture org, Event event) {
        return org.<List<Lineup>>asOwner(tx -> new LineupService(tx).liveOfEvent(event.id())).stream()
                .sorted(Comparator.comparing(Lineup::setStart)).toList();
    }

    private static void assertNoOverlap(List<Lineup> slots) {
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i).occupiedFrom()).as("changeover of %s after %s", slots.get(i).performerName(),
                    slots.get(i - 1).performerName()).isAfterOrEqualTo(slots.get(i - 1).setEnd());
        }
    }
}
