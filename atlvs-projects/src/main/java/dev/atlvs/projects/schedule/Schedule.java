package dev.atlvs.projects.schedule;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.projects.ProjectsErrorCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The result of {@link Scheduler#schedule}: every task's early and late dates and floats, the project's
 * start and finish, and the critical path, under the conventions {@link Scheduler} documents. Immutable
 * and thread-safe.
 */
public final class Schedule {
    private final DependencyGraph graph;
    private final WorkingCalendar calendar;
    private final LocalDate projectStart;
    private final LocalDate projectFinish;
    private final LocalDate deadline;
    private final int projectFloat;
    private final List<TaskSchedule> tasks;
    private final Map<UUID, TaskSchedule> byId;
    private final List<UUID> criticalPath;
    private final List<List<UUID>> criticalChains;

    Schedule(DependencyGraph graph, WorkingCalendar calendar, LocalDate projectStart, LocalDate projectFinish, LocalDate deadline,
            int projectFloat, List<TaskSchedule> tasks, List<List<UUID>> criticalChains) {
        this.graph = graph;
        this.calendar = calendar;
        this.projectStart = projectStart;
        this.projectFinish = projectFinish;
        this.deadline = deadline;
        this.projectFloat = projectFloat;
        this.tasks = List.copyOf(tasks);
        Map<UUID, TaskSchedule> index = new HashMap<>();
        tasks.forEach(task -> index.put(task.taskId(), task));
        this.byId = Map.copyOf(index);
        this.criticalPath = tasks.stream().filter(TaskSchedule::critical).map(TaskSchedule::taskId).toList();
        this.criticalChains = criticalChains.stream().map(List::copyOf).toList();
    }

    /** The graph that was scheduled. */
    public DependencyGraph graph() {
        return graph;
    }

    /** The calendar the working days were counted on. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The first working day on or after the requested project start; unconstrained tasks start on it. */
    public LocalDate projectStart() {
        return projectStart;
    }

    /**
     * The working day at whose end the project finishes: the last day of work of the task that finishes
     * latest. A milestone closing the project is the instant at the end of this day (dated the working day
     * after it, which it begins). The project start when no task takes time before the last instant (only
     * milestones at the start, or no task).
     */
    public LocalDate projectFinish() {
        return projectFinish;
    }

    /**
     * The date the late dates were computed against: the given deadline, moved to the working day on or
     * before it, or {@link #projectFinish()} when none was given. Work meets it by finishing by the end
     * of this day.
     */
    public LocalDate deadline() {
        return deadline;
    }

    /**
     * Working days from the project's finish instant to the end of the {@link #deadline()}'s day: the
     * total float of every critical task. 0 without a deadline; negative when the deadline is missed. When
     * work precedes the finish this is the working days from {@link #projectFinish()} to the deadline.
     */
    public int projectFloat() {
        return projectFloat;
    }

    /** Every task's schedule, in the graph's {@link DependencyGraph#topologicalOrder() topological order}. */
    public List<TaskSchedule> tasks() {
        return tasks;
    }

    /** The schedule of one task; a {@link NotFoundException} ({@link ProjectsErrorCode#SCHEDULE_TASK_NOT_FOUND}) for a task not scheduled here. */
    public TaskSchedule task(UUID taskId) {
        return find(taskId).orElseThrow(() -> new NotFoundException(ProjectsErrorCode.SCHEDULE_TASK_NOT_FOUND, "ScheduleTask",
                "task " + taskId + " is not in the schedule"));
    }

    /** The schedule of one task, if it was scheduled here. */
    public Optional<TaskSchedule> find(UUID taskId) {
        return Optional.ofNullable(byId.get(requireNonNull(taskId, "taskId is null")));
    }

    /**
     * Every critical task, in topological order. Non-empty when there is a task; its last task finishes at
     * the project's finish instant. When several chains are critical their tasks are interleaved here; see
     * {@link #criticalChains()} to tell them apart.
     */
    public List<UUID> criticalPath() {
        return criticalPath;
    }

    /**
     * The critical tasks as chains: every path along driving links (between two critical tasks, met
     * exactly by the early dates) from a critical task that no driving link enters to one that no driving
     * link leaves, which finishes at the project's finish instant. Chains are ordered by the topological
     * positions of their tasks, compared element by element; a task on several chains appears in each.
     * The number of chains can grow quickly in a network with many parallel critical branches.
     */
    public List<List<UUID>> criticalChains() {
        return criticalChains;
    }

    @Override
    public String toString() {
        return "Schedule{" + projectStart + " to " + projectFinish + ", " + tasks.size() + " tasks, critical " + criticalPath + "}";
    }
}
