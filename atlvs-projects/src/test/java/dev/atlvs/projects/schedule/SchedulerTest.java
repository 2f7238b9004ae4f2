package dev.atlvs.projects.schedule;

import static dev.atlvs.projects.schedule.ScheduleFixtures.MONDAY;
import static dev.atlvs.projects.schedule.ScheduleFixtures.expected;
import static dev.atlvs.projects.schedule.ScheduleFixtures.id;
import static dev.atlvs.projects.schedule.ScheduleFixtures.june;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.projects.ProjectsErrorCode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked schedules. June 2026 starts on a Monday; the calendar is Monday to Friday unless a test
 * says otherwise. "Day n" in the comments is the n-th working day from the project start (day 0).
 */
class SchedulerTest {
    private static final UUID A = id("A");
    private static final UUID B = id("B");
    private static final UUID C = id("C");
    private static final UUID D = id("D");
    private static final UUID E = id("E");
    private static final UUID M = id("M");

    private static final Scheduler WEEKDAYS = Scheduler.on(WorkingCalendar.mondayToFriday());

    @Test
    void aFinishToStartChainRunsBackToBackAcrossTheWeekend() {
        // A: 3 days Mon 1 - Wed 3; B: 2 days Thu 4 - Fri 5; C: 1 day, after the weekend, Mon 8.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 3), ScheduleTask.of(B, 2), ScheduleTask.of(C, 1)),
                List.of(Link.finishToStart(A, B), Link.finishToStart(B, C)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.tasks()).containsExactly(
                expected(A, 3, june(1), june(3), june(1), june(3), 0, 0, true),
                expected(B, 2, june(4), june(5), june(4), june(5), 0, 0, true),
                expected(C, 1, june(8), june(8), june(8), june(8), 0, 0, true));
        assertThat(schedule.projectStart()).isEqualTo(june(1));
        assertThat(schedule.projectFinish()).isEqualTo(june(8));
        assertThat(schedule.criticalPath()).containsExactly(A, B, C);
        assertThat(schedule.criticalChains()).containsExactly(List.of(A, B, C));
    }

    @Test
    void aOneDayTaskFinishesOnTheDayItStarts() {
        Schedule schedule = WEEKDAYS.schedule(DependencyGraph.of(List.of(ScheduleTask.of(A, 1))), MONDAY);

        assertThat(schedule.task(A).earlyStart()).isEqualTo(june(1));
        assertThat(schedule.task(A).earlyFinish()).isEqualTo(june(1));
        assertThat(schedule.projectFinish()).isEqualTo(june(1));
    }

    @Test
    void aFinishToStartLagLeavesThatManyWorkingDaysFree() {
        // A: Mon 1 - Tue 2. Lag 0 would start B on Wed 3; lag 2 leaves Wed 3 and Thu 4 free: B on Fri 5.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 2), ScheduleTask.of(B, 1)),
                List.of(Link.of(A, B, DependencyType.FS, 2)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.task(B)).isEqualTo(expected(B, 1, june(5), june(5), june(5), june(5), 0, 0, true));
        assertThat(schedule.task(A)).isEqualTo(expected(A, 2, june(1), june(2), june(1), june(2), 0, 0, true));
    }

    @Test
    void aStartToStartLagStartsTheSuccessorThatManyWorkingDaysAfterThePredecessorStarts() {
        // A: Mon 1 - Wed 3. B starts 2 working days after A starts: Wed 3, 3 days to Fri 5, the finish.
        // Delaying A delays B, so A is critical although it finishes first: late dates = early dates.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 3), ScheduleTask.of(B, 3)),
                List.of(Link.of(A, B, DependencyType.SS, 2)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.tasks()).containsExactly(
                expected(A, 3, june(1), june(3), june(1), june(3), 0, 0, true),
                expected(B, 3, june(3), june(5), june(3), june(5), 0, 0, true));
        assertThat(schedule.criticalChains()).containsExactly(List.of(A, B));
    }

