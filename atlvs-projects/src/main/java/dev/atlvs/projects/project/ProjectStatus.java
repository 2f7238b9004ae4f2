package dev.atlvs.projects.project;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.projects.ProjectsErrorCode;

/**
 * The lifecycle of a project (the L-PLAN family): planning → active or cancelled; active → on hold,
 * completed or cancelled; on hold → active or cancelled; completed → archived, or back to active (an
 * administrator's reopen); cancelled → archived. Archived is terminal. A project starts in planning.
 */
public enum ProjectStatus {
    PLANNING, ACTIVE, ON_HOLD, COMPLETED, CANCELLED, ARCHIVED;

    /** The transition table; a refused move is {@link ProjectsErrorCode#PROJECT_TRANSITION_INVALID}. */
    public static final Lifecycle<Project, ProjectStatus> LIFECYCLE = Lifecycle.of(ProjectStatus.class, Project::status)
            .entity("project").table("projects").code(ProjectsErrorCode.PROJECT_TRANSITION_INVALID)
            .initial(PLANNING)
            .allow(PLANNING, ACTIVE, CANCELLED)
            .allow(ACTIVE, ON_HOLD, COMPLETED, CANCELLED)
            .allow(ON_HOLD, ACTIVE, CANCELLED)
            .allow(COMPLETED, ARCHIVED, ACTIVE)
            .allow(CANCELLED, ARCHIVED)
            .build();
}
