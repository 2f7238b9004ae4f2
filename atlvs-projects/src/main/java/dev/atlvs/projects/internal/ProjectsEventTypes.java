package dev.atlvs.projects.internal;

/** The event types the projects module publishes. */
public final class ProjectsEventTypes {
    /** A project was created; payload: name, code, status. */
    public static final String PROJECT_CREATED = "project.created";
    /** A project moved to another status; payload: from, to. */
    public static final String PROJECT_STATUS_CHANGED = "project.status_changed";
    /** A task was created; payload: projectId, title, status. */
    public static final String TASK_CREATED = "task.created";
    /** A task moved to another status; payload: projectId, from, to. */
    public static final String TASK_STATUS_CHANGED = "task.status_changed";

    private ProjectsEventTypes() {}
}
