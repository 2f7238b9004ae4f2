package dev.atlvs.projects.schedule;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The critical path method on a {@link WorkingCalendar}: a forward pass gives every task its early
 * dates, a backward pass from the project finish (or a deadline) its late dates, and from both come the
 * floats and the critical path. Pure and thread-safe; it reads no clock, the project start is given.
 *
 * <pre>{@code
 * Schedule schedule = Scheduler.on(calendar).schedule(graph, LocalDate.of(2026, 6, 1));
 * }</pre>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Days.</b> Durations, lags and floats count working days of the calendar. Every date the
 *       scheduler returns is a working day. A project start that is not a working day moves to the next
 *       working day.</li>
 *   <li><b>Inclusive dates.</b> A task of {@code d ≥ 1} days starting on day {@code S} works {@code S} and
 *       the next {@code d - 1} working days; its finish date is the last of them. A 1-day task starting
 *       Monday finishes Monday; a 3-day task starting Thursday finishes the next Monday (Monday to
 *       Friday).</li>
 *   <li><b>Instants.</b> Links are evaluated on instants: a task starts at the beginning of its start
 *       date and finishes at the end of its finish date. The end of one working day and the beginning of
 *       the next are the same instant.</li>
 *   <li><b>Milestones</b> (duration 0) are instants: a milestone finishes at the very instant its
 *       driving predecessors finish (or its own start allows), and takes no time. Its start and finish
 *       dates are the working day that begins at that instant. A milestone linked finish-to-start (lag 0)
 *       after a task finishing Thursday is the instant between Thursday and Friday, dated Friday, the
 *       first day its successors may start; its own finish-to-start successors may start on Friday too.
 *       To put a milestone inside a task's last day instead, use lag -1. Because a milestone is an
 *       instant, inserting or removing a zero-duration task (a FINISH node, a milestone between two
 *       linked tasks) never changes the project finish, the deadline comparison or another task's
 *       total float.</li>
 *   <li><b>Links</b> with lag {@code n} (see {@link DependencyType}):
 *     <ul>
 *       <li>{@code FS}: successor start ≥ predecessor finish + n. Lag 0: the successor starts on the
 *           next working day after the predecessor's finish date; lag 2: two working days are left
 *           free in between.</li>
 *       <li>{@code SS}: successor start ≥ predecessor start + n. Lag 0: both may start the same day.</li>
 *       <li>{@code FF}: successor finish ≥ predecessor finish + n. Lag 0: both may finish the same day.</li>
 *       <li>{@code SF}: successor finish ≥ predecessor start + n. Lag 0: the successor finishes on the
 *           last working day before the predecessor's start date; lag 1: on the predecessor's start date.</li>
 *     </ul>
 *     A negative lag is a lead: the successor may begin (or end) that many working days earlier, for
 *     example {@code FS} lag -2 lets it start on the predecessor's second-to-last day.</li>
 *   <li><b>Early dates.</b> A task starts as early as all of: the project start, its
 *       {@link ScheduleTask#startNoEarlierThan() start-no-earlier-than} date (moved to a working day on
 *       or after it), and each of its incoming links allow. A task without links or constraint starts on
 *       the project start; no task starts before the project start, whatever the leads.</li>
 *   <li><b>Project finish</b> is the latest early finish instant of any task, milestones included.
 *       {@link Schedule#projectFinish()} dates it by the working day at whose end it falls, the last day
 *       of work; a project of milestones at its start, or an empty one, finishes on its start date.</li>
 *   <li><b>Late dates</b> are the latest dates that keep every link and finish no later than the
 *       <em>deadline</em>: the end of the deadline's day when a deadline is given (a deadline that is not
 *       a working day moves to the working day before it), else the project finish instant. Every task,
 *       a milestone included, meets the deadline when its finish instant is no later than that: a
 *       task finishing on the deadline's day meets it, and so does a milestone right after it. The late
 *       dates ignore the project start and start-no-earlier-than dates, as the critical path method
 *       does.</li>
 *   <li><b>Total float</b> = late start - early start, in working days. Without a deadline it is never
 *       negative; a deadline shifts every task's total float by the working days between the project
 *       finish and the deadline (negative when the deadline is missed).</li>
 *   <li><b>Free float</b> = how many working days a task can slip, every other task keeping its early
 *       dates, before it moves the early dates of a successor or the project finish instant; never
 *       negative.</li>
 *   <li><b>Critical</b> tasks are those whose total float is the smallest of the schedule, which is
 *       always the working days from project finish to deadline (0 without a deadline). There is at
 *       least one critical task when there is a task.
 *       {@link Schedule#criticalPath()} lists all of them in topological order;
 *       {@link Schedule#criticalChains()} splits them into chains: every path along <em>driving</em>
 *       links (a link between two critical tasks that the early dates meet exactly), from a critical
 *       task no driving link enters (it starts on the project start or its start-no-earlier-than date) to
 *       one no driving link leaves (it finishes on the project finish). Two critical chains sharing tasks
 *       are two entries sharing ids.</li>
 * </ul>
 */
public final class Scheduler {
    private final WorkingCalendar calendar;

    private Scheduler(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** A scheduler that counts working days on {@code calendar}. */
    public static Scheduler on(WorkingCalendar calendar) {
        return new Scheduler(requireNonNull(calendar, "calendar is null"));
    }

    /** The calendar this scheduler counts on. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** Schedules {@code graph} from {@code projectStart}; late dates are computed against the project finish. */
    public Schedule schedule(DependencyGraph graph, LocalDate projectStart) {
        return schedule(graph, projectStart, Optional.empty());
    }

    /** Schedules {@code graph} from {@code projectStart}; late dates are computed against {@code deadline}. */
    public Schedule schedule(DependencyGraph graph, LocalDate projectStart, LocalDate deadline) {
        return schedule(graph, projectStart, Optional.of(requireNonNull(deadline, "deadline is null")));
    }

    private Schedule schedule(DependencyGraph graph, LocalDate projectStart, Optional<LocalDate> deadline) {
        requireNonNull(graph, "graph is null");
        requireNonNull(projectStart, "projectStart is null");
        // Internally a day number i is the instant at the beginning of the i-th working day counted
        // from the project start (0); a task of d days starting at s finishes at the instant s + d.
        Days days = new Days(calendar, calendar.workingDayOnOrAfter(projectStart));
        List<UUID> order = graph.topologicalOrder();
        int size = order.size();
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < size; i++) {
            position.put(order.get(i), i);
        }
        int[] duration = new int[size];
        int[] earlyStart = new int[size];
        int[] earlyFinish = new int[size];
        int projectFinish = 0;
        for (int i = 0; i < size; i++) {
            ScheduleTask task = graph.task(order.get(i));
            int d = task.durationDays();
            duration[i] = d;
            int start = 0;
            if (task.startNoEarlierThan().isPresent()) {
                start = Math.max(start, days.number(calendar.workingDayOnOrAfter(task.startNoEarlierThan().get())));
            }
            for (Link link : graph.linksTo(task.id())) {
                int p = position.get(link.predecessorId());
                int lag = link.lagDays();
                int allowed = switch (link.type()) {
                    case FS -> earlyFinish[p] + lag;
                    case SS -> earlyStart[p] + lag;
                    case FF -> earlyFinish[p] + lag - d;
                    case SF -> earlyStart[p] + lag - d;
                };
                start = Math.max(start, allowed);
            }
            earlyStart[i] = start;
            earlyFinish[i] = start + d;
            projectFinish = Math.max(projectFinish, earlyFinish[i]);
        }

        // Finishes, milestones and the deadline are compared as instants: the deadline is the end of its day.
        Optional<LocalDate> deadlineDate = deadline.map(calendar::workingDayOnOrBefore);
        int deadlineInstant = deadlineDate.map(date -> days.number(date) + 1).orElse(projectFinish);
        int[] lateStart = new int[size];
        int[] lateFinish = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            int d = duration[i];
            int finish = deadlineInstant;
            for (Link link : graph.linksFrom(order.get(i))) {
                int s = position.get(link.successorId());
                int lag = link.lagDays();
                int allowed = switch (link.type()) {
                    case FS -> lateStart[s] - lag;
                    case SS -> lateStart[s] - lag + d;
                    case FF -> lateFinish[s] - lag;
                    case SF -> lateFinish[s] - lag + d;
                };
                finish = Math.min(finish, allowed);
            }
            lateFinish[i] = finish;
            lateStart[i] = finish - d;
        }

        int smallestFloat = deadlineInstant - projectFinish;
        boolean[] critical = new boolean[size];
        for (int i = 0; i < size; i++) {
            critical[i] = lateStart[i] - earlyStart[i] == smallestFloat;
        }
        List<List<Integer>> driving = new ArrayList<>(size);
        boolean[] driven = new boolean[size];
        List<TaskSchedule> tasks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int d = duration[i];
            int freeFloat = projectFinish - earlyFinish[i];
            List<Integer> drives = new ArrayList<>();
            for (Link link : graph.linksFrom(order.get(i))) {
                int s = position.get(link.successorId());
                int slack = slack(link, earlyStart[i], earlyFinish[i], earlyStart[s], earlyFinish[s]);
                freeFloat = Math.min(freeFloat, slack);
                if (critical[i] && critical[s] && slack == 0) {
                    drives.add(s);
                    driven[s] = true;
                }
            }
            drives.sort(null);
            driving.add(drives);
            int totalFloat = lateStart[i] - earlyStart[i];
            tasks.add(TaskSchedule.builder()
                    .taskId(order.get(i))
                    .durationDays(d)
                    .earlyStart(days.date(earlyStart[i]))
                    .earlyFinish(days.date(finishDay(earlyFinish[i], d)))
                    .lateStart(days.date(lateStart[i]))
                    .lateFinish(days.date(finishDay(lateFinish[i], d)))
                    .totalFloat(totalFloat)
                    .freeFloat(freeFloat)
                    .critical(critical[i])
                    .build());
        }
        List<List<UUID>> chains = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (critical[i] && !driven[i]) {
                List<Integer> path = new ArrayList<>();
                path.add(i);
                collectChains(path, driving, order, chains);
            }
        }
        LocalDate projectFinishDate = projectFinish == 0 ? days.date(0) : days.date(projectFinish - 1);
        return new Schedule(graph, calendar, days.date(0), projectFinishDate, deadlineDate.orElse(projectFinishDate), smallestFloat, tasks,
                chains);
    }

    /** Every path along driving links from the last task of {@code path} to a task no driving link leaves. */
    private static void collectChains(List<Integer> path, List<List<Integer>> driving, List<UUID> order, List<List<UUID>> chains) {
        List<Integer> next = driving.get(path.get(path.size() - 1));
        if (next.isEmpty()) {
            chains.add(path.stream().map(order::get).toList());
            return;
        }
        for (int successor : next) {
            path.add(successor);
            collectChains(path, driving, order, chains);
            path.remove(path.size() - 1);
        }
    }

    /** The day number of the finish date: the last working day for a task, the day that begins at it for a milestone. */
    private static int finishDay(int finishInstant, int duration) {
        return duration > 0 ? finishInstant - 1 : finishInstant;
    }

    /** How many working days the predecessor's early dates could move before the link binds. */
    private static int slack(Link link, int predecessorStart, int predecessorFinish, int successorStart, int successorFinish) {
        int lag = link.lagDays();
        return switch (link.type()) {
            case FS -> successorStart - (predecessorFinish + lag);
            case SS -> successorStart - (predecessorStart + lag);
            case FF -> successorFinish - (predecessorFinish + lag);
            case SF -> successorFinish - (predecessorStart + lag);
        };
    }

    /** Day numbers to dates and back, remembering the dates from the project start on. */
    private static final class Days {
        private final WorkingCalendar calendar;
        private final LocalDate start;
        private final List<LocalDate> dates = new ArrayList<>();

        Days(WorkingCalendar calendar, LocalDate start) {
            this.calendar = calendar;
            this.start = start;
            dates.add(start);
        }

        LocalDate date(int number) {
            if (number < 0) {
                return calendar.addWorkingDays(start, number);
            }
            while (dates.size() <= number) {
                dates.add(calendar.nextWorkingDay(dates.get(dates.size() - 1)));
            }
            return dates.get(number);
        }

        /** The number of a working day. */
        int number(LocalDate workingDay) {
            return calendar.workingDaysBetween(start, workingDay);
        }
    }
}
