package dev.atlvs.programming.event;

/** How public an event's lineup is: a draft, announced to the public, or final. It moves freely. */
public enum LineupStatus {
    DRAFT, ANNOUNCED, FINAL
}
