package dev.atlvs.programming.export;

/** Whether a schedule item takes place: the iCalendar {@code STATUS} of an event. */
public enum ScheduleItemStatus {
    /** It takes place as shown. */
    CONFIRMED,
    /** Pencilled in; it may still move or be dropped. */
    TENTATIVE,
    /** It does not take place; kept so that calendars and printed copies show the cancellation. */
    CANCELLED
}
