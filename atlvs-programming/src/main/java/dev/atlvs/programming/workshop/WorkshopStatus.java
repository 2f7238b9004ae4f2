package dev.atlvs.programming.workshop;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.programming.ProgrammingErrorCode;

/**
 * The lifecycle of a workshop: planning, open for registration, registration closed (and reopened), in progress,
 * completed; anything before completion may be cancelled. Registrations are taken only while open.
 */
public enum WorkshopStatus {
    PLANNING, OPEN_REGISTRATION, REGISTRATION_CLOSED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** The transition table; a refused move is {@link ProgrammingErrorCode#WORKSHOP_TRANSITION_INVALID}. */
    public static final Lifecycle<Workshop, WorkshopStatus> LIFECYCLE = Lifecycle.of(WorkshopStatus.class, Workshop::status)
            .entity("workshop").table("workshops").code(ProgrammingErrorCode.WORKSHOP_TRANSITION_INVALID)
            .initial(PLANNING)
            .allow(PLANNING, OPEN_REGISTRATION, CANCELLED)
            .allow(OPEN_REGISTRATION, REGISTRATION_CLOSED, CANCELLED)
            .allow(REGISTRATION_CLOSED, OPEN_REGISTRATION, IN_PROGRESS, CANCELLED)
            .allow(IN_PROGRESS, COMPLETED, CANCELLED)
            .build();
}
