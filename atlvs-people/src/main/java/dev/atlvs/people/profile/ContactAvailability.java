package dev.atlvs.people.profile;

/** When an emergency contact can be reached: around the clock (stored {@code twenty_four_seven}), office hours, nights, weekends, on call. */
public enum ContactAvailability {
    TWENTY_FOUR_SEVEN, BUSINESS_HOURS, NIGHT_ONLY, WEEKENDS, ON_CALL
}
