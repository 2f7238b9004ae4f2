package dev.atlvs.finance.revenue;

/**
 * When revenue is earned: on a date (an event fee on the event date), on a milestone's completion, or
 * straight-line over a service period. The straight-line schedules are described on {@link StraightLineSchedule}.
 */
public enum RecognitionMethod {
    /** All of it on {@link Revenue#recognitionDate()}. */
    ON_DATE,
    /** All of it once the milestone {@link Revenue#milestoneId()} is completed. */
    ON_MILESTONE,
    /**
     * Straight-line over the service period: in equal whole months when the period is month-aligned (it starts
     * on the first of a month and ends on the last day of a month), otherwise in proportion to the days of
     * service, as {@link #STRAIGHT_LINE_DAILY}.
     */
    STRAIGHT_LINE,
    /** In proportion to the days of service: each day of the period earns the same share. */
    STRAIGHT_LINE_DAILY,
    /**
     * The mid-month convention: each month the period covers in full earns a whole month's share, each month it
     * covers in part (its first and last, unless they are whole) half a month's share.
     */
    STRAIGHT_LINE_MID_MONTH
}
