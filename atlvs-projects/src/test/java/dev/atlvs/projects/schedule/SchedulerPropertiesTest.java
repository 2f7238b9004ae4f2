package dev.atlvs.projects.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Properties of schedules over random acyclic graphs: links only go from a lower to a higher task
 * number (the tasks are handed over shuffled), with random types, lags -3..5 and durations 0..10, some
 * start-no-earlier-than dates, on random calendars (mostly Monday to Friday) with up to 15 holidays.
 *
 * <p>The link rules are checked on dates with the calendar, independently of the scheduler's day
 * numbers: a task starts at the beginning of its start date and finishes at the beginning of the
 * working day after its finish date (a milestone: at the beginning of its date).
 */
class SchedulerPropertiesTest {
    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    /** Random tasks, links and calendar; {@link #graph()} builds the graph. */
    record Scenario(WorkingCalendar calendar, LocalDate projectStart, List<ScheduleTask> tasks, List<Link> links) {
        DependencyGraph graph() {
            return DependencyGraph.of(tasks, links);
        }

        Schedule schedule() {
            return Scheduler.on(calendar).schedule(graph(), projectStart);
        }
    }

    record LinkSpec(int from, int to, DependencyType type, int lag) {}

    /** A scenario of 1 to 14 tasks, two times in three on a Monday-to-Friday calendar, otherwise on random weekdays. */
    private static Scenario scenario(Gen gen) {
        int size = gen.intBetween(1, 14);
        Set<DayOfWeek> days = gen.chance(2.0 / 3)
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                : gen.setOf(1, 7, () -> gen.oneOf(DayOfWeek.class));
        Set<Integer> holidays = gen.setOf(0, 15, () -> gen.intBetween(0, 150));
        int startOffset = gen.intBetween(0, 365);
        List<Integer> durations = gen.listOf(size, size, () -> gen.intBetween(0, 10));
        List<Integer> constraints = gen.listOf(size, size, () -> gen.orNull(0.8, () -> gen.intBetween(-5, 40)));
        List<LinkSpec> linkSpecs = gen.listOf(0, 2 * size, () -> new LinkSpec(gen.intBetween(0, size - 1), gen.intBetween(0, size - 1),
                gen.oneOf(DependencyType.class), gen.intBetween(-3, 5)));
        List<Integer> inputOrder = gen.shuffled(IntStream.range(0, size).boxed().toList());
        return scenario(days, holidays, BASE.plusDays(startOffset), durations, constraints, linkSpecs, inputOrder);
    }

    private static Scenario scenario(Set<DayOfWeek> days, Set<Integer> holidays, LocalDate start, List<Integer> durations,
            List<Integer> constraints, List<LinkSpec> linkSpecs, List<Integer> inputOrder) {
        WorkingCalendar calendar = WorkingCalendar.builder()
                .workingWeekdays(days)
                .nonWorkingDays(holidays.stream().map(start::plusDays).toList())
                .build();
        List<UUID> ids = IntStream.range(0, durations.size()).mapToObj(i -> new UUID(0, i + 1)).toList();
        List<ScheduleTask> tasks = new ArrayList<>();
        for (int i : inputOrder) {
            Integer constraint = constraints.get(i);
            tasks.add(ScheduleTask.builder()
                    .id(ids.get(i))
                    .durationDays(durations.get(i))
                    .startNoEarlierThan(Optional.ofNullable(constraint).map(start::plusDays))
                    .build());
        }
        Set<List<Integer>> pairs = new HashSet<>();
        List<Link> links = new ArrayList<>();
        for (LinkSpec spec : linkSpecs) {
            int from = Math.min(spec.from(), spec.to());
            int to = Math.max(spec.from(), spec.to());
            if (from != to && pairs.add(List.of(from, to))) {
                links.add(Link.of(ids.get(from), ids.get(to), spec.type(), spec.lag()));
            }
        }
        return new Scenario(calendar, start, tasks, links);
    }

