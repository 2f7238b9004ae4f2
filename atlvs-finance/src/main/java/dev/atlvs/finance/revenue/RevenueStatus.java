package dev.atlvs.finance.revenue;

/** The lifecycle of revenue: projected → invoiced → received; projected or invoiced → cancelled. */
public enum RevenueStatus {
    PROJECTED, INVOICED, RECEIVED, CANCELLED;

    /** Whether revenue in this state may move to {@code target}. */
    public boolean canMoveTo(RevenueStatus target) {
        return switch (this) {
            case PROJECTED -> target == INVOICED || target == CANCELLED;
            case INVOICED -> target == RECEIVED || target == CANCELLED;
            case RECEIVED, CANCELLED -> false;
        };
    }
}
