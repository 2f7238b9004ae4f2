package dev.atlvs.finance.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The profit and loss of a period (both ends included), for the organization or one project, in the base
 * currency.
 *
 * @param from the first day
 * @param to the last day
 * @param projectId the project, if the statement is of one
 * @param currency the base currency
 * @param revenue the revenue accounts, by number
 * @param expenses the expense accounts, by number
 */
public record ProfitAndLoss(LocalDate from, LocalDate to, Optional<UUID> projectId, String currency, List<StatementLine> revenue,
        List<StatementLine> expenses) {

    public ProfitAndLoss {
        revenue = List.copyOf(revenue);
        expenses = List.copyOf(expenses);
    }

    public BigDecimal totalRevenue() {
        return revenue.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalExpenses() {
        return expenses.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Revenue less expenses: the profit, negative for a loss. */
    public BigDecimal result() {
        return totalRevenue().subtract(totalExpenses());
    }
}
