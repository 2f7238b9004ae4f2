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

    /** An activation goes active before its setup call sheet has been distributed (without an override). */
    ACTIVATION_NOT_READY(5002, ErrorCategory.CONFLICT),

    // --- Lineups (5100-5199) ---

    /** A stage is taken at that time by another live slot, its changeover included. */
    LINEUP_SLOT_OCCUPIED(5100, ErrorCategory.SCHEDULE_CONFLICT),

    /** A performer is already in an overlapping live slot. */
    PERFORMER_DOUBLE_BOOKED(5101, ErrorCategory.SCHEDULE_CONFLICT),

    /** The event's lineup is locked: its slots change only by cancellation and it takes no new slot. */
    LINEUP_LOCKED(5102, ErrorCategory.CONFLICT),

    /** A slot would end after the curfew of its event or its stage. */
    LINEUP_PAST_CURFEW(5103, ErrorCategory.CONFLICT),

    /** A slot is confirmed without an active contract of its act's company and without an override reason. */
    LINEUP_CONTRACT_REQUIRED(5104, ErrorCategory.CONFLICT),

    // --- Riders (5200-5299) ---

    /** The approver of a rider is its submitter. */
    RIDER_SELF_APPROVAL(5200, ErrorCategory.ACCESS_DENIED),

    /** A rider is to be fulfilled while a mandatory item is open. */
    RIDER_ITEMS_OPEN(5201, ErrorCategory.CONFLICT),

    /** An item of a fulfilled rider is to be un-fulfilled, or an open mandatory item added to it. */
    RIDER_FULFILLED(5202, ErrorCategory.CONFLICT),

    // --- Call sheets (5300-5399) ---

    /** A person is called without a confirmed booking on the project covering the call. */
    CALL_NOT_COVERED(5300, ErrorCategory.CONFLICT),

    /** A person is called while on another call. */
    PERSON_ALREADY_CALLED(5301, ErrorCategory.SCHEDULE_CONFLICT),

    /** A call is acknowledged before its sheet has been distributed, or on a cancelled sheet. */
    CALL_SHEET_NOT_DISTRIBUTED(5302, ErrorCategory.CONFLICT),

    /** A call before the person's travel gets them there. */
    CALL_BEFORE_ARRIVAL(5303, ErrorCategory.SCHEDULE_CONFLICT),

    // --- Travel (5400-5499) ---

    /** A traveller's segments overlap (transport with transport, hotel stay with hotel stay). */
    TRAVEL_SCHEDULE_CONFLICT(5400, ErrorCategory.SCHEDULE_CONFLICT),

    /** Less than the itinerary's minimum connection time between one arrival and the next departure of a traveller. */
    CONNECTION_TOO_SHORT(5401, ErrorCategory.VALIDATION),

    /** A traveller lacks the passport or the visa a segment needs. */
    TRAVEL_DOCUMENT_INVALID(5402, ErrorCategory.VALIDATION),

    // --- Accreditation (5500-5599) ---

    /** A pass names a zone its crew role (or its pass type) may not enter. */
    ZONE_NOT_ALLOWED(5500, ErrorCategory.VALIDATION),

    // --- Workshops (5600-5699) ---

    /** A registration while the workshop is not open for registration. */
    WORKSHOP_REGISTRATION_CLOSED(5600, ErrorCategory.CONFLICT),

    /** A registration is to take a seat of a workshop whose seats are all taken. */
    WORKSHOP_FULL(5601, ErrorCategory.CONFLICT),

    /** A workshop's seats are to be cut below the registrations holding one. */
    WORKSHOP_SEATS_TAKEN(5602, ErrorCategory.CONFLICT),

    // --- Lifecycles: spaces, events, bookings, activations (5900-5909) ---

    /** A move of an event's status that its lifecycle does not allow. */
    EVENT_TRANSITION_INVALID(5900, ErrorCategory.CONFLICT),

    /** A move of a space booking's status that its lifecycle does not allow. */
    SPACE_BOOKING_TRANSITION_INVALID(5901, ErrorCategory.CONFLICT),

    /** A move of an activation's status that its lifecycle does not allow. */
    ACTIVATION_TRANSITION_INVALID(5902, ErrorCategory.CONFLICT),

    // --- Lifecycles: lineups (5910-5914) ---

    /** A move of a lineup slot's status that its lifecycle does not allow. */
    LINEUP_TRANSITION_INVALID(5910, ErrorCategory.CONFLICT),

    // --- Lifecycles: riders and workshops (5915-5924) ---

    /** A move of a rider's status that its lifecycle does not allow. */
    RIDER_TRANSITION_INVALID(5915, ErrorCategory.CONFLICT),

    /** A move of a workshop's status that its lifecycle does not allow. */
    WORKSHOP_TRANSITION_INVALID(5916, ErrorCategory.CONFLICT),

    /** A move of a workshop registration's status that its lifecycle does not allow. */
    WORKSHOP_REGISTRATION_TRANSITION_INVALID(5917, ErrorCategory.CONFLICT),

    // --- Lifecycles: call sheets (5925-5929) ---

    /** A move of a call sheet's status that its lifecycle does not allow. */
    CALL_SHEET_TRANSITION_INVALID(5925, ErrorCategory.CONFLICT),

    // --- Lifecycles: travel and accreditation (5930-5939) ---

    /** A move of an itinerary's status that its lifecycle does not allow. */
    ITINERARY_TRANSITION_INVALID(5930, ErrorCategory.CONFLICT),

    /** A move of a pass's status that its lifecycle does not allow (a revoked pass is final). */
    CREDENTIALS_PASS_TRANSITION_INVALID(5931, ErrorCategory.CONFLICT),

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
