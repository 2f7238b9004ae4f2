package dev.atlvs.pipeline.sales.deal;

import java.math.BigDecimal;

/**
 * The value band of a deal, derived by the database from its value in its own currency: small below 25,000, medium
 * below 100,000, large below 500,000, enterprise from there.
 */
public enum DealSize {
    SMALL, MEDIUM, LARGE, ENTERPRISE;

    /** The band of {@code value}, as the database derives it. */
    public static DealSize of(BigDecimal value) {
        if (value.compareTo(new BigDecimal("25000")) < 0) {
            return SMALL;
        }
        if (value.compareTo(new BigDecimal("100000")) < 0) {
            return MEDIUM;
        }
        return value.compareTo(new BigDecimal("500000")) < 0 ? LARGE : ENTERPRISE;
    }
}
