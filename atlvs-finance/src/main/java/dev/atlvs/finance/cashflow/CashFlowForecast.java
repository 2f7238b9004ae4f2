package dev.atlvs.finance.cashflow;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinancePermissions;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpenseRepository;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The cash-flow forecast from what is open, inside the caller's tenant transaction: receivable invoices
 * (their amount due, by due date) come in; payable invoices (by due date) and approved reimbursable
 * expenses not yet paid (owed from the day of their approval) go out. Amounts in other currencies are
 * converted into the base currency at the rate of the forecast date. Open purchase orders and crew pay do
 * not exist yet and are not part of it.
 *
 * <pre>{@code
 * CashFlowProjection next = new CashFlowForecast(tx).weekly(LocalDate.of(2026, 8, 3), 13);
 * next.weeks().get(0).net();   // receipts less disbursements due 3 to 9 August
 * }</pre>
 *
 * <p>Permissions: {@link FinancePermissions#CASH_FLOW_READ}.
 */
public final class CashFlowForecast {

    private final TenantTransaction tx;

    public CashFlowForecast(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /**
     * What is due before {@code asOf}, in each of {@code weeks} weeks from {@code asOf} on, and after.
     *
     * @throws ValidationException (field {@code weeks}) unless {@code weeks} is 1 to 104
     */
    public CashFlowProjection weekly(LocalDate asOf, int weeks) {
        requireNonNull(asOf, "asOf is null");
        if (weeks < 1 || weeks > 104) {
            throw ValidationException.of("CashFlowForecast", "weeks", "Range", "is 1 to 104");
        }
        tx.require(FinancePermissions.CASH_FLOW_READ);
        ExchangeRates rates = new ExchangeRates(tx);
        String base = rates.baseCurrency();
        LocalDate horizon = asOf.plusWeeks(weeks);
        BigDecimal[] receipts = zeros(weeks + 2);
        BigDecimal[] disbursements = zeros(weeks + 2);
        for (Invoice invoice : openInvoices()) {
            LocalDate due = invoice.dueDate().or(invoice::issueDate).orElse(asOf);
            BigDecimal amount = rates.convert(new Money(invoice.amountDue(), invoice.currency()), base, asOf).amount();
            int bucket = bucket(due, asOf, horizon, weeks);
            if (invoice.direction() == InvoiceDirection.RECEIVABLE) {
                receipts[bucket] = receipts[bucket].add(amount);
            } else {
                disbursements[bucket] = disbursements[bucket].add(amount);
            }
        }
        for (Expense expense : tx.repository(ExpenseRepository.class).approvedUnpaid()) {
            if (!expense.reimbursable()) {
                continue; // paid directly: no money left to go out
            }
            LocalDate owed = expense.approvedAt().map(at -> LocalDate.ofInstant(at, tx.clock().getZone())).orElse(expense.expenseDate());
            int bucket = bucket(owed, asOf, horizon, weeks);
            disbursements[bucket] = disbursements[bucket].add(expense.baseAmount());
        }
        List<CashFlowProjection.Bucket> weekly = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            weekly.add(new CashFlowProjection.Bucket(asOf.plusWeeks(i), asOf.plusWeeks(i + 1).minusDays(1), receipts[i + 1], disbursements[i + 1]));
        }
        return new CashFlowProjection(asOf, base,
                new CashFlowProjection.Bucket(LocalDate.MIN, asOf.minusDays(1), receipts[0], disbursements[0]), weekly,
                new CashFlowProjection.Bucket(horizon, LocalDate.MAX, receipts[weeks + 1], disbursements[weeks + 1]));
    }

    /** 0 for overdue, 1..weeks for the weeks, weeks + 1 for later. */
    private static int bucket(LocalDate due, LocalDate asOf, LocalDate horizon, int weeks) {
        if (due.isBefore(asOf)) {
            return 0;
        }
        if (!due.isBefore(horizon)) {
            return weeks + 1;
        }
        return (int) (java.time.temporal.ChronoUnit.DAYS.between(asOf, due) / 7) + 1;
    }

    private List<Invoice> openInvoices() {
        return tx.handle().createQuery("""
                select * from atlvs.invoices
                 where organization_id = :organizationId and kind = 'invoice' and status in ('issued', 'partially_paid')
                 order by due_date, id
                """)
                .bind("organizationId", tx.organizationId())
                .mapTo(Invoice.class)
                .list();
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] values = new BigDecimal[size];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }
}
