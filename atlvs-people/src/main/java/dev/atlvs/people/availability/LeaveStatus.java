package dev.atlvs.people.availability;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.people.PeopleErrorCode;

/**
 * The lifecycle of leave: requested → approved, rejected or cancelled; approved → cancelled. Rejected and cancelled
 * are terminal. Requested leave holds the person's time tentatively, approved leave for certain.
 */
public enum LeaveStatus {
    REQUESTED, APPROVED, REJECTED, CANCELLED;

    /** The transition table; a refused move is {@link PeopleErrorCode#LEAVE_TRANSITION_INVALID}. */
    public static final Lifecycle<Leave, LeaveStatus> LIFECYCLE = Lifecycle.of(LeaveStatus.class, Leave::status)
            .entity("leave").table("people_leave").code(PeopleErrorCode.LEAVE_TRANSITION_INVALID)
            .initial(REQUESTED)
            .allow(REQUESTED, APPROVED, REJECTED, CANCELLED)
            .allow(APPROVED, CANCELLED)
            .build();
}
