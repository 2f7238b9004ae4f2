package dev.atlvs.programming.runofshow;

/**
 * What an item of a run of show marks. Items at the same instant are listed in this order: setup, doors, a changeover,
 * a set, the end of the event, the curfew, the end of teardown.
 */
public enum ItemKind {
    /** Setup of the stage begins (the event's setup start). */
    SETUP,
    /** Doors: the event starts. */
    DOORS,
    /** The changeover before a set. */
    CHANGEOVER,
    /** A set. */
    SET,
    /** The event ends. */
    END,
    /** The curfew: the earlier of the event's and the stage's. */
    CURFEW,
    /** Teardown ends and the stage is clear. */
    TEARDOWN
}
