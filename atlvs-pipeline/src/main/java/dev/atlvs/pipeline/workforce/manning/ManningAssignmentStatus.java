package dev.atlvs.pipeline.workforce.manning;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.pipeline.PipelineErrorCode;

/**
 * The lifecycle of a crew assignment: assigned (offered; the person's time is held tentatively), confirmed (the time is
 * committed), then completed; an assigned person may decline, and an assigned or confirmed assignment may be cancelled.
 * Declined, completed and cancelled are final. The database guards the moves ({@code manning_assignments_status_transition}).
 */
public enum ManningAssignmentStatus {
    ASSIGNED, CONFIRMED, DECLINED, COMPLETED, CANCELLED;

    /** The transition table; a refused move is {@link PipelineErrorCode#MANNING_ASSIGNMENT_TRANSITION_INVALID}. */
    public static final Lifecycle<ManningAssignment, ManningAssignmentStatus> LIFECYCLE = Lifecycle
            .of(ManningAssignmentStatus.class, ManningAssignment::status)
            .entity("crew assignment").table("manning_assignments").code(PipelineErrorCode.MANNING_ASSIGNMENT_TRANSITION_INVALID)
            .initial(ASSIGNED, CONFIRMED)
            .allow(ASSIGNED, CONFIRMED, DECLINED, CANCELLED)
            .allow(CONFIRMED, COMPLETED, CANCELLED)
            .build();

    /** Whether the assignment fills a place of its slot: assigned, confirmed or completed. */
    public boolean live() {
        return this == ASSIGNED || this == CONFIRMED || this == COMPLETED;
    }
}