    @Test
    void aFinishToFinishLagFinishesTheSuccessorThatManyWorkingDaysAfterThePredecessorFinishes() {
        // A: Mon 1 - Thu 4. B (1 day) must finish 2 working days after Thu 4: Fri 5, Mon 8, so B is on Mon 8.
        // A's late finish: B's late finish (Mon 8) minus 2 working days = Thu 4, no float.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 4), ScheduleTask.of(B, 1)),
                List.of(Link.of(A, B, DependencyType.FF, 2)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.tasks()).containsExactly(
                expected(A, 4, june(1), june(4), june(1), june(4), 0, 0, true),
                expected(B, 1, june(8), june(8), june(8), june(8), 0, 0, true));
    }

    @Test
    void aStartToFinishLagOfOneFinishesTheSuccessorOnThePredecessorsStartDate() {
        // A (1 day) may not start before Wed 10. B (2 days) must finish by instant "start of A + 1 day",
        // the end of Wed 10: B is Tue 9 - Wed 10. Both end on Wed 10, the project finish; A's late finish
        // is bound by B's (Wed 10) minus 1 plus A's duration: Wed 10, no float.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.builder().id(A).durationDays(1).startNoEarlierThan(june(10)).build(), ScheduleTask.of(B, 2)),
                List.of(Link.of(A, B, DependencyType.SF, 1)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.tasks()).containsExactly(
                expected(A, 1, june(10), june(10), june(10), june(10), 0, 0, true),
                expected(B, 2, june(9), june(10), june(9), june(10), 0, 0, true));
        assertThat(schedule.criticalChains()).containsExactly(List.of(A, B));
    }

    @Test
    void aStartToFinishLinkWithoutLagFinishesTheSuccessorTheWorkingDayBeforeThePredecessorStarts() {
        // A starts Mon 8; B (2 days) finishes by the start of Mon 8, i.e. Fri 5: B is Thu 4 - Fri 5.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.builder().id(A).durationDays(1).startNoEarlierThan(june(8)).build(), ScheduleTask.of(B, 2)),
                List.of(Link.of(A, B, DependencyType.SF, 0)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.task(B).earlyStart()).isEqualTo(june(4));
        assertThat(schedule.task(B).earlyFinish()).isEqualTo(june(5));
    }

    @Test
    void aNegativeLagIsALeadThatOverlapsTheSuccessorWithThePredecessor() {
        // A: Mon 1 - Fri 5. FS lag -2: B may start 2 working days before "after Fri 5" = Thu 4;
        // 3 days: Thu 4, Fri 5, Mon 8. A's late finish = B's late start + 2 = Fri 5: no float.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 5), ScheduleTask.of(B, 3)),
                List.of(Link.of(A, B, DependencyType.FS, -2)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.tasks()).containsExactly(
                expected(A, 5, june(1), june(5), june(1), june(5), 0, 0, true),
                expected(B, 3, june(4), june(8), june(4), june(8), 0, 0, true));
        assertThat(schedule.projectFinish()).isEqualTo(june(8));
    }

    @Test
    void aLeadNeverStartsATaskBeforeTheProjectStart() {
        // SS lag -3 would put B 3 working days before Mon 1; the project start wins.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 1), ScheduleTask.of(B, 2)),
                List.of(Link.of(A, B, DependencyType.SS, -3)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.task(B).earlyStart()).isEqualTo(june(1));
        assertThat(schedule.task(B).earlyFinish()).isEqualTo(june(2));
    }

    @Test
    void aMilestoneFallsOnTheDayItsSuccessorsMayStart() {
        // A: Mon 1 - Tue 2. M is the instant after A, the start of Wed 3. B (FS after M) may start then: Wed 3.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 2), ScheduleTask.milestone(M), ScheduleTask.of(B, 1)),
                List.of(Link.finishToStart(A, M), Link.finishToStart(M, B)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.tasks()).containsExactly(
                expected(A, 2, june(1), june(2), june(1), june(2), 0, 0, true),
                expected(M, 0, june(3), june(3), june(3), june(3), 0, 0, true),
                expected(B, 1, june(3), june(3), june(3), june(3), 0, 0, true));
        assertThat(schedule.task(M).isMilestone()).isTrue();
        assertThat(schedule.criticalChains()).containsExactly(List.of(A, M, B));
    }

