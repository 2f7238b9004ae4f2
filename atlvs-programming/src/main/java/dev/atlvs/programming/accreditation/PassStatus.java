package dev.atlvs.programming.accreditation;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.programming.ProgrammingErrorCode;

/**
 * The lifecycle of a pass: requested, approved, printed, issued; revoked from any of them, and a revoked pass is final.
 * The database guards the moves too ({@code credentials_passes_status_transition}).
 */
public enum PassStatus {
    REQUESTED, APPROVED, PRINTED, ISSUED, REVOKED;

    /** The transition table; a refused move is {@link ProgrammingErrorCode#CREDENTIALS_PASS_TRANSITION_INVALID}. */
    public static final Lifecycle<CredentialsPass, PassStatus> LIFECYCLE = Lifecycle.of(PassStatus.class, CredentialsPass::status)
            .entity("pass").table("credentials_passes").code(ProgrammingErrorCode.CREDENTIALS_PASS_TRANSITION_INVALID)
            .initial(REQUESTED)
            .allow(REQUESTED, APPROVED, REVOKED)
            .allow(APPROVED, PRINTED, REVOKED)
            .allow(PRINTED, ISSUED, REVOKED)
            .allow(ISSUED, REVOKED)
            .build();
}
