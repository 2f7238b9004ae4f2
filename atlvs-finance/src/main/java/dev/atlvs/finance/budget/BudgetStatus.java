package dev.atlvs.finance.budget;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.finance.FinanceErrorCode;

/**
 * The lifecycle of a budget: a draft is planned; activating it (which records the approver) makes it
 * count; an active budget may be put on hold, completed or cancelled; a budget on hold resumes or is
 * cancelled. Completed and cancelled are terminal. A budget starts as a draft.
 */
public enum BudgetStatus {
    DRAFT, ACTIVE, ON_HOLD, COMPLETED, CANCELLED;

    /** The transition table; a refused move is {@link FinanceErrorCode#BUDGET_TRANSITION_INVALID}. */
    public static final Lifecycle<Budget, BudgetStatus> LIFECYCLE = Lifecycle.of(BudgetStatus.class, Budget::status)
            .entity("budget").table("budgets").code(FinanceErrorCode.BUDGET_TRANSITION_INVALID)
            .initial(DRAFT)
            .allow(DRAFT, ACTIVE, CANCELLED)
            .allow(ACTIVE, ON_HOLD, COMPLETED, CANCELLED)
            .allow(ON_HOLD, ACTIVE, CANCELLED)
            .build();
}
