package dev.atlvs.programming.booking;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.programming.ProgrammingErrorCode;

/**
 * The lifecycle of a space booking: a hold is confirmed or released, a confirmed booking is released. Holds and confirmed
 * bookings occupy the space alike; a released one frees it.
 */
public enum BookingStatus {
    HOLD, CONFIRMED, RELEASED;

    /** The transition table; a refused move is {@link ProgrammingErrorCode#SPACE_BOOKING_TRANSITION_INVALID}. */
    public static final Lifecycle<SpaceBooking, BookingStatus> LIFECYCLE = Lifecycle.of(BookingStatus.class, SpaceBooking::status)
            .entity("space booking").table("space_bookings").code(ProgrammingErrorCode.SPACE_BOOKING_TRANSITION_INVALID)
            .initial(HOLD, CONFIRMED)
            .allow(HOLD, CONFIRMED, RELEASED)
            .allow(CONFIRMED, RELEASED)
            .build();

    /** Whether the booking occupies its space: a hold or a confirmed booking. */
    public boolean occupies() {
        return this != RELEASED;
    }
}
