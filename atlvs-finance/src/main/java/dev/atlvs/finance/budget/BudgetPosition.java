package dev.atlvs.finance.budget;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where one budget stands on a date, in the budget's currency.
 *
 * @param budget the budget
 * @param asOf the date the position is taken on
 * @param committed submitted and under-review expenses counted against the budget (purchase orders do not exist yet)
 * @param actual approved and paid expenses counted against the budget, plus the posted journal lines on the budget's
 *        GL account, for its project, in its period, that book no expense (those count through the expense)
 * @param remaining the amount less actual and committed; negative when overrun
 * @param utilizationPct actual plus committed as a percentage of the amount; empty for a zero budget
 * @param burnRatePerDay actual spend per elapsed day of the period
 * @param projectedOverrunDate the day the budget runs out at the burn rate, if that is within the period (or the
 *        position date when it has already run out); empty otherwise
 */
public record BudgetPosition(Budget budget, LocalDate asOf, BigDecimal committed, BigDecimal actual, BigDecimal remaining,
        Optional<BigDecimal> utilizationPct, BigDecimal burnRatePerDay, Optional<LocalDate> projectedOverrunDate) {

    public BudgetPosition {
        requireNonNull(budget, "budget is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(committed, "committed is null");
        requireNonNull(actual, "actual is null");
        requireNonNull(remaining, "remaining is null");
        requireNonNull(utilizationPct, "utilizationPct is null");
        requireNonNull(burnRatePerDay, "burnRatePerDay is null");
        requireNonNull(projectedOverrunDate, "projectedOverrunDate is null");
    }

    /** Whether actual and committed spend together exceed the amount. */
    public boolean isOverrun() {
        return remaining.signum() < 0;
    }
}
