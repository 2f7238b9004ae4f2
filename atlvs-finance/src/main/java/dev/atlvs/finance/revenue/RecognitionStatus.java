package dev.atlvs.finance.revenue;

/** A scheduled amount is recognized once its journal entry is posted. */
public enum RecognitionStatus {
    SCHEDULED, RECOGNIZED
}
