package dev.atlvs.projects.schedule;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyRepository;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Schedules a stored project: its tasks and dependencies go through {@link Scheduler} on a working
 * calendar. Cancelled tasks and the links that touch them are left out. A task's duration, in working
 * days, is taken from its planned dates when it has both (start to due, inclusive), else from its
 * estimate at {@value #HOURS_PER_DAY} hours a day (rounded up), else one day; a task with a start date
 * may not start before it. The project starts on its start date, else on its earliest task start, else
 * today by the SDK clock.
 *
 * <pre>{@code
 * Schedule plan = new ProjectScheduler(tx).schedule(projectId, WorkingCalendar.mondayToFriday());
 * plan.criticalPath();   // the tasks with no float, in order
 * }</pre>
 */
public final class ProjectScheduler {
    /** Working hours in a day, to turn estimates into durations. */
    public static final int HOURS_PER_DAY = 8;

    private final TenantTransaction tx;

    public ProjectScheduler(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** The schedule of project {@code projectId} on {@code calendar}. */
    public Schedule schedule(UUID projectId, WorkingCalendar calendar) {
        tx.require(dev.atlvs.projects.ProjectsPermissions.TASKS_READ);
        Project project = tx.repository(ProjectRepository.class).get(projectId);
        List<Task> tasks = tx.repository(TaskRepository.class).ofProject(projectId).stream()
                .filter(task -> task.status() != TaskStatus.CANCELLED)
                .sorted(Comparator.comparing(Task::id))
                .toList();
        Set<UUID> scheduled = tasks.stream().map(Task::id).collect(Collectors.toSet());
        List<ScheduleTask> nodes = tasks.stream().map(task -> node(task, calendar)).toList();
        List<Link> links = tx.repository(DependencyRepository.class).ofProject(projectId).stream()
                .filter(link -> scheduled.contains(link.predecessorId()) && scheduled.contains(link.successorId()))
                .map(ProjectScheduler::link)
                .toList();
        LocalDate start = project.startDate()
                .or(() -> tasks.stream().flatMap(task -> task.startDate().stream()).min(Comparator.naturalOrder()))
                .orElseGet(() -> LocalDate.now(tx.clock()));
        return Scheduler.on(calendar).schedule(DependencyGraph.of(nodes, links), start);
    }

    private static ScheduleTask node(Task task, WorkingCalendar calendar) {
        int days;
        if (task.startDate().isPresent() && task.dueDate().isPresent()) {
            days = Math.max(1, calendar.workingDaysBetween(task.startDate().get(), task.dueDate().get().plusDays(1)));
        } else if (task.estimatedHours().filter(hours -> hours.signum() > 0).isPresent()) {
            days = task.estimatedHours().get().divide(BigDecimal.valueOf(HOURS_PER_DAY), 0, RoundingMode.CEILING).intValueExact();
        } else {
            days = 1;
        }
        ImmutableScheduleTask.Builder node = ScheduleTask.builder().id(task.id()).durationDays(days);
        task.startDate().ifPresent(node::startNoEarlierThan);
        return node.build();
    }

    private static Link link(Dependency dependency) {
        return Link.of(dependency.predecessorId(), dependency.successorId(), dependency.type(), dependency.lagDays());
    }
}
