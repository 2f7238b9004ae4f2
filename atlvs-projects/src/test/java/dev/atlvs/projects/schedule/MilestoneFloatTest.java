package dev.atlvs.projects.schedule;

import static dev.atlvs.projects.schedule.ScheduleFixtures.MONDAY;
import static dev.atlvs.projects.schedule.ScheduleFixtures.id;
import static dev.atlvs.projects.schedule.ScheduleFixtures.june;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Milestones, finish nodes and deadlines are instants: a zero-duration task finishes at the instant its
 * predecessors finish, so it never adds a day to anyone's float.
 */
class MilestoneFloatTest {
    private static final UUID A = id("A");
    private static final UUID B = id("B");
    private static final UUID C = id("C");
    private static final UUID D = id("D");
    private static final UUID E = id("E");
    private static final UUID F = id("F");
    private static final UUID G = id("G");
    private static final UUID H = id("H");
    private static final UUID M = id("M");
    private static final UUID FINISH = id("FINISH");

    private static final Scheduler WEEKDAYS = Scheduler.on(WorkingCalendar.mondayToFriday());
    /** Every day a working day, so that days count like the periods of a textbook network. */
    private static final Scheduler EVERY_DAY = Scheduler.on(WorkingCalendar.builder().workingWeekdays(EnumSet.allOf(DayOfWeek.class)).build());

    @Test
    void aMilestoneAfterTheLongestTaskLeavesTheOtherTaskItsTextbookFloat() {
        // given A (3 days) then milestone M; B (2 days) alone. The project ends when A ends, the end of Wed 3:
        // B, ending Tue 2, may slip one day.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 3), ScheduleTask.milestone(M), ScheduleTask.of(B, 2)),
                List.of(Link.finishToStart(A, M)));

        // when
        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        // then
        assertThat(schedule.task(B).totalFloat()).isEqualTo(1);
        assertThat(schedule.task(B).freeFloat()).isEqualTo(1);
        assertThat(schedule.task(A).totalFloat()).isZero();
        assertThat(schedule.task(M).totalFloat()).isZero();
        assertThat(schedule.projectFinish()).isEqualTo(june(3));
        assertThat(schedule.criticalPath()).containsExactly(A, M);
    }

    @Test
    void aDeadlineOnTheLastDayOfWorkIsMetByTheMilestoneThatFollowsIt() {
        // given A (3 days, Mon 1 - Wed 3) then milestone M, due Wed 3
        DependencyGraph graph = DependencyGraph.of(List.of(ScheduleTask.of(A, 3), ScheduleTask.milestone(M)), List.of(Link.finishToStart(A, M)));

        // when
        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY, june(3));

        // then
        assertThat(schedule.projectFloat()).isZero();
        assertThat(schedule.task(A).totalFloat()).isZero();
        assertThat(schedule.task(M).totalFloat()).isZero();
    }

    /**
     * The eight-activity network that operations-management texts use to introduce the critical path
     * method (two starting activities of 2 and 3 periods; A precedes C and D, B precedes D, C precedes E
     * and F, D and E precede G, F and G precede H), in periods of one day: A 2, B 3, C 2, D 4, E 4, F 3,
     * G 5, H 2. Critical path A-C-E-G-H, 15 periods; slack B 1, D 1, F 6. A FINISH node follows H and the
     * deadline is the end of period 18: every float grows by 3.
     */
    @Test
    void theTextbookNetworkWithItsFinishNodeAndADeadlineHasTheTextbookFloats() {
        // given
        DependencyGraph graph = textbookNetwork(true);

        // when
        Schedule schedule = EVERY_DAY.schedule(graph, MONDAY, june(18));

        // then
        assertThat(schedule.projectFinish()).isEqualTo(june(15));
        assertThat(schedule.projectFloat()).isEqualTo(3);
        assertThat(floats(schedule)).isEqualTo(Map.of(A, 3, B, 4, C, 3, D, 4, E, 3, F, 9, G, 3, H, 3, FINISH, 3));
        assertThat(schedule.criticalPath()).containsExactly(A, C, E, G, H, FINISH);
    }

    @Test
    void theTextbookNetworkHasTheSameFloatsWithoutItsFinishNode() {
        // given
        Schedule withFinish = EVERY_DAY.schedule(textbookNetwork(true), MONDAY, june(18));

        // when
        Schedule withoutFinish = EVERY_DAY.schedule(textbookNetwork(false), MONDAY, june(18));

        // then
        Map<UUID, Integer> expected = floats(withFinish);
        expected.remove(FINISH);
        assertThat(floats(withoutFinish)).isEqualTo(expected);
        assertThat(withoutFinish.projectFloat()).isEqualTo(withFinish.projectFloat());
        assertThat(withoutFinish.projectFinish()).isEqualTo(withFinish.projectFinish());
    }

    private static DependencyGraph textbookNetwork(boolean withFinishNode) {
        List<ScheduleTask> tasks = new ArrayList<>(List.of(ScheduleTask.of(A, 2), ScheduleTask.of(B, 3), ScheduleTask.of(C, 2),
                ScheduleTask.of(D, 4), ScheduleTask.of(E, 4), ScheduleTask.of(F, 3), ScheduleTask.of(G, 5), ScheduleTask.of(H, 2)));
        List<Link> links = new ArrayList<>(List.of(Link.finishToStart(A, C), Link.finishToStart(A, D), Link.finishToStart(B, D),
                Link.finishToStart(C, E), Link.finishToStart(C, F), Link.finishToStart(D, G), Link.finishToStart(E, G),
                Link.finishToStart(F, H), Link.finishToStart(G, H)));
        if (withFinishNode) {
            tasks.add(ScheduleTask.milestone(FINISH));
            links.add(Link.finishToStart(H, FINISH));
        }
        return DependencyGraph.of(tasks, links);
    }

    private static Map<UUID, Integer> floats(Schedule schedule) {
        return schedule.tasks().stream().collect(Collectors.toMap(TaskSchedule::taskId, TaskSchedule::totalFloat));
    }
}
