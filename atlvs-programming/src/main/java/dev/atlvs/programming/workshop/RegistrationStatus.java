package dev.atlvs.programming.workshop;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.programming.ProgrammingErrorCode;

/**
 * The lifecycle of a workshop registration. The database decides the initial state: registered while a seat is free,
 * otherwise waitlisted. A waitlisted registration is seated when a seat frees up (the database promotes the first in
 * line); a registered one attends or does not show (either may be corrected); registered and waitlisted ones may be
 * cancelled, which frees the seat or the place in line.
 */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED, ATTENDED, NO_SHOW;

    /** The transition table; a refused move is {@link ProgrammingErrorCode#WORKSHOP_REGISTRATION_TRANSITION_INVALID}. */
    public static final Lifecycle<WorkshopRegistration, RegistrationStatus> LIFECYCLE = Lifecycle
            .of(RegistrationStatus.class, WorkshopRegistration::status)
            .entity("workshop registration").table("workshop_registrations")
            .code(ProgrammingErrorCode.WORKSHOP_REGISTRATION_TRANSITION_INVALID)
            .initial(REGISTERED, WAITLISTED)
            .allow(REGISTERED, ATTENDED, NO_SHOW, CANCELLED)
            .allow(WAITLISTED, REGISTERED, CANCELLED)
            .allow(ATTENDED, NO_SHOW)
            .allow(NO_SHOW, ATTENDED)
            .build();

    /** Whether the registration holds a seat: registered, attended or no-show. */
    public boolean seated() {
        return this == REGISTERED || this == ATTENDED || this == NO_SHOW;
    }
}
