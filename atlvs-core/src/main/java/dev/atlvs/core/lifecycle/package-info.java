/**
 * Status lifecycles: one {@link dev.atlvs.core.lifecycle.Lifecycle} per aggregate holds its states, the
 * states a new record starts in and the allowed moves, and refuses any other move with the aggregate's
 * {@code <AGGREGATE>_TRANSITION_INVALID} code and the rule {@code <table>_<column>_transition}. A module
 * declares its lifecycles in its guardrails, and the generated suites check each against the database.
 *
 * <pre>{@code
 * public static final Lifecycle<Budget, BudgetStatus> LIFECYCLE = Lifecycle.of(BudgetStatus.class, Budget::status)
 *         .entity("budget").table("budgets").code(FinanceErrorCode.BUDGET_TRANSITION_INVALID)
 *         .initial(DRAFT)
 *         .allow(DRAFT, ACTIVE, CANCELLED)
 *         .allow(ACTIVE, ON_HOLD, COMPLETED, CANCELLED)
 *         .allow(ON_HOLD, ACTIVE, CANCELLED)
 *         .build();
 *
 * Budget current = BudgetStatus.LIFECYCLE.require(budgets.get(id), BudgetStatus.ACTIVE);
 * budgets.update(ImmutableBudget.copyOf(current).withStatus(BudgetStatus.ACTIVE));
 * }</pre>
 */
package dev.atlvs.core.lifecycle;
