package dev.atlvs.programming;

import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.ErrorCode;

/**
 * Error codes of the programming module, numbered 5000-5999. Numbers are stable: never reuse or renumber one once
 * released.
 *
 * <p>Blocks: 5000-5099 spaces, events, space bookings and activations; 5100-5199 lineups and the running order;
 * 5200-5299 riders; 5300-5399 call sheets; 5400-5499 travel; 5500-5599 accreditation; 5600-5699 workshops; 5900-5949
 * the status lifecycles (one {@code <AGGREGATE>_TRANSITION_INVALID} per aggregate with a
 * {@link dev.atlvs.core.lifecycle.Lifecycle}).
 */
public enum ProgrammingErrorCode implements ErrorCode {

    // --- Spaces, events, bookings and activations (5000-5099) ---

    /** A space is occupied in the window asked for, its turnover buffer included. */
    SPACE_OCCUPIED(5000, ErrorCategory.SCHEDULE_CONFLICT),

    /** A space under maintenance, out of service or deleted takes no booking. */
    SPACE_NOT_BOOKABLE(5001, ErrorCategory.CONFLICT),

    // --- Lineups (5100-5199) ---

    // --- Riders (5200-5299) ---

    // --- Call sheets (5300-5399) ---

    /** A person is called without a confirmed booking on the project covering the call. */
    CALL_NOT_COVERED(5300, ErrorCategory.CONFLICT),

    /** A person is called while on another call. */
    PERSON_ALREADY_CALLED(5301, ErrorCategory.SCHEDULE_CONFLICT),

    /** A call is acknowledged before its sheet has been distributed, or on a cancelled sheet. */
    CALL_SHEET_NOT_DISTRIBUTED(5302, ErrorCategory.CONFLICT),

    // --- Travel (5400-5499) ---

    // --- Accreditation (5500-5599) ---

    // --- Workshops (5600-5699) ---

    // --- Lifecycles: spaces, events, bookings, activations (5900-5909) ---

    /** A move of an event's status that its lifecycle does not allow. */
    EVENT_TRANSITION_INVALID(5900, ErrorCategory.CONFLICT),

    /** A move of a space booking's status that its lifecycle does not allow. */
    SPACE_BOOKING_TRANSITION_INVALID(5901, ErrorCategory.CONFLICT),

    /** A move of an activation's status that its lifecycle does not allow. */
    ACTIVATION_TRANSITION_INVALID(5902, ErrorCategory.CONFLICT),

    // --- Lifecycles: lineups (5910-5914) ---

    // --- Lifecycles: riders and workshops (5915-5924) ---

    // --- Lifecycles: call sheets (5925-5929) ---

    /** A move of a call sheet's status that its lifecycle does not allow. */
    CALL_SHEET_TRANSITION_INVALID(5925, ErrorCategory.CONFLICT),

    // --- Lifecycles: travel and accreditation (5930-5939) ---

    ;

    private final int number;
    private final ErrorCategory category;

    ProgrammingErrorCode(int number, ErrorCategory category) {
        this.number = number;
        this.category = category;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