    @PropertyTest
    void noTaskStartsBeforeItsPredecessorsAllow(Gen gen) {
        Scenario scenario = scenario(gen);
        Schedule schedule = scenario.schedule();

        for (Link link : scenario.links()) {
            TaskSchedule predecessor = schedule.task(link.predecessorId());
            TaskSchedule successor = schedule.task(link.successorId());
            assertThat(slack(link, predecessor.earlyStart(), predecessor, successor.earlyStart(), successor, scenario.calendar()))
                    .as("%s between %s and %s", link, predecessor, successor)
                    .isNotNegative();
        }
    }

    @PropertyTest
    void everyTaskStartsAsEarlyAsTheProjectStartItsConstraintAndItsLinksAllow(Gen gen) {
        Scenario scenario = scenario(gen);
        Schedule schedule = scenario.schedule();
        DependencyGraph graph = schedule.graph();

        for (TaskSchedule task : schedule.tasks()) {
            ScheduleTask input = graph.task(task.taskId());
            assertThat(task.earlyStart()).isAfterOrEqualTo(schedule.projectStart());
            input.startNoEarlierThan().ifPresent(date ->
                    assertThat(task.earlyStart()).isAfterOrEqualTo(scenario.calendar().workingDayOnOrAfter(date)));
            boolean atProjectStart = task.earlyStart().equals(schedule.projectStart());
            boolean atConstraint = input.startNoEarlierThan()
                    .map(date -> scenario.calendar().workingDayOnOrAfter(date).equals(task.earlyStart()))
                    .orElse(false);
            boolean drivenByALink = graph.linksTo(task.taskId()).stream().anyMatch(link -> {
                TaskSchedule predecessor = schedule.task(link.predecessorId());
                return slack(link, predecessor.earlyStart(), predecessor, task.earlyStart(), task, scenario.calendar()) == 0;
            });
            assertThat(atProjectStart || atConstraint || drivenByALink).as("%s could start earlier", task).isTrue();
        }
    }

    @PropertyTest
    void everyDateIsAWorkingDayAndATaskSpansItsDuration(Gen gen) {
        Scenario scenario = scenario(gen);
        Schedule schedule = scenario.schedule();
        WorkingCalendar calendar = scenario.calendar();

        for (TaskSchedule task : schedule.tasks()) {
            assertThat(List.of(task.earlyStart(), task.earlyFinish(), task.lateStart(), task.lateFinish()))
                    .allSatisfy(date -> assertThat(calendar.isWorkingDay(date)).as("%s is a working day", date).isTrue());
            int span = task.isMilestone() ? 0 : task.durationDays() - 1;
            assertThat(calendar.workingDaysBetween(task.earlyStart(), task.earlyFinish())).isEqualTo(span);
            assertThat(calendar.workingDaysBetween(task.lateStart(), task.lateFinish())).isEqualTo(span);
        }
    }

    @PropertyTest
    void totalFloatIsNeverNegativeAndZeroExactlyOnTheCriticalPath(Gen gen) {
        Scenario scenario = scenario(gen);
        Schedule schedule = scenario.schedule();

        assertThat(schedule.projectFloat()).isZero();
        for (TaskSchedule task : schedule.tasks()) {
            assertThat(task.totalFloat()).isNotNegative();
            assertThat(task.critical()).isEqualTo(task.totalFloat() == 0);
            assertThat(schedule.criticalPath().contains(task.taskId())).isEqualTo(task.totalFloat() == 0);
            assertThat(task.freeFloat()).isBetween(0, task.totalFloat());
            assertThat(task.totalFloat()).isEqualTo(scenario.calendar().workingDaysBetween(task.earlyStart(), task.lateStart()));
        }
    }

    @PropertyTest
    void noTaskStartsEarlyAfterItsLateStart(Gen gen) {
        Scenario scenario = scenario(gen);
        Schedule schedule = scenario.schedule();

        for (TaskSchedule task : schedule.tasks()) {
            assertThat(task.earlyStart()).isBeforeOrEqualTo(task.lateStart());
            assertThat(task.earlyFinish()).isBeforeOrEqualTo(task.lateFinish());
        }
    }

