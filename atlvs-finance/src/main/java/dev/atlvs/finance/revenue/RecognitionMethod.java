package dev.atlvs.finance.revenue;

/** When revenue is earned: on a date (an event fee on the event date), on a milestone's completion, or straight-line over a service period. */
public enum RecognitionMethod {
    ON_DATE, ON_MILESTONE, STRAIGHT_LINE
}
