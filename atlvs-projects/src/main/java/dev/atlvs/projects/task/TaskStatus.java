package dev.atlvs.projects.task;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.projects.ProjectsErrorCode;

/**
 * The lifecycle of a task (the L-WORK family): todo → in progress, blocked or cancelled; in progress →
 * review, blocked, done or cancelled; review → in progress or done; blocked → todo, in progress or
 * cancelled; done → in progress (a reopen, audited like every change). Cancelled is terminal. A task
 * starts as todo.
 */
public enum TaskStatus {
    TODO, IN_PROGRESS, REVIEW, BLOCKED, DONE, CANCELLED;

    /** The transition table; a refused move is {@link ProjectsErrorCode#TASK_TRANSITION_INVALID}. */
    public static final Lifecycle<Task, TaskStatus> LIFECYCLE = Lifecycle.of(TaskStatus.class, Task::status)
            .entity("task").table("project_tasks").code(ProjectsErrorCode.TASK_TRANSITION_INVALID)
            .initial(TODO)
            .allow(TODO, IN_PROGRESS, BLOCKED, CANCELLED)
            .allow(IN_PROGRESS, REVIEW, BLOCKED, DONE, CANCELLED)
            .allow(REVIEW, IN_PROGRESS, DONE)
            .allow(BLOCKED, TODO, IN_PROGRESS, CANCELLED)
            .allow(DONE, IN_PROGRESS)
            .build();

    /** Whether work remains: neither done nor cancelled. */
    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }
}
