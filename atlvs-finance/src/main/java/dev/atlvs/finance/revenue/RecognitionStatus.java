package dev.atlvs.finance.revenue;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.finance.FinanceErrorCode;

/** A scheduled amount is recognized once its journal entry is posted; recognized is terminal. */
public enum RecognitionStatus {
    SCHEDULED, RECOGNIZED;

    /** The transition table; a refused move is {@link FinanceErrorCode#REVENUE_RECOGNITION_TRANSITION_INVALID}. */
    public static final Lifecycle<RevenueRecognition, RecognitionStatus> LIFECYCLE = Lifecycle
            .of(RecognitionStatus.class, RevenueRecognition::status)
            .entity("revenue recognition").table("revenue_recognitions").code(FinanceErrorCode.REVENUE_RECOGNITION_TRANSITION_INVALID)
            .initial(SCHEDULED)
            .allow(SCHEDULED, RECOGNIZED)
            .build();
}