    @PropertyTest
    void lateDatesHonourEveryLinkAndTheDeadlineAsLateAsPossible(Gen gen) {
        Scenario scenario = scenario(gen);
        Schedule schedule = scenario.schedule();
        DependencyGraph graph = schedule.graph();

        LocalDate end = finishInstant(schedule, scenario.calendar());
        for (TaskSchedule task : schedule.tasks()) {
            LocalDate lateFinishInstant = finishInstant(task, task.lateFinish(), scenario.calendar());
            assertThat(lateFinishInstant).isBeforeOrEqualTo(end);
            boolean bound = lateFinishInstant.equals(end);
            for (Link link : graph.linksFrom(task.taskId())) {
                TaskSchedule successor = schedule.task(link.successorId());
                int slack = lateSlack(link, task, successor, scenario.calendar());
                assertThat(slack).as("%s between %s and %s", link, task, successor).isNotNegative();
                bound |= slack == 0;
            }
            assertThat(bound).as("%s could finish later", task).isTrue();
        }
    }

    @PropertyTest
    void theTopologicalOrderRespectsEveryLink(Gen gen) {
        Scenario scenario = scenario(gen);
        DependencyGraph graph = scenario.graph();
        List<UUID> order = graph.topologicalOrder();

        assertThat(order).containsExactlyInAnyOrderElementsOf(scenario.tasks().stream().map(ScheduleTask::id).toList());
        for (Link link : scenario.links()) {
            assertThat(order.indexOf(link.predecessorId())).isLessThan(order.indexOf(link.successorId()));
        }
        assertThat(scenario.schedule().tasks()).extracting(TaskSchedule::taskId).isEqualTo(order);
    }

    @PropertyTest
    void theCriticalPathEndsOnATaskFinishingOnTheProjectFinish(Gen gen) {
        Scenario scenario = scenario(gen);
        Schedule schedule = scenario.schedule();

        assertThat(schedule.criticalPath()).isNotEmpty();
        UUID last = schedule.criticalPath().get(schedule.criticalPath().size() - 1);
        LocalDate end = finishInstant(schedule, scenario.calendar());
        assertThat(finishInstant(schedule.task(last), schedule.task(last).earlyFinish(), scenario.calendar())).isEqualTo(end);
        assertThat(schedule.projectFinish()).isEqualTo(end.equals(schedule.projectStart()) ? end : scenario.calendar().previousWorkingDay(end));
    }

    @PropertyTest
    void everyCriticalChainRunsAlongLinksFromItsStartToTheProjectFinish(Gen gen) {
        Scenario scenario = scenario(gen);
        Schedule schedule = scenario.schedule();
        DependencyGraph graph = schedule.graph();
        Map<List<UUID>, Link> linkByPair = new HashMap<>();
        scenario.links().forEach(link -> linkByPair.put(List.of(link.predecessorId(), link.successorId()), link));

        assertThat(schedule.criticalChains()).isNotEmpty();
        Set<UUID> onChains = new HashSet<>();
        for (List<UUID> chain : schedule.criticalChains()) {
            onChains.addAll(chain);
            TaskSchedule first = schedule.task(chain.get(0));
            boolean startsFree = first.earlyStart().equals(schedule.projectStart())
                    || graph.task(first.taskId()).startNoEarlierThan()
                            .map(date -> scenario.calendar().workingDayOnOrAfter(date).equals(first.earlyStart())).orElse(false);
            assertThat(startsFree).as("chain %s starts on the project start or a constraint", chain).isTrue();
            TaskSchedule lastOfChain = schedule.task(chain.get(chain.size() - 1));
            assertThat(finishInstant(lastOfChain, lastOfChain.earlyFinish(), scenario.calendar())).isEqualTo(finishInstant(schedule, scenario.calendar()));
            for (int i = 1; i < chain.size(); i++) {
                Link link = linkByPair.get(List.of(chain.get(i - 1), chain.get(i)));
                assertThat(link).as("a link from %s to %s", chain.get(i - 1), chain.get(i)).isNotNull();
                TaskSchedule predecessor = schedule.task(link.predecessorId());
                TaskSchedule successor = schedule.task(link.successorId());
                assertThat(slack(link, predecessor.earlyStart(), predecessor, successor.earlyStart(), successor, scenario.calendar())).isZero();
            }
        }
        assertThat(onChains).containsExactlyInAnyOrderElementsOf(schedule.criticalPath());
    }

