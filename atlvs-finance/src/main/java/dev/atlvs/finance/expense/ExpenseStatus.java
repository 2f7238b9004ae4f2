package dev.atlvs.finance.expense;

/**
 * The L-APPROVAL lifecycle of an expense, with {@link #PAID} as its successor state: draft →
 * submitted/cancelled; submitted → under_review/approved/rejected/draft (recall); under_review →
 * approved/rejected; rejected → draft; approved → paid. Cancelled and paid are terminal. The database
 * holds the same table ({@code atlvs.expense_transition_allowed}, rule {@code expenses_status_transition}).
 */
public enum ExpenseStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, CANCELLED, PAID;

    /** Whether an expense in this state may move to {@code target}. */
    public boolean canMoveTo(ExpenseStatus target) {
        return switch (this) {
            case DRAFT -> target == SUBMITTED || target == CANCELLED;
            case SUBMITTED -> target == UNDER_REVIEW || target == APPROVED || target == REJECTED || target == DRAFT;
            case UNDER_REVIEW -> target == APPROVED || target == REJECTED;
            case REJECTED -> target == DRAFT;
            case APPROVED -> target == PAID;
            case CANCELLED, PAID -> false;
        };
    }

    /** Whether an expense in this state is committed against its budget: submitted or under review, not yet decided. */
    public boolean isCommitted() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }

    /** Whether an expense in this state is spent: approved or paid. */
    public boolean isSpent() {
        return this == APPROVED || this == PAID;
    }
}
