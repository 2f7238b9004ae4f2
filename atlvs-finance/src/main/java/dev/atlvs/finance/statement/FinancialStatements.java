package dev.atlvs.finance.statement;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.FinancePermissions;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.ledger.LedgerService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Profit and loss and balance sheet, in the organization's base currency, from the posted journal lines'
 * base amounts ({@code journal_lines.base_debit} and {@code base_credit}; reversed entries count together
 * with their reversals, so they net out).
 *
 * <pre>{@code
 * FinancialStatements statements = new FinancialStatements(tx);
 * ProfitAndLoss july = statements.profitAndLoss(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
 * ProfitAndLoss festival = statements.profitAndLoss(festivalId, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
 * BalanceSheet sheet = statements.balanceSheet(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
 * sheet.balances();   // true
 * }</pre>
 *
 * <p>Permissions: {@link FinancePermissions#JOURNAL_ENTRIES_READ}.
 */
public final class FinancialStatements {
    private final TenantTransaction tx;

    public FinancialStatements(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** The organization's profit and loss from {@code from} to {@code to}, both included. */
    public ProfitAndLoss profitAndLoss(LocalDate from, LocalDate to) {
        return profitAndLoss(from, to, Optional.empty());
    }

    /** The profit and loss of project {@code projectId} (a line's own project, or else its entry's) from {@code from} to {@code to}. */
    public ProfitAndLoss profitAndLoss(UUID projectId, LocalDate from, LocalDate to) {
        return profitAndLoss(from, to, Optional.of(requireNonNull(projectId, "projectId is null")));
    }

    /**
     * The balance sheet as of the end of {@code to}, with the result from {@code from} to {@code to} shown as the
     * period's result.
     */
    public BalanceSheet balanceSheet(LocalDate from, LocalDate to) {
        requirePeriod(from, to);
        tx.require(FinancePermissions.JOURNAL_ENTRIES_READ);
        List<StatementLine> lines = lines(LocalDate.MIN, to, Optional.empty());
        BigDecimal prior = result(lines(LocalDate.MIN, from.minusDays(1), Optional.empty()));
        BigDecimal period = result(lines(from, to, Optional.empty()));
        return new BalanceSheet(from, to, new ExchangeRates(tx).baseCurrency(), ofType(lines, AccountType.ASSET),
                ofType(lines, AccountType.LIABILITY), ofType(lines, AccountType.EQUITY), prior, period);
    }

    private ProfitAndLoss profitAndLoss(LocalDate from, LocalDate to, Optional<UUID> projectId) {
        requirePeriod(from, to);
        tx.require(FinancePermissions.JOURNAL_ENTRIES_READ);
        List<StatementLine> lines = lines(from, to, projectId);
        return new ProfitAndLoss(from, to, projectId, new ExchangeRates(tx).baseCurrency(), ofType(lines, AccountType.REVENUE),
                ofType(lines, AccountType.EXPENSE));
    }

    private static BigDecimal result(List<StatementLine> lines) {
        BigDecimal revenue = ofType(lines, AccountType.REVENUE).stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expenses = ofType(lines, AccountType.EXPENSE).stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return revenue.subtract(expenses);
    }

    private static List<StatementLine> ofType(List<StatementLine> lines, AccountType type) {
        return lines.stream().filter(line -> line.type() == type).toList();
    }

    /** Per account, the signed base balance of the posted lines booked on {@code from} to {@code to}. */
    private List<StatementLine> lines(LocalDate from, LocalDate to, Optional<UUID> projectId) {
        if (to.isBefore(from)) {
            return List.of();
        }
        return tx.handle().createQuery("""
                select a.id, a.account_number, a.name, a.type,
                       case when a.type in ('asset', 'expense') then sum(l.base_debit - l.base_credit)
                            else sum(l.base_credit - l.base_debit) end as amount
                  from atlvs.journal_lines l
                  join atlvs.journal_entries e on e.organization_id = l.organization_id and e.id = l.entry_id
                  join atlvs.accounts a on a.organization_id = l.organization_id and a.id = l.account_id
                 where l.organization_id = :organizationId and e.organization_id = :organizationId
                   and e.status in ('posted', 'reversed')
                   and (cast(:from as date) is null or e.posting_date >= cast(:from as date)) and e.posting_date <= :to
                   and (cast(:projectId as uuid) is null or coalesce(l.project_id, e.project_id) = :projectId)
                 group by a.id, a.account_number, a.name, a.type
                having sum(l.base_debit) <> sum(l.base_credit)
                 order by a.account_number
                """)
                .bind("organizationId", tx.organizationId())
                .bind("from", from.equals(LocalDate.MIN) ? null : from)
                .bind("to", to)
                .bind("projectId", projectId.orElse(null))
                .map((row, context) -> new StatementLine(row.getObject("id", UUID.class), row.getString("account_number"), row.getString("name"),
                        AccountType.valueOf(row.getString("type").toUpperCase(Locale.ROOT)), row.getBigDecimal("amount")))
                .list();
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (to.isBefore(from)) {
            throw new ValidationException(FinanceErrorCode.PERIOD_INVALID, "Statement",
                    List.of(new FieldViolation("to", "ordered", "is on or after from")));
        }
    }
}
