package dev.atlvs.programming.space;

/**
 * The live state of a space. It moves freely with what happens on site; under {@link #MAINTENANCE} or
 * {@link #OUT_OF_SERVICE} the space takes no new booking, and its existing bookings are flagged
 * ({@link SpaceService#flaggedBookings}).
 */
public enum SpaceStatus {
    AVAILABLE, RESERVED, OCCUPIED, SETUP, BREAKDOWN, CLEANING, MAINTENANCE, OUT_OF_SERVICE;

    /** Whether the space takes new bookings in this state. */
    public boolean bookable() {
        return this != MAINTENANCE && this != OUT_OF_SERVICE;
    }
}
