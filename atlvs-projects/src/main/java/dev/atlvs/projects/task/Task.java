package dev.atlvs.projects.task;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.projects.project.Priority;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A to-do of a project: advance the venue, book the generators, submit the permit. Tasks form an acyclic
 * sub-task tree inside one project ({@link #parentTaskId()}), may count towards one of the project's
 * milestones, and follow {@link TaskStatus}; {@link #completedAt()} is set exactly when the task is done,
 * and a task is done only once its sub-tasks are done or cancelled (the database holds both). Change the
 * status through {@link TaskService}, which checks the lifecycle and the task's predecessors. Users
 * delete and restore tasks (soft delete).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("project_tasks")
public interface Task extends TenantEntity, SoftDeletable {

    Table<Task, ImmutableTask.Builder> TABLE = TaskTable.TABLE;

    static ImmutableTask.Builder builder() {
        return ImmutableTask.builder();
    }

    /** The project; a task never moves to another. */
    @Db.Fixed
    UUID projectId();

    /** The task this one is a sub-task of, in the same project. */
    Optional<UUID> parentTaskId();

    /** The milestone of the same project this task counts towards. */
    Optional<UUID> milestoneId();

    @Db.Sortable
    @NotBlank
    @Size(max = 500)
    String title();

    Optional<@Size(max = 20_000) String> description();

    @Db.Sortable
    @Value.Default
    default TaskStatus status() {
        return TaskStatus.TODO;
    }

    @Db.Sortable
    @Value.Default
    default Priority priority() {
        return Priority.MEDIUM;
    }

    /** The member doing the task. */
    Optional<UUID> assigneeUserId();

    /** The member who asked for it. */
    Optional<UUID> reporterUserId();

    /** The estimate in hours: the task's weight in progress rollups. */
    @Db.Numeric(precision = 8, scale = 2)
    Optional<@PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal> estimatedHours();

    /** Hours spent; derived from time entries once they exist. */
    @Db.Numeric(precision = 8, scale = 2)
    @Value.Default
    @PositiveOrZero
    @Digits(integer = 6, fraction = 2)
    default BigDecimal actualHours() {
        return new BigDecimal("0.00");
    }

    Optional<LocalDate> startDate();

    /** Not before {@link #startDate()}. */
    Optional<LocalDate> dueDate();

    /** When the task was done: present exactly when {@link #status()} is {@link TaskStatus#DONE}. */
    Optional<Instant> completedAt();

    /** The order on the project's board, from 0. */
    @Db.Sortable
    @Value.Default
    @PositiveOrZero
    default int position() {
        return 0;
    }

    /** Whether the task is neither done nor cancelled. */
    default boolean isOpen() {
        return status().isOpen();
    }

    /** Whether the task is open and was due before {@code today}. */
    default boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueDate().map(due -> due.isBefore(today)).orElse(false);
    }

    @Value.Check
    default void check() {
        Violations.of("Task")
                .ordered(startDate(), dueDate(), dev.atlvs.projects.ProjectsRules.PROJECT_TASKS_DUE_DATE_CHECK)
                .require((status() == TaskStatus.DONE) == completedAt().isPresent(), dev.atlvs.projects.ProjectsRules.PROJECT_TASKS_COMPLETED_AT_CHECK)
                .require(parentTaskId().map(parent -> !parent.equals(id())).orElse(true), dev.atlvs.projects.ProjectsRules.PROJECT_TASKS_PARENT_TASK_ID_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
