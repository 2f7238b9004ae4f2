package dev.atlvs.programming.activation;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.programming.ProgrammingErrorCode;

/** The lifecycle of an activation: planning, setup, active, complete; anything not complete may be cancelled. */
public enum ActivationStatus {
    PLANNING, SETUP, ACTIVE, COMPLETE, CANCELLED;

    /** The transition table; a refused move is {@link ProgrammingErrorCode#ACTIVATION_TRANSITION_INVALID}. */
    public static final Lifecycle<Activation, ActivationStatus> LIFECYCLE = Lifecycle.of(ActivationStatus.class, Activation::status)
            .entity("activation").table("activations").code(ProgrammingErrorCode.ACTIVATION_TRANSITION_INVALID)
            .initial(PLANNING)
            .allow(PLANNING, SETUP, CANCELLED)
            .allow(SETUP, ACTIVE, CANCELLED)
            .allow(ACTIVE, COMPLETE, CANCELLED)
            .build();
}
