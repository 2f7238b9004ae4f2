package dev.atlvs.finance.budget;

/**
 * The lifecycle of a budget: a draft is planned; activating it (which records the approver) makes it
 * count; an active budget may be put on hold, completed or cancelled; a budget on hold resumes or is
 * cancelled. Completed and cancelled are terminal.
 */
public enum BudgetStatus {
    DRAFT, ACTIVE, ON_HOLD, COMPLETED, CANCELLED;

    /** Whether a budget in this state may move to {@code target}. */
    public boolean canMoveTo(BudgetStatus target) {
        return switch (this) {
            case DRAFT -> target == ACTIVE || target == CANCELLED;
            case ACTIVE -> target == ON_HOLD || target == COMPLETED || target == CANCELLED;
            case ON_HOLD -> target == ACTIVE || target == CANCELLED;
            case COMPLETED, CANCELLED -> false;
        };
    }
}
