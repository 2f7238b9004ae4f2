package dev.atlvs.projects.task;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.projects.ProjectsErrorCode;
import dev.atlvs.projects.ProjectsPermissions;
import dev.atlvs.projects.internal.ProjectsEventTypes;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.project.ProjectRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creating tasks and moving them through their lifecycle ({@link TaskStatus}) inside the caller's tenant
 * transaction. The database holds the same-project, acyclic-tree and done-with-open-sub-tasks rules
 * whatever code writes; this service reports them first, by field and rule, and adds the rules that
 * have an override: a task is started only once its finish-to-start predecessors are done, unless the
 * start is forced with a reason recorded in the audit trail.
 *
 * <p>Permissions: {@link ProjectsPermissions#TASKS_CREATE} and {@link ProjectsPermissions#TASKS_UPDATE}; overriding the predecessors needs {@link ProjectsPermissions#TASKS_MANAGE}.
 */
public final class TaskService {

    private final TenantTransaction tx;
    private final TaskRepository tasks;

    public TaskService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.tasks = tx.repository(TaskRepository.class);
    }

    /**
     * Stores a new task.
     *
     * @throws ValidationException when it breaks a rule, or its parent task (field {@code parentTaskId}, rule
     *         {@code project_tasks_parent_fkey}) or milestone (field {@code milestoneId}, rule
     *         {@code project_tasks_milestone_fkey}) belongs to another project
     * @throws ReferenceMissingException when the project, the parent task or the milestone does not exist
     */
    public Task create(Task task) {
        requireNonNull(task, "task is null");
        tx.require(ProjectsPermissions.TASKS_CREATE);
        tx.validate("Task", task);
        if (tx.repository(ProjectRepository.class).find(task.projectId()).isEmpty()) {
            throw new ReferenceMissingException("Task", "projectId", "project_tasks_project_fkey", null);
        }
        if (task.parentTaskId().isPresent()) {
            Task parent = tasks.find(task.parentTaskId().get())
                    .orElseThrow(() -> new ReferenceMissingException("Task", "parentTaskId", "project_tasks_parent_fkey", null));
            if (!parent.projectId().equals(task.projectId())) {
                throw ValidationException.of("Task", "parentTaskId", "project_tasks_parent_fkey", "must be a task of the same project");
            }
        }
        if (task.milestoneId().isPresent()) {
            Milestone milestone = tx.repository(MilestoneRepository.class).find(task.milestoneId().get())
                    .orElseThrow(() -> new ReferenceMissingException("Task", "milestoneId", "project_tasks_milestone_fkey", null));
            if (!milestone.projectId().equals(task.projectId())) {
                throw ValidationException.of("Task", "milestoneId", "project_tasks_milestone_fkey", "must be a milestone of the same project");
            }
        }
        Task created = tasks.insert(task);
        new DomainEvents(tx).append("task", created.id(), ProjectsEventTypes.TASK_CREATED,
                java.util.Map.of("projectId", created.projectId(), "title", created.title(), "status", created.status()));
        return created;
    }

    /**
     * Moves task {@code id} to {@code target}: done sets {@link Task#completedAt()} to now, leaving done clears it.
     *
     * @throws ConflictException ({@link ProjectsErrorCode#TASK_TRANSITION_INVALID}, field {@code status}, rule
     *         {@code project_tasks_status_transition}) when {@link TaskStatus#LIFECYCLE} does not allow the move;
     *         ({@link CoreErrorCode#RULE_VIOLATED}, field {@code status}) when starting a
     *         task whose finish-to-start predecessors are not done
     * @throws ValidationException (field {@code status}, rule {@code project_tasks_children_open}) when completing
     *         a task with open sub-tasks
     */
    public Task changeStatus(UUID id, TaskStatus target) {
        requireNonNull(id, "id is null");
        requireNonNull(target, "target is null");
        tx.require(ProjectsPermissions.TASKS_UPDATE);
        Task task = TaskStatus.LIFECYCLE.require(tasks.get(id), target);
        if (starts(task, target)) {
            List<Task> waitingFor = tasks.unfinishedFinishToStartPredecessors(id);
            if (!waitingFor.isEmpty()) {
                throw new ConflictException(CoreErrorCode.RULE_VIOLATED, "status", "a task starts once its finish-to-start predecessors are done; "
                        + waitingFor.size() + " predecessor(s) are not");
            }
        }
        return move(task, target);
    }

    /**
     * Moves task {@code id} to {@code target} even though its predecessors are not done, recording {@code reason} in the audit trail.
     *
     * @throws ConflictException ({@link ProjectsErrorCode#TASK_TRANSITION_INVALID}, field {@code status}) when
     *         {@link TaskStatus#LIFECYCLE} does not allow the move
     */
    public Task changeStatusOverridingDependencies(UUID id, TaskStatus target, String reason) {
        requireNonNull(id, "id is null");
        requireNonNull(target, "target is null");
        tx.require(ProjectsPermissions.TASKS_MANAGE);
        Task task = TaskStatus.LIFECYCLE.require(tasks.get(id), target);
        return tx.withAuditReason(reason, () -> move(task, target));
    }

    private static boolean starts(Task task, TaskStatus target) {
        return target == TaskStatus.IN_PROGRESS && (task.status() == TaskStatus.TODO || task.status() == TaskStatus.BLOCKED);
    }

    private Task move(Task task, TaskStatus target) {
        if (target == TaskStatus.DONE && tasks.subtasks(task.id()).stream().anyMatch(Task::isOpen)) {
            throw dev.atlvs.projects.ProjectsRules.PROJECT_TASKS_CHILDREN_OPEN.exception();
        }
        Task moved = tasks.update(ImmutableTask.builder().from(task)
                .status(target)
                .completedAt(target == TaskStatus.DONE ? Optional.of(tx.now()) : Optional.empty())
                .build());
        new DomainEvents(tx).append("task", moved.id(), ProjectsEventTypes.TASK_STATUS_CHANGED,
                java.util.Map.of("projectId", moved.projectId(), "from", task.status(), "to", moved.status()));
        return moved;
    }
}