    @PropertyTest
    void aLaterDeadlineAddsTheSameFloatToEveryTask(Gen gen) {
        Scenario scenario = scenario(gen);
        int extra = gen.intBetween(-5, 10);
        Schedule base = scenario.schedule();
        LocalDate deadline = scenario.calendar().addWorkingDays(base.projectFinish(), extra);

        Schedule withDeadline = Scheduler.on(scenario.calendar()).schedule(scenario.graph(), scenario.projectStart(), deadline);

        // A project that does no work before its last instant finishes at the beginning of its start date,
        // a day before the end of that date.
        int noWork = finishInstant(base, scenario.calendar()).equals(base.projectStart()) ? 1 : 0;
        extra += noWork;
        assertThat(withDeadline.projectFloat()).isEqualTo(extra);
        assertThat(withDeadline.criticalPath()).isEqualTo(base.criticalPath());
        assertThat(withDeadline.criticalChains()).isEqualTo(base.criticalChains());
        for (TaskSchedule task : base.tasks()) {
            TaskSchedule shifted = withDeadline.task(task.taskId());
            assertThat(shifted.totalFloat()).isEqualTo(task.totalFloat() + extra);
            assertThat(shifted.freeFloat()).isEqualTo(task.freeFloat());
            assertThat(shifted.earlyStart()).isEqualTo(task.earlyStart());
        }
    }

    /**
     * A zero-duration task inserted anywhere: on a link (the link runs into the milestone with its type and
     * lag, and on from it with lag 0 to the same end of the successor), as a finish node after some tasks,
     * or as a start node before some; with or without a deadline. No other task's dates or total float move,
     * nor the project finish or float; free float moves only for the tasks that now run into the milestone.
     */
    @PropertyTest
    void insertingAZeroDurationTaskAnywhereChangesNoOtherTasksFloat(Gen gen) {
        // given
        Scenario scenario = scenario(gen);
        UUID milestone = new UUID(1, 0);
        List<UUID> ids = scenario.tasks().stream().map(ScheduleTask::id).toList();
        List<Link> links = new ArrayList<>(scenario.links());
        int where = links.isEmpty() ? gen.intBetween(1, 2) : gen.intBetween(0, 2);
        if (where == 0) {
            Link split = links.remove(gen.intBetween(0, links.size() - 1));
            links.add(Link.of(split.predecessorId(), milestone, split.type(), split.lagDays()));
            boolean toSuccessorStart = split.type() == DependencyType.FS || split.type() == DependencyType.SS;
            links.add(Link.of(milestone, split.successorId(), toSuccessorStart ? DependencyType.FS : DependencyType.FF, 0));
        } else {
            for (UUID other : gen.setOf(1, ids.size(), () -> gen.oneOf(ids.toArray(UUID[]::new)))) {
                links.add(where == 1 ? Link.finishToStart(other, milestone) : Link.of(milestone, other, gen.oneOf(DependencyType.FS, DependencyType.SS), 0));
            }
        }
        List<ScheduleTask> tasks = new ArrayList<>(scenario.tasks());
        tasks.add(gen.intBetween(0, tasks.size()), ScheduleTask.milestone(milestone));
        Scheduler scheduler = Scheduler.on(scenario.calendar());
        Optional<LocalDate> deadline = Optional.ofNullable(gen.orNull(0.5, () -> scenario.projectStart().plusDays(gen.intBetween(-5, 80))));

        // when
        Schedule before = deadline.map(date -> scheduler.schedule(scenario.graph(), scenario.projectStart(), date)).orElseGet(scenario::schedule);
        DependencyGraph withMilestone = DependencyGraph.of(tasks, links);
        Schedule after = deadline.map(date -> scheduler.schedule(withMilestone, scenario.projectStart(), date))
                .orElseGet(() -> scheduler.schedule(withMilestone, scenario.projectStart()));

        // then
        assertThat(after.projectFinish()).isEqualTo(before.projectFinish());
        assertThat(after.projectFloat()).isEqualTo(before.projectFloat());
        assertThat(after.deadline()).isEqualTo(before.deadline());
        Set<UUID> intoMilestone = new HashSet<>();
        links.stream().filter(link -> link.successorId().equals(milestone)).forEach(link -> intoMilestone.add(link.predecessorId()));
        for (TaskSchedule task : before.tasks()) {
            TaskSchedule now = after.task(task.taskId());
            assertThat(now.totalFloat()).as("total float of %s", task).isEqualTo(task.totalFloat());
            assertThat(now.critical()).as("%s critical", task).isEqualTo(task.critical());
            assertThat(List.of(now.earlyStart(), now.earlyFinish(), now.lateStart(), now.lateFinish())).as("dates of %s", task)
                    .isEqualTo(List.of(task.earlyStart(), task.earlyFinish(), task.lateStart(), task.lateFinish()));
            if (!intoMilestone.contains(task.taskId())) {
                assertThat(now.freeFloat()).as("free float of %s", task).isEqualTo(task.freeFloat());
            }
        }
    }

