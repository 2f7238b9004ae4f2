package dev.atlvs.finance.testing;

import dev.atlvs.core.module.Guardrails;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.budget.BudgetStatus;
import dev.atlvs.finance.expense.ExpenseStatus;
import dev.atlvs.finance.invoice.InvoiceStatus;
import dev.atlvs.finance.ledger.JournalEntryRepository;
import dev.atlvs.finance.ledger.JournalEntryStatus;
import dev.atlvs.finance.revenue.RecognitionStatus;
import dev.atlvs.finance.revenue.RevenueStatus;
import dev.atlvs.finance.treasury.FinanceAccountStatus;
import dev.atlvs.finance.ledger.JournalLineRepository;
import dev.atlvs.finance.period.FiscalPeriodRepository;
import java.math.BigDecimal;
import java.util.UUID;

/** The guardrail samples and mutations of the finance tables (see {@link Guardrails}). */
public final class FinanceGuardrails {

    private FinanceGuardrails() {}

    /** One sample row and one ordinary update per finance table, and a probe of each finance rule. */
    public static Guardrails guardrails() {
        return FinanceRuleProbes.declare(Guardrails.builder())
                .table("accounts",
                        org -> FinanceFixtures.account(org, AccountType.ASSET, "Cash").id(),
                        (org, id) -> org.asOwner(tx -> {
                AccountRepository accounts = tx.repository(AccountRepository.class);
                return accounts.update(dev.atlvs.finance.account.ImmutableAccount.copyOf(accounts.get(id)).withName("Cash at bank (EUR)"));
            }))
                .table("fiscal_periods",
                        org -> {
                int year = 2100 + (int) (PERIOD_YEARS.incrementAndGet() % 800);
                return FinanceFixtures.period(org, "FY" + year, java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31)).id();
            },
                        (org, id) -> org.asOwner(tx -> {
                FiscalPeriodRepository periods = tx.repository(FiscalPeriodRepository.class);
                return periods.update(dev.atlvs.finance.period.ImmutableFiscalPeriod.copyOf(periods.get(id))
                        .withStatus(dev.atlvs.finance.period.FiscalPeriodStatus.CLOSING));
            }))
                .table("journal_entries",
                        org -> FinanceFixtures.draftEntry(org).id(),
                        (org, id) -> org.asOwner(tx -> {
                JournalEntryRepository entries = tx.repository(JournalEntryRepository.class);
                return entries.update(dev.atlvs.finance.ledger.ImmutableJournalEntry.copyOf(entries.get(id))
                        .withDescription("Stage hire deposit (main stage), Northern Lights Festival"));
            }))
                .table("journal_lines",
                        org -> FinanceFixtures.draftLine(org, FinanceFixtures.draftEntry(org),
                    FinanceFixtures.account(org, AccountType.EXPENSE, "Stage hire")).id(),
                        (org, id) -> org.asOwner(tx -> {
                JournalLineRepository lines = tx.repository(JournalLineRepository.class);
                return lines.update(dev.atlvs.finance.ledger.ImmutableJournalLine.copyOf(lines.get(id)).withMemo("Deposit, 50% on signature"));
            }))
                .table("exchange_rates",
                        org -> org.asOwner(tx -> new dev.atlvs.finance.currency.ExchangeRates(tx)
                    .record("USD", "EUR", new java.math.BigDecimal("0.9213"), java.time.LocalDate.of(2026, 7, 1), "ECB").id()),
                        (org, id) -> org.asOwner(tx -> {
                var rates = tx.repository(dev.atlvs.finance.currency.ExchangeRateRepository.class);
                return rates.update(dev.atlvs.finance.currency.ImmutableExchangeRate.copyOf(rates.get(id)).withRate(new BigDecimal("0.9187")));
            }))
                .table("posting_accounts",
                        org -> {
                UUID account = FinanceFixtures.account(org, AccountType.ASSET, "Accounts receivable").id();
                return org.asOwner(tx -> new dev.atlvs.finance.account.ChartOfAccounts(tx)
                        .assign(dev.atlvs.finance.account.PostingPurpose.ACCOUNTS_RECEIVABLE, account).id());
            },
                        (org, id) -> {
                UUID account = FinanceFixtures.account(org, dev.atlvs.finance.account.AccountType.ASSET, "Trade debtors").id();
                org.asOwner(tx -> {
                    var postings = tx.repository(dev.atlvs.finance.account.PostingAccountRepository.class);
                    return postings.update(dev.atlvs.finance.account.ImmutablePostingAccount.copyOf(postings.get(id)).withAccountId(account));
                });
            })
                .table("document_sequences",
                        org -> {
                FinanceFixtures.documentNumber(org, "invoice");
                return org.asOwner(tx -> tx.repository(dev.atlvs.finance.numbering.DocumentSequenceRepository.class)
                        .find("invoice", 2026).orElseThrow().id());
            },
                        (org, id) -> org.asOwner(tx -> new dev.atlvs.finance.numbering.DocumentNumbers(tx).next("invoice", 2026)))
                .table("budgets",
                        org -> FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival")).id(),
                        (org, id) -> org.asOwner(tx -> new dev.atlvs.finance.budget.BudgetService(tx).update(
                    dev.atlvs.finance.budget.ImmutableBudget.copyOf(tx.repository(dev.atlvs.finance.budget.BudgetRepository.class).get(id))
                            .withName("Audio and lighting"))))
                .table("budget_lines",
                        org -> FinanceFixtures.budgetLine(org, FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival"))).id(),
                        (org, id) -> org.asOwner(tx -> {
                var lines = tx.repository(dev.atlvs.finance.budget.BudgetLineRepository.class);
                return lines.update(dev.atlvs.finance.budget.ImmutableBudgetLine.copyOf(lines.get(id)).withPlannedAmount(new BigDecimal("5500.00")));
            }))
                .table("expense_policies",
                        org -> FinanceFixtures.expensePolicy(org, "75.00").id(),
                        (org, id) -> org.asOwner(tx -> new dev.atlvs.finance.expense.ExpenseService(tx)
                    .setReceiptThreshold(new BigDecimal("100.00"))))
                .table("expenses",
                        org -> FinanceFixtures.expense(org, org.owner(), FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival")),
                    "48.90").id(),
                        (org, id) -> org.asOwner(tx -> new dev.atlvs.finance.expense.ExpenseService(tx).update(
                    dev.atlvs.finance.expense.ImmutableExpense.copyOf(tx.repository(dev.atlvs.finance.expense.ExpenseRepository.class).get(id))
                            .withDescription("Cable, connectors and gaffer tape, hardware store"))))
                .table("revenue",
                        org -> FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival")).id(),
                        (org, id) -> org.asOwner(tx -> {
                var revenue = tx.repository(dev.atlvs.finance.revenue.RevenueRepository.class);
                return revenue.update(dev.atlvs.finance.revenue.ImmutableRevenue.copyOf(revenue.get(id)).withDescription("Production fee, final"));
            }))
                .table("revenue_recognitions",
                        org -> {
                UUID revenue = FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival")).id();
                return org.asOwner(tx -> new dev.atlvs.finance.revenue.RevenueService(tx).scheduleOf(revenue).get(0).id());
            },
                        (org, id) -> org.asOwner(tx -> {
                var schedule = tx.repository(dev.atlvs.finance.revenue.RevenueRecognitionRepository.class);
                return schedule.update(dev.atlvs.finance.revenue.ImmutableRevenueRecognition.copyOf(schedule.get(id))
                        .withAmount(new BigDecimal("11000.00")));
            }))
                .table("forecasts",
                        org -> FinanceFixtures.forecast(org, FinanceFixtures.project(org, "Harbour Lights Festival")).id(),
                        (org, id) -> org.asOwner(tx -> new dev.atlvs.finance.forecast.ForecastService(tx).update(
                    dev.atlvs.finance.forecast.ImmutableForecast.copyOf(tx.repository(dev.atlvs.finance.forecast.ForecastRepository.class).get(id))
                            .withProjectedSpend(new BigDecimal("19500.00")))))
                .table("finance_accounts",
                        org -> FinanceFixtures.financeAccount(org, "USD").id(),
                        (org, id) -> org.asOwner(tx -> {
                var accounts = tx.repository(dev.atlvs.finance.treasury.FinanceAccountRepository.class);
                return accounts.update(dev.atlvs.finance.treasury.ImmutableFinanceAccount.copyOf(accounts.get(id)).withName("Festival float account"));
            }))
                .table("invoices",
                        org -> FinanceFixtures.draftInvoice(org).id(),
                        (org, id) -> org.asOwner(tx -> {
                var invoices = tx.repository(dev.atlvs.finance.invoice.InvoiceRepository.class);
                return invoices.update(dev.atlvs.finance.invoice.ImmutableInvoice.copyOf(invoices.get(id)).withTitle("Production services, July and August 2026"));
            }))
                .table("invoice_line_items",
                        org -> FinanceFixtures.firstLine(org, FinanceFixtures.draftInvoice(org)).id(),
                        (org, id) -> org.asOwner(tx -> {
                var lines = tx.repository(dev.atlvs.finance.invoice.InvoiceLineRepository.class);
                return lines.update(dev.atlvs.finance.invoice.ImmutableInvoiceLine.copyOf(lines.get(id)).withDescription("Stage production (main stage)"));
            }))
                .table("payments",
                        org -> FinanceFixtures.unpostedReceipt(org, "500.00").id(),
                        (org, id) -> org.asOwner(tx -> {
                var payments = tx.repository(dev.atlvs.finance.payment.PaymentRepository.class);
                return payments.update(dev.atlvs.finance.payment.ImmutablePayment.copyOf(payments.get(id)).withReference("SEPA 2026-0814-78"));
            }))
                .table("payment_allocations",
                        org -> FinanceFixtures.allocation(org).id(),
                        (org, id) -> org.asOwner(tx -> {
                var allocations = tx.repository(dev.atlvs.finance.payment.PaymentAllocationRepository.class);
                var allocation = allocations.get(id);
                return allocations.update(dev.atlvs.finance.payment.ImmutablePaymentAllocation.copyOf(allocation)
                        .withAllocatedOn(allocation.allocatedOn().plusDays(1)));
            }))
                .lifecycle(ExpenseStatus.LIFECYCLE, probe -> probe
                        // The database stamps the approver as the acting user, who never approves what they submitted.
                        .alsoSet(ExpenseStatus.APPROVED, "submitted_by = '" + UUID.randomUUID() + "'"))
                .lifecycle(RevenueStatus.LIFECYCLE, probe -> probe
                        .sample(org -> {
                            FinanceFixtures.draftInvoice(org);
                            return FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival")).id();
                        })
                        .alsoSet(RevenueStatus.INVOICED, "invoice_id = (select i.id from atlvs.invoices i where i.organization_id"
                                + " = revenue.organization_id and i.direction = 'receivable' and i.currency = revenue.currency"
                                + " order by i.id limit 1)")
                        .alsoSet(RevenueStatus.RECEIVED, "received_date = current_date"))
                .lifecycle(InvoiceStatus.LIFECYCLE)
                .lifecycle(BudgetStatus.LIFECYCLE)
                .lifecycle(JournalEntryStatus.LIFECYCLE)
                .lifecycle(FinanceAccountStatus.LIFECYCLE)
                .lifecycle(RecognitionStatus.LIFECYCLE)
                // Free: a period is opened, closed and reopened by the accountants; the database keeps a closed period's dates.
                .freeStatus("fiscal_periods", "status")
                .build();
    }

    /** Fiscal periods of one organization never overlap: each sample gets a year of its own. */
    private static final java.util.concurrent.atomic.AtomicLong PERIOD_YEARS = new java.util.concurrent.atomic.AtomicLong();
}
