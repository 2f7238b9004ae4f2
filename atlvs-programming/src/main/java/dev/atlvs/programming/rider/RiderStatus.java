package dev.atlvs.programming.rider;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.programming.ProgrammingErrorCode;

/**
 * The L-APPROVAL lifecycle of a rider with the successor state {@code fulfilled}: a draft is submitted (or cancelled);
 * a submitted rider is taken under review, approved, rejected or recalled to draft; under review it is approved or
 * rejected; a rejected rider is reopened as a draft; an approved rider is fulfilled. The database holds the same moves
 * ({@code riders_status_transition}).
 */
public enum RiderStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, CANCELLED, FULFILLED;

    /** The transition table; a refused move is {@link ProgrammingErrorCode#RIDER_TRANSITION_INVALID}. */
    public static final Lifecycle<Rider, RiderStatus> LIFECYCLE = Lifecycle.of(RiderStatus.class, Rider::status)
            .entity("rider").table("riders").code(ProgrammingErrorCode.RIDER_TRANSITION_INVALID)
            .initial(DRAFT)
            .allow(DRAFT, SUBMITTED, CANCELLED)
            .allow(SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, DRAFT)
            .allow(UNDER_REVIEW, APPROVED, REJECTED)
            .allow(REJECTED, DRAFT)
            .allow(APPROVED, FULFILLED)
            .build();

    /** Whether the rider's costs count in the project's budget: approved or fulfilled. */
    public boolean approved() {
        return this == APPROVED || this == FULFILLED;
    }
}
