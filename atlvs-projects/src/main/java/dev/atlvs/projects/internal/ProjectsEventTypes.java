package dev.atlvs.projects.internal;

import dev.atlvs.core.event.EventType;
import dev.atlvs.core.event.EventTypeCatalog;
import java.util.List;

/** The event types the projects module publishes. */
public final class ProjectsEventTypes implements EventTypeCatalog {
    /** A project was created; payload: name, code, status. */
    public static final String PROJECT_CREATED = "project.created";
    /** A project moved to another status; payload: from, to. */
    public static final String PROJECT_STATUS_CHANGED = "project.status_changed";
    /** A task was created; payload: projectId, title, status. */
    public static final String TASK_CREATED = "task.created";
    /** A task moved to another status; payload: projectId, from, to. */
    public static final String TASK_STATUS_CHANGED = "task.status_changed";

    @Override
    public List<EventType> eventTypes() {
        return List.of(
                new EventType(PROJECT_CREATED, "project", "a project was created"),
                new EventType(PROJECT_STATUS_CHANGED, "project", "a project moved to another status"),
                new EventType(TASK_CREATED, "task", "a task was created"),
                new EventType(TASK_STATUS_CHANGED, "task", "a task moved to another status"));
    }
}
