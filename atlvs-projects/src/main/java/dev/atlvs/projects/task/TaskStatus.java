package dev.atlvs.projects.task;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a task (the L-WORK family): todo → in progress, blocked or cancelled; in progress →
 * review, blocked, done or cancelled; review → in progress or done; blocked → todo, in progress or
 * cancelled; done → in progress (a reopen, audited like every change). Cancelled is terminal.
 */
public enum TaskStatus {
    TODO, IN_PROGRESS, REVIEW, BLOCKED, DONE, CANCELLED;

    /** The statuses this one may move to. */
    public Set<TaskStatus> next() {
        return switch (this) {
            case TODO -> EnumSet.of(IN_PROGRESS, BLOCKED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(REVIEW, BLOCKED, DONE, CANCELLED);
            case REVIEW -> EnumSet.of(IN_PROGRESS, DONE);
            case BLOCKED -> EnumSet.of(TODO, IN_PROGRESS, CANCELLED);
            case DONE -> EnumSet.of(IN_PROGRESS);
            case CANCELLED -> EnumSet.noneOf(TaskStatus.class);
        };
    }

    /** Whether moving from this status to {@code target} is allowed. */
    public boolean canMoveTo(TaskStatus target) {
        return next().contains(target);
    }

    /** Whether work remains: neither done nor cancelled. */
    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }
}
