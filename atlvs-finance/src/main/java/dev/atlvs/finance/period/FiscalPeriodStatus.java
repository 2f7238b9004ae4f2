package dev.atlvs.finance.period;

/**
 * Where a fiscal period stands: open for postings, closing (being reconciled, still open for postings),
 * or closed (nothing posts on its dates).
 */
public enum FiscalPeriodStatus {
    OPEN, CLOSING, CLOSED
}
