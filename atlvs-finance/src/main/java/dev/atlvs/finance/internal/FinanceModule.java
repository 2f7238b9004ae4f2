package dev.atlvs.finance.internal;

import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.event.EventType;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.ErrorCodeBlock;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.repository.Table;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.FinancePermissions;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.PostingAccount;
import dev.atlvs.finance.account.PostingAccountRepository;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetLine;
import dev.atlvs.finance.budget.BudgetLineRepository;
import dev.atlvs.finance.budget.BudgetRepository;
import dev.atlvs.finance.currency.ExchangeRate;
import dev.atlvs.finance.currency.ExchangeRateRepository;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpensePolicy;
import dev.atlvs.finance.expense.ExpensePolicyRepository;
import dev.atlvs.finance.expense.ExpenseRepository;
import dev.atlvs.finance.forecast.Forecast;
import dev.atlvs.finance.forecast.ForecastRepository;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceLine;
import dev.atlvs.finance.invoice.InvoiceLineRepository;
import dev.atlvs.finance.invoice.InvoiceRepository;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryRepository;
import dev.atlvs.finance.ledger.JournalLine;
import dev.atlvs.finance.ledger.JournalLineRepository;
import dev.atlvs.finance.numbering.DocumentSequence;
import dev.atlvs.finance.numbering.DocumentSequenceRepository;
import dev.atlvs.finance.payment.Payment;
import dev.atlvs.finance.payment.PaymentAllocation;
import dev.atlvs.finance.payment.PaymentAllocationRepository;
import dev.atlvs.finance.payment.PaymentRepository;
import dev.atlvs.finance.period.FiscalPeriod;
import dev.atlvs.finance.period.FiscalPeriodRepository;
import dev.atlvs.finance.revenue.Revenue;
import dev.atlvs.finance.revenue.RevenueRecognition;
import dev.atlvs.finance.revenue.RevenueRecognitionRepository;
import dev.atlvs.finance.revenue.RevenueRepository;
import dev.atlvs.finance.testing.FinanceGuardrails;
import dev.atlvs.finance.treasury.FinanceAccount;
import dev.atlvs.finance.treasury.FinanceAccountRepository;
import java.util.List;
import java.util.Set;

/**
 * The finance module: ledger, periods, chart of accounts, exchange rates, numbering, invoices,
 * payments, treasury accounts, budgets, expenses, revenue and forecasts. It depends on projects, whose
 * projects and budget categories its budgets, expenses, revenue and forecasts refer to.
 */
public final class FinanceModule implements AtlvsModule {

    @Override
    public String name() {
        return "finance";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of(CORE, "projects", "people");
    }

    @Override
    public List<Table<?, ?>> tables() {
        return List.of(Account.TABLE, FiscalPeriod.TABLE, JournalEntry.TABLE, JournalLine.TABLE, ExchangeRate.TABLE, PostingAccount.TABLE,
                DocumentSequence.TABLE, FinanceAccount.TABLE, Invoice.TABLE, InvoiceLine.TABLE, Payment.TABLE, PaymentAllocation.TABLE,
                Budget.TABLE, BudgetLine.TABLE, ExpensePolicy.TABLE, Expense.TABLE, Revenue.TABLE, RevenueRecognition.TABLE, Forecast.TABLE);
    }

    @Override
    public List<Class<?>> repositories() {
        return List.of(AccountRepository.class, FiscalPeriodRepository.class, JournalEntryRepository.class, JournalLineRepository.class,
                ExchangeRateRepository.class, PostingAccountRepository.class, DocumentSequenceRepository.class, FinanceAccountRepository.class,
                InvoiceRepository.class, InvoiceLineRepository.class, PaymentRepository.class, PaymentAllocationRepository.class,
                BudgetRepository.class, BudgetLineRepository.class, ExpensePolicyRepository.class, ExpenseRepository.class,
                RevenueRepository.class, RevenueRecognitionRepository.class, ForecastRepository.class);
    }

    @Override
    public List<EntityType> entityTypes() {
        return List.of(new EntityType("invoice", Invoice.TABLE), new EntityType("expense", Expense.TABLE),
                new EntityType("payment", Payment.TABLE), new EntityType("budget", Budget.TABLE),
                new EntityType("journal_entry", JournalEntry.TABLE), new EntityType("revenue", Revenue.TABLE),
                new EntityType("forecast", Forecast.TABLE), new EntityType("finance_account", FinanceAccount.TABLE));
    }

