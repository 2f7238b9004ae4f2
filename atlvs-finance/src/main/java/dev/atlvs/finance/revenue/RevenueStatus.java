package dev.atlvs.finance.revenue;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.finance.FinanceErrorCode;

/**
 * The lifecycle of revenue: projected → invoiced → received; projected or invoiced → cancelled. Revenue
 * is recorded projected (the database also accepts it invoiced); received and cancelled are terminal. The
 * database holds the same table (trigger {@code check_revenue}, rule {@code revenue_status_transition}).
 */
public enum RevenueStatus {
    PROJECTED, INVOICED, RECEIVED, CANCELLED;

    /** The transition table; a refused move is {@link FinanceErrorCode#REVENUE_TRANSITION_INVALID}. */
    public static final Lifecycle<Revenue, RevenueStatus> LIFECYCLE = Lifecycle.of(RevenueStatus.class, Revenue::status)
            .entity("revenue").table("revenue").code(FinanceErrorCode.REVENUE_TRANSITION_INVALID)
            .initial(PROJECTED, INVOICED)
            .allow(PROJECTED, INVOICED, CANCELLED)
            .allow(INVOICED, RECEIVED, CANCELLED)
            .build();
}
