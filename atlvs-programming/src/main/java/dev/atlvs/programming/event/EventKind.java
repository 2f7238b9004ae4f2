package dev.atlvs.programming.event;

/**
 * What an event is (the column {@code event_type}): a festival holds days, a day holds sets and other items.
 */
public enum EventKind {
    FESTIVAL, PERFORMANCE, ACTIVATION, WORKSHOP, MEETING, REHEARSAL, SETUP, BREAKDOWN, OTHER
}
