package dev.atlvs.finance.expense;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.finance.FinanceErrorCode;

/**
 * The L-APPROVAL lifecycle of an expense, with {@link #PAID} as its successor state: draft →
 * submitted/cancelled; submitted → under_review/approved/rejected/draft (recall); under_review →
 * approved/rejected; rejected → draft; approved → paid. Cancelled and paid are terminal; an expense starts as
 * a draft. The database holds the same table ({@code atlvs.expense_transition_allowed}, rule
 * {@code expenses_status_transition}).
 */
public enum ExpenseStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, CANCELLED, PAID;

    /** The transition table; a refused move is {@link FinanceErrorCode#EXPENSE_TRANSITION_INVALID}. */
    public static final Lifecycle<Expense, ExpenseStatus> LIFECYCLE = Lifecycle.of(ExpenseStatus.class, Expense::status)
            .entity("expense").table("expenses").code(FinanceErrorCode.EXPENSE_TRANSITION_INVALID)
            .initial(DRAFT)
            .allow(DRAFT, SUBMITTED, CANCELLED)
            .allow(SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, DRAFT)
            .allow(UNDER_REVIEW, APPROVED, REJECTED)
            .allow(REJECTED, DRAFT)
            .allow(APPROVED, PAID)
            .build();

    /** Whether an expense in this state is committed against its budget: submitted or under review, not yet decided. */
    public boolean isCommitted() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }

    /** Whether an expense in this state is spent: approved or paid. */
    public boolean isSpent() {
        return this == APPROVED || this == PAID;
    }
}