    @Test
    void aMilestoneWithALeadOfOneDayFallsOnItsPredecessorsLastDay() {
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 2), ScheduleTask.milestone(M)),
                List.of(Link.of(A, M, DependencyType.FS, -1)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.task(M).earlyStart()).isEqualTo(june(2));
        assertThat(schedule.task(M).earlyFinish()).isEqualTo(june(2));
        assertThat(schedule.projectFinish()).isEqualTo(june(2));
        // M is the instant that begins Tue 2; the project ends at the end of Tue 2, so M may slip one day.
        assertThat(schedule.task(M).totalFloat()).isEqualTo(1);
        assertThat(schedule.criticalPath()).containsExactly(A);
    }

    @Test
    void aProjectOfOnlyAMilestoneFinishesOnItsStartDate() {
        Schedule schedule = WEEKDAYS.schedule(DependencyGraph.of(List.of(ScheduleTask.milestone(M))), MONDAY);

        assertThat(schedule.tasks()).containsExactly(expected(M, 0, june(1), june(1), june(1), june(1), 0, 0, true));
        assertThat(schedule.projectFinish()).isEqualTo(june(1));
    }

    @Test
    void weekendsAndHolidaysAreSkipped() {
        // Holiday Mon 8. A from Thu 4: Thu 4, Fri 5, (weekend, holiday) Tue 9. B: Wed 10 - Thu 11.
        Scheduler scheduler = Scheduler.on(WorkingCalendar.builder().nonWorkingDay(june(8)).build());
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 3), ScheduleTask.of(B, 2)),
                List.of(Link.finishToStart(A, B)));

        Schedule schedule = scheduler.schedule(graph, june(4));

        assertThat(schedule.tasks()).containsExactly(
                expected(A, 3, june(4), june(9), june(4), june(9), 0, 0, true),
                expected(B, 2, june(10), june(11), june(10), june(11), 0, 0, true));
    }

    @Test
    void aShowDayBlackoutOfSeveralDaysIsSkipped() {
        // Blackout Wed 10 - Fri 12. A (4 days) from Mon 8: Mon 8, Tue 9, Mon 15, Tue 16.
        Scheduler scheduler = Scheduler.on(WorkingCalendar.builder().nonWorkingDays(june(10), june(12)).build());

        Schedule schedule = scheduler.schedule(DependencyGraph.of(List.of(ScheduleTask.of(A, 4))), june(8));

        assertThat(schedule.task(A).earlyStart()).isEqualTo(june(8));
        assertThat(schedule.task(A).earlyFinish()).isEqualTo(june(16));
    }

    @Test
    void aProjectStartOnANonWorkingDayMovesToTheNextWorkingDay() {
        // Sat 6, Sun 7, holiday Mon 8: the project starts Tue 9.
        Scheduler scheduler = Scheduler.on(WorkingCalendar.builder().nonWorkingDay(june(8)).build());

        Schedule schedule = scheduler.schedule(DependencyGraph.of(List.of(ScheduleTask.of(A, 1))), june(6));

        assertThat(schedule.projectStart()).isEqualTo(june(9));
        assertThat(schedule.task(A).earlyStart()).isEqualTo(june(9));
    }

    @Test
    void aStartNoEarlierThanDateOnAWeekendStartsTheTaskOnMonday() {
        DependencyGraph graph = DependencyGraph.of(List.of(
                ScheduleTask.builder().id(A).durationDays(1).startNoEarlierThan(june(6)).build(),
                ScheduleTask.builder().id(B).durationDays(1).startNoEarlierThan(june(1).minusDays(10)).build()));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.task(A).earlyStart()).isEqualTo(june(8));
        assertThat(schedule.task(B).earlyStart()).as("a constraint before the project start has no effect").isEqualTo(june(1));
    }

    @Test
    void aParallelBranchHasTotalAndFreeFloat() {
        // A (2) -> B (5) -> D (1) and A -> C (2) -> E (1) -> D.
        // Early: A days 0-1 (Mon 1 - Tue 2); B days 2-6 (Wed 3 - Tue 9); C days 2-3 (Wed 3 - Thu 4);
        //        E day 4 (Fri 5); D waits for B: day 7 (Wed 10), the project finish.
        // Late:  D day 7; B days 2-6; E must finish before D starts: day 6 (Tue 9); C before E: days 4-5 (Fri 5 - Mon 8).
        // C: total float 4 - 2 = 2, free float 0 (E starts right after it). E: total float 6 - 4 = 2,
        //    free float 2 (D starts on day 7, E finishes at the end of day 4).
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 2), ScheduleTask.of(B, 5), ScheduleTask.of(C, 2), ScheduleTask.of(E, 1), ScheduleTask.of(D, 1)),
                List.of(Link.finishToStart(A, B), Link.finishToStart(B, D), Link.finishToStart(A, C),
                        Link.finishToStart(C, E), Link.finishToStart(E, D)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.tasks()).containsExactly(
                expected(A, 2, june(1), june(2), june(1), june(2), 0, 0, true),
                expected(B, 5, june(3), june(9), june(3), june(9), 0, 0, true),
                expected(C, 2, june(3), june(4), june(5), june(8), 2, 0, false),
                expected(E, 1, june(5), june(5), june(9), june(9), 2, 2, false),
                expected(D, 1, june(10), june(10), june(10), june(10), 0, 0, true));
        assertThat(schedule.projectFinish()).isEqualTo(june(10));
        assertThat(schedule.criticalPath()).containsExactly(A, B, D);
        assertThat(schedule.criticalChains()).containsExactly(List.of(A, B, D));
    }

    @Test
    void twoCriticalChainsThroughADiamondAreBothReported() {
        // A (2) -> B (3) -> D (1) and A -> C (3) -> D: B and C both Wed 3 - Fri 5, D Mon 8.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 2), ScheduleTask.of(B, 3), ScheduleTask.of(C, 3), ScheduleTask.of(D, 1)),
                List.of(Link.finishToStart(A, B), Link.finishToStart(A, C), Link.finishToStart(B, D), Link.finishToStart(C, D)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.tasks()).allSatisfy(task -> assertThat(task.totalFloat()).isZero());
        assertThat(schedule.criticalPath()).containsExactly(A, B, C, D);
        assertThat(schedule.criticalChains()).containsExactly(List.of(A, B, D), List.of(A, C, D));
    }

    @Test
    void twoUnrelatedCriticalChainsAreReportedSeparately() {
        // A (2) -> B (3) ends Fri 5; C (4) -> D (1) ends Fri 5 as well.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 2), ScheduleTask.of(B, 3), ScheduleTask.of(C, 4), ScheduleTask.of(D, 1)),
                List.of(Link.finishToStart(A, B), Link.finishToStart(C, D)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.projectFinish()).isEqualTo(june(5));
        assertThat(schedule.criticalPath()).containsExactly(A, B, C, D);
        assertThat(schedule.criticalChains()).containsExactly(List.of(A, B), List.of(C, D));
    }

    @Test
    void aDeadlineAfterTheFinishGivesEveryTaskThatMuchFloat() {
        // The chain finishes Mon 8 (day 5); the deadline Wed 10 is day 7: two days of float everywhere.
        // Late: C Wed 10; B Mon 8 - Tue 9; A Wed 3 - Fri 5. Free float stays 0: each task is followed at once.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 3), ScheduleTask.of(B, 2), ScheduleTask.of(C, 1)),
                List.of(Link.finishToStart(A, B), Link.finishToStart(B, C)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY, june(10));

        assertThat(schedule.tasks()).containsExactly(
                expected(A, 3, june(1), june(3), june(3), june(5), 2, 0, true),
                expected(B, 2, june(4), june(5), june(8), june(9), 2, 0, true),
                expected(C, 1, june(8), june(8), june(10), june(10), 2, 0, true));
        assertThat(schedule.deadline()).isEqualTo(june(10));
        assertThat(schedule.projectFloat()).isEqualTo(2);
        assertThat(schedule.criticalPath()).containsExactly(A, B, C);
    }

    @Test
    void aDeadlineOnAWeekendCountsFromTheFridayBefore() {
        Schedule schedule = WEEKDAYS.schedule(DependencyGraph.of(List.of(ScheduleTask.of(A, 1))), MONDAY, june(13));

        assertThat(schedule.deadline()).isEqualTo(june(12));
        assertThat(schedule.task(A).totalFloat()).isEqualTo(9);
        assertThat(schedule.task(A).lateStart()).isEqualTo(june(12));
    }

    @Test
    void aMissedDeadlineGivesNegativeFloat() {
        // Finish Mon 8, deadline Fri 5: one working day late.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 3), ScheduleTask.of(B, 2), ScheduleTask.of(C, 1)),
                List.of(Link.finishToStart(A, B), Link.finishToStart(B, C)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY, june(5));

        assertThat(schedule.tasks()).extracting(TaskSchedule::totalFloat).containsExactly(-1, -1, -1);
        assertThat(schedule.task(C).lateFinish()).isEqualTo(june(5));
        assertThat(schedule.projectFloat()).isEqualTo(-1);
        assertThat(schedule.criticalPath()).containsExactly(A, B, C);
    }

    @Test
    void freeFloatNeverDelaysTheProjectFinish() {
        // A (5) Mon 1 - Fri 5 is SS-linked to B (1), which may not start before Thu 4. The SS link leaves
        // A three days, but A finishes the project: its free float is 0. B can slip to Fri 5: 1 day.
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(A, 5), ScheduleTask.builder().id(B).durationDays(1).startNoEarlierThan(june(4)).build()),
                List.of(Link.of(A, B, DependencyType.SS, 0)));

        Schedule schedule = WEEKDAYS.schedule(graph, MONDAY);

        assertThat(schedule.tasks()).containsExactly(
                expected(A, 5, june(1), june(5), june(1), june(5), 0, 0, true),
                expected(B, 1, june(4), june(4), june(5), june(5), 1, 1, false));
    }

    @Test
    void thePackageDocumentationExampleHolds() {
        // Survey Mon 1 - Tue 2, fencing Wed 3 - Fri 5: the project finishes at the end of Fri 5. The show day
        // follows at once, the instant that begins the next working day: Mon 8 is a holiday, so Tue 9.
        UUID survey = id("survey");
        UUID fencing = id("fencing");
        UUID showDay = id("show day");
        WorkingCalendar calendar = WorkingCalendar.builder().nonWorkingDay(june(8)).build();
        DependencyGraph graph = DependencyGraph.of(
                List.of(ScheduleTask.of(survey, 2), ScheduleTask.of(fencing, 3), ScheduleTask.milestone(showDay)),
                List.of(Link.finishToStart(survey, fencing), Link.finishToStart(fencing, showDay)));

        Schedule schedule = Scheduler.on(calendar).schedule(graph, june(1));

        assertThat(schedule.projectFinish()).isEqualTo(june(5));
        assertThat(schedule.task(showDay).earlyStart()).isEqualTo(june(9));
        assertThat(schedule.task(fencing).totalFloat()).isZero();
        assertThat(schedule.criticalPath()).containsExactly(survey, fencing, showDay);
        assertThat(graph.wouldCreateCycle(showDay, survey)).isTrue();
    }

    @Test
    void anEmptyProjectFinishesOnItsStartWithoutCriticalPath() {
        Schedule schedule = WEEKDAYS.schedule(DependencyGraph.of(List.of()), MONDAY);

        assertThat(schedule.projectFinish()).isEqualTo(MONDAY);
        assertThat(schedule.criticalPath()).isEmpty();
        assertThat(schedule.criticalChains()).isEmpty();
    }

    @Test
    void askingForATaskThatWasNotScheduledIsNotFound() {
        Schedule schedule = WEEKDAYS.schedule(DependencyGraph.of(List.of(ScheduleTask.of(A, 1))), MONDAY);

        assertThat(schedule.find(B)).isEmpty();
        assertThatThrownBy(() -> schedule.task(B))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProjectsErrorCode.SCHEDULE_TASK_NOT_FOUND);
                    assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
                });
    }
}
