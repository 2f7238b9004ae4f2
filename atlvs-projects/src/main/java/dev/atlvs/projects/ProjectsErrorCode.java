package dev.atlvs.projects;

import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.ErrorCode;

/**
 * Error codes of the projects module, numbered 2000-2999. Numbers are stable: never reuse or renumber
 * one once released.
 *
 * <p>Blocks: 2000-2499 projects, tasks, milestones, dependencies, resources, timelines and budgets (the
 * repositories and services), of which 2400-2449 are the status lifecycles (one
 * {@code <AGGREGATE>_TRANSITION_INVALID} per aggregate with a {@link dev.atlvs.core.lifecycle.Lifecycle});
 * 2500-2549 scheduling ({@code dev.atlvs.projects.schedule}: tasks and links
 * given to the scheduler, dependency graph, working calendar); 2550-2599 resource load.
 */
public enum ProjectsErrorCode implements ErrorCode {

    // --- Status lifecycles (2400-2449) ---

    /** A project status change its lifecycle (L-PLAN, {@code ProjectStatus.LIFECYCLE}) does not allow. */
    PROJECT_TRANSITION_INVALID(2400, ErrorCategory.CONFLICT),
    /** A task status change its lifecycle (L-WORK, {@code TaskStatus.LIFECYCLE}) does not allow. */
    TASK_TRANSITION_INVALID(2401, ErrorCategory.CONFLICT),

    // --- Scheduling (2500-2549): dev.atlvs.projects.schedule ---

    /** A task given to the scheduler breaks a rule (a negative duration), or two tasks share an id. */
    SCHEDULE_TASK_INVALID(2500, ErrorCategory.VALIDATION),
    /** A dependency link breaks a rule: it links a task to itself, names an unknown task, or repeats a pair. */
    DEPENDENCY_INVALID(2501, ErrorCategory.VALIDATION),
    /** The dependency links form a cycle, or a new link would close one. */
    DEPENDENCY_CYCLE(2502, ErrorCategory.CONFLICT),
    /** A working calendar breaks a rule (no working weekday at all). */
    CALENDAR_INVALID(2503, ErrorCategory.VALIDATION),
    /** A dependency graph or a computed schedule was asked for a task it does not hold. */
    SCHEDULE_TASK_NOT_FOUND(2504, ErrorCategory.NOT_FOUND),

    // --- Resource load (2550-2599): dev.atlvs.projects.schedule ---

    /** A resource allocation breaks a rule (ends before it starts, percentage outside 0..100). */
    ALLOCATION_INVALID(2550, ErrorCategory.VALIDATION);

    private final int number;
    private final ErrorCategory category;

    ProjectsErrorCode(int number, ErrorCategory category) {
        this.number = number;
        this.category = category;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
