package dev.atlvs.projects.timeline;

/** What a timeline is. */
public enum TimelineKind {
    /** A schedule phase: load-in, show days, load-out. */
    PHASE,
    /** A captured snapshot of the plan, against which schedule variance is measured; it never changes. */
    BASELINE,
    /** A run-of-show schedule. */
    RUN_OF_SHOW
}
