package dev.atlvs.pipeline.workforce.manning;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.pipeline.PipelineErrorCode;

/**
 * The lifecycle of a manning slot. The database derives open and filled from the live assignments (filled once they
 * reach the required count, open again when one is declined or cancelled or the count is raised); a slot is cancelled
 * by hand, and a cancelled slot is final.
 */
public enum ManningSlotStatus {
    OPEN, FILLED, CANCELLED;

    /** The transition table; a refused move is {@link PipelineErrorCode#MANNING_SLOT_TRANSITION_INVALID}. */
    public static final Lifecycle<ManningSlot, ManningSlotStatus> LIFECYCLE = Lifecycle
            .of(ManningSlotStatus.class, ManningSlot::status)
            .entity("manning slot").table("manning_slots").code(PipelineErrorCode.MANNING_SLOT_TRANSITION_INVALID)
            .initial(OPEN)
            .allow(OPEN, FILLED, CANCELLED)
            .allow(FILLED, OPEN, CANCELLED)
            .build();
}
