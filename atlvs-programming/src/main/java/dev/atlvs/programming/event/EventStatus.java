package dev.atlvs.programming.event;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.programming.ProgrammingErrorCode;

/**
 * The lifecycle of an event: a draft is scheduled (or back to draft), a scheduled event runs and completes; anything but
 * a completed event may be cancelled. A draft in a space holds it, a scheduled, running or completed event confirms its
 * booking, a cancelled one releases it.
 */
public enum EventStatus {
    DRAFT, SCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** The transition table; a refused move is {@link ProgrammingErrorCode#EVENT_TRANSITION_INVALID}. */
    public static final Lifecycle<Event, EventStatus> LIFECYCLE = Lifecycle.of(EventStatus.class, Event::status)
            .entity("event").table("events").code(ProgrammingErrorCode.EVENT_TRANSITION_INVALID)
            .initial(DRAFT, SCHEDULED)
            .allow(DRAFT, SCHEDULED, CANCELLED)
            .allow(SCHEDULED, DRAFT, IN_PROGRESS, CANCELLED)
            .allow(IN_PROGRESS, COMPLETED, CANCELLED)
            .build();

    /** Whether the event still occupies its space: anything but cancelled. */
    public boolean occupies() {
        return this != CANCELLED;
    }
}
