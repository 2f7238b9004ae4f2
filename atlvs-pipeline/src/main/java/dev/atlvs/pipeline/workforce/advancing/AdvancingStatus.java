package dev.atlvs.pipeline.workforce.advancing;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.pipeline.PipelineErrorCode;

/**
 * The lifecycle of an advancing item: pending, in progress while it is being arranged, confirmed once the vendor or
 * owner has confirmed it, completed when delivered; cancelled from any state but completed, and reinstated (back to
 * pending) from cancelled. A completed item is reopened to in progress.
 */
public enum AdvancingStatus {
    PENDING, IN_PROGRESS, CONFIRMED, COMPLETED, CANCELLED;

    /** The transition table; a refused move is {@link PipelineErrorCode#ADVANCING_ITEM_TRANSITION_INVALID}. */
    public static final Lifecycle<AdvancingItem, AdvancingStatus> LIFECYCLE = Lifecycle.of(AdvancingStatus.class, AdvancingItem::status)
            .entity("advancing item").table("advancing_items").code(PipelineErrorCode.ADVANCING_ITEM_TRANSITION_INVALID)
            .initial(PENDING)
            .allow(PENDING, IN_PROGRESS, CONFIRMED, CANCELLED)
            .allow(IN_PROGRESS, PENDING, CONFIRMED, COMPLETED, CANCELLED)
            .allow(CONFIRMED, IN_PROGRESS, COMPLETED, CANCELLED)
            .allow(COMPLETED, IN_PROGRESS)
            .allow(CANCELLED, PENDING)
            .build();

    /** Whether the item is still to be done: neither completed nor cancelled. */
    public boolean open() {
        return this != COMPLETED && this != CANCELLED;
    }
}
