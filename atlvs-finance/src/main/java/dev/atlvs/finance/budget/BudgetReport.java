package dev.atlvs.finance.budget;

import dev.atlvs.projects.budget.BudgetCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Budget against committed against actual for a set of budgets on a date: one {@link BudgetPosition} per
 * budget (each is one project, category and period), and totals by category and currency.
 *
 * @param asOf the date of the positions
 * @param positions the positions, by category then period start
 */
public record BudgetReport(LocalDate asOf, List<BudgetPosition> positions) {

    public BudgetReport {
        positions = List.copyOf(positions);
    }

    /** Totals of one category in one currency. */
    public record CategoryTotal(BudgetCategory category, String currency, BigDecimal amount, BigDecimal committed, BigDecimal actual) {
        public BigDecimal remaining() {
            return amount.subtract(committed).subtract(actual);
        }
    }

    /** The totals by category, then currency. */
    public List<CategoryTotal> byCategory() {
        Map<String, CategoryTotal> totals = new TreeMap<>();
        for (BudgetPosition position : positions) {
            Budget budget = position.budget();
            totals.merge(budget.category().name() + "/" + budget.currency(),
                    new CategoryTotal(budget.category(), budget.currency(), budget.amount(), position.committed(), position.actual()),
                    (a, b) -> new CategoryTotal(a.category(), a.currency(), a.amount().add(b.amount()), a.committed().add(b.committed()),
                            a.actual().add(b.actual())));
        }
        return List.copyOf(totals.values());
    }
}