    @Override
    public List<EventType> eventTypes() {
        return List.of(
                new EventType(FinanceEventTypes.INVOICE_ISSUED, "invoice", "an invoice or credit note was issued"),
                new EventType(FinanceEventTypes.INVOICE_VOIDED, "invoice", "an invoice was voided"),
                new EventType(FinanceEventTypes.INVOICE_PARTIALLY_PAID, "invoice", "a payment settled part of an invoice"),
                new EventType(FinanceEventTypes.INVOICE_PAID, "invoice", "a payment settled what was left of an invoice"),
                new EventType(FinanceEventTypes.PAYMENT_RECORDED, "payment", "a receipt or disbursement was recorded and allocated"),
                new EventType(FinanceEventTypes.EXPENSE_RECORDED, "expense", "an expense was recorded as a draft"),
                new EventType(FinanceEventTypes.EXPENSE_SUBMITTED, "expense", "an expense was submitted for approval"),
                new EventType(FinanceEventTypes.EXPENSE_RECALLED, "expense", "a submitted expense went back to draft"),
                new EventType(FinanceEventTypes.EXPENSE_UNDER_REVIEW, "expense", "an expense is being reviewed"),
                new EventType(FinanceEventTypes.EXPENSE_APPROVED, "expense", "an expense was approved and posted"),
                new EventType(FinanceEventTypes.EXPENSE_REJECTED, "expense", "an expense was rejected"),
                new EventType(FinanceEventTypes.EXPENSE_PAID, "expense", "an approved expense was paid"),
                new EventType(FinanceEventTypes.EXPENSE_CANCELLED, "expense", "an expense was cancelled"));
    }

    @Override
    public List<Permission> permissions() {
        return FinancePermissions.ALL;
    }

    @Override
    public java.util.Map<String, Permission> readPermissions() {
        // the books (chart, periods, entries, rates, numbering) are read with the journal
        return java.util.Map.ofEntries(
                java.util.Map.entry(Account.TABLE.name(), FinancePermissions.JOURNAL_ENTRIES_READ),
                java.util.Map.entry(PostingAccount.TABLE.name(), FinancePermissions.JOURNAL_ENTRIES_READ),
                java.util.Map.entry(FiscalPeriod.TABLE.name(), FinancePermissions.JOURNAL_ENTRIES_READ),
                java.util.Map.entry(JournalEntry.TABLE.name(), FinancePermissions.JOURNAL_ENTRIES_READ),
                java.util.Map.entry(JournalLine.TABLE.name(), FinancePermissions.JOURNAL_ENTRIES_READ),
                java.util.Map.entry(ExchangeRate.TABLE.name(), FinancePermissions.JOURNAL_ENTRIES_READ),
                java.util.Map.entry(DocumentSequence.TABLE.name(), FinancePermissions.JOURNAL_ENTRIES_READ),
                java.util.Map.entry(FinanceAccount.TABLE.name(), FinancePermissions.FINANCE_ACCOUNTS_READ),
                java.util.Map.entry(Invoice.TABLE.name(), FinancePermissions.INVOICES_READ),
                java.util.Map.entry(InvoiceLine.TABLE.name(), FinancePermissions.INVOICES_READ),
                java.util.Map.entry(Payment.TABLE.name(), FinancePermissions.PAYMENTS_READ),
                java.util.Map.entry(PaymentAllocation.TABLE.name(), FinancePermissions.PAYMENTS_READ),
                java.util.Map.entry(Budget.TABLE.name(), FinancePermissions.BUDGETS_READ),
                java.util.Map.entry(BudgetLine.TABLE.name(), FinancePermissions.BUDGETS_READ),
                java.util.Map.entry(ExpensePolicy.TABLE.name(), FinancePermissions.EXPENSES_READ),
                java.util.Map.entry(Expense.TABLE.name(), FinancePermissions.EXPENSES_READ),
                java.util.Map.entry(Revenue.TABLE.name(), FinancePermissions.REVENUE_READ),
                java.util.Map.entry(RevenueRecognition.TABLE.name(), FinancePermissions.REVENUE_READ),
                java.util.Map.entry(Forecast.TABLE.name(), FinancePermissions.FORECASTS_READ));
    }

    @Override
    public ErrorCodeBlock errorCodes() {
        return ErrorCodeBlock.of(3000, 3999, FinanceErrorCode.class);
    }

    @Override
    public List<dev.atlvs.core.error.Rule> rules() {
        return dev.atlvs.finance.FinanceRules.ALL;
    }

    @Override
    public Guardrails guardrails() {
        return FinanceGuardrails.guardrails();
    }
}
