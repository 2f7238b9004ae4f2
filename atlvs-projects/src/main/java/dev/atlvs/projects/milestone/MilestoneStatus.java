package dev.atlvs.projects.milestone;

/**
 * Where a milestone stands, derived and never stored ({@link Milestone#status(java.time.LocalDate)}):
 * completed once it has a completion time, overdue once its due date has passed without one, pending
 * otherwise.
 */
public enum MilestoneStatus {
    PENDING, COMPLETED, OVERDUE
}
