package dev.atlvs.finance.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The balance sheet at the end of a period, in the base currency. Revenue and expenses are not closed into
 * equity by postings, so equity shows them as two lines of its own: the result of the periods before
 * {@link #from()} ({@link #priorResult()}) and the result of the period itself ({@link #periodResult()}, the
 * period's {@link ProfitAndLoss#result()}). Assets always equal liabilities plus equity.
 *
 * @param from the first day of the period whose result is shown on its own
 * @param asOf the last day of the period: the balances are as of its end
 * @param currency the base currency
 * @param assets the asset accounts with a balance, by number
 * @param liabilities the liability accounts with a balance, by number
 * @param equity the equity accounts with a balance, by number
 * @param priorResult revenue less expenses booked before {@code from}
 * @param periodResult revenue less expenses booked from {@code from} to {@code asOf}
 */
public record BalanceSheet(LocalDate from, LocalDate asOf, String currency, List<StatementLine> assets, List<StatementLine> liabilities,
        List<StatementLine> equity, BigDecimal priorResult, BigDecimal periodResult) {

    public BalanceSheet {
        assets = List.copyOf(assets);
        liabilities = List.copyOf(liabilities);
        equity = List.copyOf(equity);
    }

    public BigDecimal totalAssets() {
        return sum(assets);
    }

    public BigDecimal totalLiabilities() {
        return sum(liabilities);
    }

    /** The equity accounts plus the prior and the period's result. */
    public BigDecimal totalEquity() {
        return sum(equity).add(priorResult).add(periodResult);
    }

    /** Whether assets equal liabilities plus equity (always, for a ledger of balanced entries). */
    public boolean balances() {
        return totalAssets().compareTo(totalLiabilities().add(totalEquity())) == 0;
    }

    private static BigDecimal sum(List<StatementLine> lines) {
        return lines.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
