package dev.atlvs.finance.treasury;

/**
 * The lifecycle of a finance account: active and inactive move freely; an account is closed only at a zero
 * balance, and a closed account stays closed.
 */
public enum FinanceAccountStatus {
    ACTIVE, INACTIVE, CLOSED;

    /** Whether an account in this state may move to {@code target}. */
    public boolean canMoveTo(FinanceAccountStatus target) {
        return switch (this) {
            case ACTIVE, INACTIVE -> true;
            case CLOSED -> target == CLOSED;
        };
    }
}
