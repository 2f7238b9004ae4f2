package dev.atlvs.pipeline.sales.deal;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.pipeline.PipelineErrorCode;

/**
 * The lifecycle of a deal (L-SALES): an active deal is put on hold and resumed, and either is won or lost; won and lost
 * are final. The status follows the stage: the database makes a deal won exactly in its pipeline's won stage and lost
 * exactly in its lost stage ({@code pipeline_opportunities_status_of_stage}), and refuses any move of a won or lost deal
 * ({@code pipeline_opportunities_status_transition}, the rule of {@link #LIFECYCLE}).
 */
public enum DealStatus {
    ACTIVE, ON_HOLD, WON, LOST;

    /** The transition table; a refused move is {@link PipelineErrorCode#DEAL_TRANSITION_INVALID}. */
    public static final Lifecycle<Deal, DealStatus> LIFECYCLE = Lifecycle.of(DealStatus.class, Deal::status)
            .entity("deal").table("pipeline_opportunities").code(PipelineErrorCode.DEAL_TRANSITION_INVALID)
            .initial(ACTIVE)
            .allow(ACTIVE, ON_HOLD, WON, LOST)
            .allow(ON_HOLD, ACTIVE, WON, LOST)
            .build();

    /** Whether the deal is still open (active or on hold). */
    public boolean open() {
        return this == ACTIVE || this == ON_HOLD;
    }
}
