package dev.atlvs.finance.internal;

import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TableCatalog;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.PostingAccount;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetLine;
import dev.atlvs.finance.currency.ExchangeRate;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpensePolicy;
import dev.atlvs.finance.forecast.Forecast;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceLine;
import dev.atlvs.finance.payment.Payment;
import dev.atlvs.finance.payment.PaymentAllocation;
import dev.atlvs.finance.treasury.FinanceAccount;
import dev.atlvs.finance.numbering.DocumentSequence;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalLine;
import dev.atlvs.finance.period.FiscalPeriod;
import dev.atlvs.finance.revenue.Revenue;
import dev.atlvs.finance.revenue.RevenueRecognition;
import java.util.List;

/** The tables of the finance module. */
public final class FinanceTables implements TableCatalog {
    @Override
    public List<Table<?, ?>> tables() {
        return List.of(Account.TABLE, FiscalPeriod.TABLE, JournalEntry.TABLE, JournalLine.TABLE, ExchangeRate.TABLE, PostingAccount.TABLE,
                DocumentSequence.TABLE, FinanceAccount.TABLE, Invoice.TABLE, InvoiceLine.TABLE, Payment.TABLE, PaymentAllocation.TABLE,
                Budget.TABLE, BudgetLine.TABLE, ExpensePolicy.TABLE, Expense.TABLE, Revenue.TABLE, RevenueRecognition.TABLE, Forecast.TABLE);
    }
}