    @PropertyTest
    void addingTheWorkingDaysBetweenTwoWorkingDaysLeadsFromOneToTheOther(Gen gen) {
        Scenario scenario = scenario(gen);
        int offset = gen.intBetween(-60, 60);
        int steps = gen.intBetween(-40, 40);
        WorkingCalendar calendar = scenario.calendar();
        LocalDate a = calendar.workingDayOnOrAfter(scenario.projectStart());
        LocalDate b = calendar.workingDayOnOrAfter(scenario.projectStart().plusDays(offset));

        assertThat(calendar.addWorkingDays(a, calendar.workingDaysBetween(a, b))).isEqualTo(b);
        assertThat(calendar.workingDaysBetween(a, calendar.addWorkingDays(a, steps))).isEqualTo(steps);
    }

    /**
     * How many working days the tie of {@code link} is met with to spare: the later end compared with the
     * earlier end plus the lag, each end an instant named by the working day that begins with it.
     */
    private static int slack(Link link, LocalDate predecessorStart, TaskSchedule predecessor, LocalDate successorStart,
            TaskSchedule successor, WorkingCalendar calendar) {
        LocalDate predecessorFinish = finishInstant(predecessor, predecessor.earlyFinish(), calendar);
        LocalDate successorFinish = finishInstant(successor, successor.earlyFinish(), calendar);
        return switch (link.type()) {
            case FS -> calendar.workingDaysBetween(calendar.addWorkingDays(predecessorFinish, link.lagDays()), successorStart);
            case SS -> calendar.workingDaysBetween(calendar.addWorkingDays(predecessorStart, link.lagDays()), successorStart);
            case FF -> calendar.workingDaysBetween(calendar.addWorkingDays(predecessorFinish, link.lagDays()), successorFinish);
            case SF -> calendar.workingDaysBetween(calendar.addWorkingDays(predecessorStart, link.lagDays()), successorFinish);
        };
    }

    private static int lateSlack(Link link, TaskSchedule predecessor, TaskSchedule successor, WorkingCalendar calendar) {
        LocalDate predecessorFinish = finishInstant(predecessor, predecessor.lateFinish(), calendar);
        LocalDate successorFinish = finishInstant(successor, successor.lateFinish(), calendar);
        return switch (link.type()) {
            case FS -> calendar.workingDaysBetween(calendar.addWorkingDays(predecessorFinish, link.lagDays()), successor.lateStart());
            case SS -> calendar.workingDaysBetween(calendar.addWorkingDays(predecessor.lateStart(), link.lagDays()), successor.lateStart());
            case FF -> calendar.workingDaysBetween(calendar.addWorkingDays(predecessorFinish, link.lagDays()), successorFinish);
            case SF -> calendar.workingDaysBetween(calendar.addWorkingDays(predecessor.lateStart(), link.lagDays()), successorFinish);
        };
    }

    /**
     * The working day that begins at the project's finish instant, the latest finish instant of its tasks
     * (the project start when there is none).
     */
    private static LocalDate finishInstant(Schedule schedule, WorkingCalendar calendar) {
        return schedule.tasks().stream().map(task -> finishInstant(task, task.earlyFinish(), calendar))
                .max(LocalDate::compareTo).orElse(schedule.projectStart());
    }

    /** The working day that begins at the instant the task finishes: the day after its finish date, or a milestone's own date. */
    private static LocalDate finishInstant(TaskSchedule task, LocalDate finishDate, WorkingCalendar calendar) {
        return task.isMilestone() ? finishDate : calendar.nextWorkingDay(finishDate);
    }
}
