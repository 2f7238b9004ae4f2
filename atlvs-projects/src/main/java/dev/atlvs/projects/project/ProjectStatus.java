package dev.atlvs.projects.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a project (the L-PLAN family): planning → active or cancelled; active → on hold,
 * completed or cancelled; on hold → active or cancelled; completed → archived, or back to active (an
 * administrator's reopen); cancelled → archived. Archived is terminal.
 */
public enum ProjectStatus {
    PLANNING, ACTIVE, ON_HOLD, COMPLETED, CANCELLED, ARCHIVED;

    /** The statuses this one may move to. */
    public Set<ProjectStatus> next() {
        return switch (this) {
            case PLANNING -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE -> EnumSet.of(ON_HOLD, COMPLETED, CANCELLED);
            case ON_HOLD -> EnumSet.of(ACTIVE, CANCELLED);
            case COMPLETED -> EnumSet.of(ARCHIVED, ACTIVE);
            case CANCELLED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    /** Whether moving from this status to {@code target} is allowed. */
    public boolean canMoveTo(ProjectStatus target) {
        return next().contains(target);
    }

    /** Whether no status follows this one. */
    public boolean isTerminal() {
        return next().isEmpty();
    }
}
