package dev.atlvs.finance.testing;

import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.account.ChartOfAccounts;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.numbering.DocumentNumbers;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryRepository;
import dev.atlvs.finance.ledger.JournalLine;
import dev.atlvs.finance.ledger.JournalLineRepository;
import dev.atlvs.finance.period.FiscalPeriod;
import dev.atlvs.finance.period.FiscalPeriodRepository;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetLine;
import dev.atlvs.finance.budget.BudgetService;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpensePolicy;
import dev.atlvs.finance.expense.ExpenseService;
import dev.atlvs.finance.forecast.Forecast;
import dev.atlvs.finance.forecast.ForecastService;
import dev.atlvs.finance.revenue.RecognitionMethod;
import dev.atlvs.finance.revenue.Revenue;
import dev.atlvs.finance.revenue.RevenueService;
import dev.atlvs.finance.revenue.RevenueSource;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.project.Project;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.invoice.InvoiceDraft;
import dev.atlvs.finance.invoice.InvoiceLine;
import dev.atlvs.finance.invoice.InvoiceLineRepository;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.payment.Payment;
import dev.atlvs.finance.payment.PaymentAllocation;
import dev.atlvs.finance.payment.PaymentAllocationRepository;
import dev.atlvs.finance.payment.PaymentDirection;
import dev.atlvs.finance.payment.PaymentMethod;
import dev.atlvs.finance.payment.PaymentRepository;
import dev.atlvs.finance.payment.PaymentService;
import dev.atlvs.finance.treasury.FinanceAccount;
import dev.atlvs.finance.treasury.FinanceAccountKind;
import dev.atlvs.finance.treasury.FinanceAccountService;
import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic ledger data, written through the SDK's repositories as the organization's owner. Account and
 * entry numbers carry a counter, so they never collide.
 *
 * <pre>{@code
 * Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
 * FiscalPeriod july = FinanceFixtures.period(acme, "FY2026-07", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
 * JournalLine line = FinanceFixtures.draftLine(acme, FinanceFixtures.draftEntry(acme), cash);
 * }</pre>
 */
public final class FinanceFixtures {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private FinanceFixtures() {}

    /**
     * A new account of {@code type} named {@code name}, with the next free number: {@code 9-<n>}, a range
     * the standard chart of accounts never uses, so the two never collide in one organization.
     */
    public static Account account(FixtureOrganization org, AccountType type, String name) {
        long n = SEQUENCE.incrementAndGet();
        return org.asOwner(tx -> tx.repository(AccountRepository.class).insert(Account.builder().organizationId(org.id())
                .accountNumber("9-" + n).name(name).type(type).build()));
    }

    /** A new open fiscal period. */
    public static FiscalPeriod period(FixtureOrganization org, String name, LocalDate startsOn, LocalDate endsOn) {
        return org.asOwner(tx -> tx.repository(FiscalPeriodRepository.class).insert(FiscalPeriod.builder().organizationId(org.id())
                .name(name).startsOn(startsOn).endsOn(endsOn).build()));
    }

    /** A new draft entry without lines, booked on 20 July 2026. */
    public static JournalEntry draftEntry(FixtureOrganization org) {
        long n = SEQUENCE.incrementAndGet();
        return org.asOwner(tx -> tx.repository(JournalEntryRepository.class).insert(JournalEntry.builder().organizationId(org.id())
                .entryNumber("JE-" + n).postingDate(LocalDate.of(2026, 7, 20)).description("Stage hire deposit, Northern Lights Festival")
                .build()));
    }

    /** A debit of 1,250.00 EUR to {@code account} on the draft {@code entry}. */
    public static JournalLine draftLine(FixtureOrganization org, JournalEntry entry, Account account) {
        return org.asOwner(tx -> tx.repository(JournalLineRepository.class).insert(JournalLine.builder().organizationId(org.id())
                .entryId(entry.id()).lineNumber(1).accountId(account.id()).debit(new BigDecimal("1250.0000")).currency("EUR")
                .baseDebit(new BigDecimal("1358.7000")).build()));
    }

    /**
     * Exchange rates from 1 January 2026 for an organization kept in US dollars: 1 USD = 0.92 EUR = 0.79 GBP =
     * 1.36 CAD.
     */
    public static void rates(FixtureOrganization org) {
        org.asOwner(tx -> {
            ExchangeRates rates = new ExchangeRates(tx);
            LocalDate from = LocalDate.of(2026, 1, 1);
            rates.record("USD", "EUR", new BigDecimal("0.92"), from, "Fixture");
            rates.record("USD", "GBP", new BigDecimal("0.79"), from, "Fixture");
            return rates.record("USD", "CAD", new BigDecimal("1.36"), from, "Fixture");
        });
    }

    /** The standard chart of accounts with every posting purpose assigned. */
    public static Map<PostingPurpose, Account> standardChart(FixtureOrganization org) {
        return org.asOwner(tx -> new ChartOfAccounts(tx).installStandard());
    }

    /** The next number of a document kind in 2026, taken and committed. */
    public static long documentNumber(FixtureOrganization org, String kind) {
        return org.asOwner(tx -> new DocumentNumbers(tx).next(kind, 2026));
    }
    /** A stored planned client project kept in US dollars, the base currency of fixture organizations. */
    public static Project project(FixtureOrganization org, String name) {
        Project project = ProjectFixtures.projectBuilder(org, name).currency("USD").build();
        return org.asOwner(tx -> new dev.atlvs.projects.project.ProjectService(tx).create(project));
    }

    /**
     * A builder of a draft budget of {@code project} for {@code category}: 20,000.00 USD over July to September
     * 2026, not stored.
     */
    public static dev.atlvs.finance.budget.ImmutableBudget.Builder budgetBuilder(FixtureOrganization org, Project project, BudgetCategory category) {
        return Budget.builder().organizationId(org.id()).projectId(project.id()).name(project.name() + " " + category.name().toLowerCase())
                .category(category).amount(new BigDecimal("20000.00")).currency("USD")
                .periodStart(LocalDate.of(2026, 7, 1)).periodEnd(LocalDate.of(2026, 9, 30));
    }

    /** A stored draft equipment budget of {@code project}: 20,000.00 USD over July to September 2026. */
    public static Budget budget(FixtureOrganization org, Project project) {
        Budget budget = budgetBuilder(org, project, BudgetCategory.EQUIPMENT).build();
        return org.asOwner(tx -> new BudgetService(tx).create(budget));
    }

    /** A stored active budget of {@code project} for {@code category} of {@code amount} USD over July to September 2026. */
    public static Budget activeBudget(FixtureOrganization org, Project project, BudgetCategory category, String amount) {
        Budget budget = budgetBuilder(org, project, category).amount(new BigDecimal(amount)).build();
        return org.asOwner(tx -> {
            BudgetService budgets = new BudgetService(tx);
            return budgets.activate(budgets.create(budget).id());
        });
    }

    /** A stored line of {@code budget}: 5,000.00 planned for its category in its first month. */
    public static BudgetLine budgetLine(FixtureOrganization org, Budget budget) {
        return org.asOwner(tx -> new BudgetService(tx).addLine(BudgetLine.builder().organizationId(org.id()).budgetId(budget.id())
                .category(budget.category()).description("Stage and PA hire, first month").periodStart(budget.periodStart())
                .periodEnd(budget.periodStart().plusMonths(1).minusDays(1)).plannedAmount(new BigDecimal("5000.00")).build()));
    }

    /** The organization's expense policy with a receipt threshold of {@code threshold} in its base currency. */
    public static ExpensePolicy expensePolicy(FixtureOrganization org, String threshold) {
        return org.asOwner(tx -> new ExpenseService(tx).setReceiptThreshold(new BigDecimal(threshold)));
    }

    /** A builder of an expense of {@code amount} USD of {@code project} in {@code category} on 20 July 2026, not stored. */
    public static dev.atlvs.finance.expense.ImmutableExpense.Builder expenseBuilder(FixtureOrganization org, Project project,
            BudgetCategory category, String amount) {
        return Expense.builder().organizationId(org.id()).projectId(project.id()).description("Cable and connectors, hardware store")
                .amount(new BigDecimal(amount)).currency("USD").category(category).expenseDate(LocalDate.of(2026, 7, 20));
    }

    /** A stored draft expense of {@code amount} USD counted against {@code budget}, recorded by {@code user}. */
    public static Expense expense(FixtureOrganization org, dev.atlvs.core.user.User user, Budget budget, String amount) {
        Expense expense = Expense.builder().organizationId(org.id()).projectId(budget.projectId()).budgetId(budget.id())
                .description("Cable and connectors, hardware store").amount(new BigDecimal(amount)).currency("USD")
                .category(budget.category()).expenseDate(LocalDate.of(2026, 7, 20)).build();
        return org.as(user, tx -> new ExpenseService(tx).record(expense));
    }

    /** A stored projected production fee of {@code project}: 12,000.00 USD recognized on 18 September 2026. */
    public static Revenue revenue(FixtureOrganization org, Project project) {
        Revenue revenue = Revenue.builder().organizationId(org.id()).projectId(project.id()).description("Production fee")
                .amount(new BigDecimal("12000.00")).currency("USD").source(RevenueSource.FEE).recognitionMethod(RecognitionMethod.ON_DATE)
                .recognitionDate(LocalDate.of(2026, 9, 18)).build();
        return org.asOwner(tx -> new RevenueService(tx).record(revenue));
    }

    /** A stored forecast of {@code project} for the third quarter of 2026 in the base scenario, in USD. */
    public static Forecast forecast(FixtureOrganization org, Project project) {
        Forecast forecast = Forecast.builder().organizationId(org.id()).projectId(project.id()).name("Q3 outlook")
                .periodStart(LocalDate.of(2026, 7, 1)).periodEnd(LocalDate.of(2026, 9, 30)).forecastDate(LocalDate.of(2026, 6, 15))
                .projectedSpend(new BigDecimal("18000.00")).projectedRevenue(new BigDecimal("25000.00")).currency("USD").build();
        return org.asOwner(tx -> new ForecastService(tx).create(forecast));
    }

    /** A new bank account in {@code currency}, booked on a new asset account of the chart, number ending 4321. */
    public static FinanceAccount financeAccount(FixtureOrganization org, String currency) {
        long n = SEQUENCE.incrementAndGet();
        Account gl = account(org, AccountType.ASSET, "Bank " + n);
        return org.asOwner(tx -> new FinanceAccountService(tx).open(FinanceAccount.builder().organizationId(org.id())
                .name("Operating account " + n).kind(FinanceAccountKind.BANK).currency(currency).glAccountId(gl.id())
                .bankName("Deutsche Bank").accountNumberLast4(FinanceAccount.lastFour("DE89 3704 0044 0532 0143 21")).build()));
    }

    /**
     * A receivable invoice draft to "Northern Lights Festival GmbH" in {@code currency}: stage production 1 × 10,000.00
     * at 19% tax, and 3 days of crew at 850.00 with 10% discount and 19% tax (total 14,631.05).
     */
    public static InvoiceDraft invoiceDraft(InvoiceDirection direction, String currency) {
        return InvoiceDraft.builder().direction(direction).counterpartyName("Northern Lights Festival GmbH")
                .counterpartyEmail("accounts@northernlights.example").title("Production services, July 2026").currency(currency)
                .addLines(InvoiceDraft.Line.of("Stage production", new BigDecimal("1"), new BigDecimal("10000.00")).withTaxRate(new BigDecimal("19")),
                        InvoiceDraft.Line.of("Rigging crew (days)", new BigDecimal("3"), new BigDecimal("850.00"))
                                .withDiscountRate(new BigDecimal("10")).withTaxRate(new BigDecimal("19")))
                .build();
    }

    /** A new draft receivable invoice in US dollars (see {@link #invoiceDraft}). */
    public static Invoice draftInvoice(FixtureOrganization org) {
        return org.asOwner(tx -> new InvoiceService(tx).createDraft(invoiceDraft(InvoiceDirection.RECEIVABLE, "USD")));
    }

    /** A receivable invoice in US dollars issued on 20 July 2026, with the standard chart installed first. */
    public static Invoice issuedInvoice(FixtureOrganization org) {
        return issuedInvoice(org, InvoiceDirection.RECEIVABLE, "USD", LocalDate.of(2026, 7, 20));
    }

    /** An invoice of {@code direction} in {@code currency} issued on {@code issueDate}, with the standard chart installed first. */
    public static Invoice issuedInvoice(FixtureOrganization org, InvoiceDirection direction, String currency, LocalDate issueDate) {
        standardChart(org);
        return org.asOwner(tx -> {
            InvoiceService invoices = new InvoiceService(tx);
            return invoices.issue(invoices.createDraft(invoiceDraft(direction, currency)).id(), issueDate);
        });
    }

    /** The first line of {@code invoice}. */
    public static InvoiceLine firstLine(FixtureOrganization org, Invoice invoice) {
        return org.asOwner(tx -> tx.repository(InvoiceLineRepository.class).ofInvoice(invoice.id()).get(0));
    }

    /** A receipt of {@code amount} US dollars on 14 August 2026, by bank transfer, not yet allocated nor posted. */
    public static Payment unpostedReceipt(FixtureOrganization org, String amount) {
        return org.asOwner(tx -> tx.repository(PaymentRepository.class).insert(Payment.builder().organizationId(org.id())
                .direction(PaymentDirection.RECEIPT).amount(new BigDecimal(amount)).currency("USD").method(PaymentMethod.BANK_TRANSFER)
                .paidOn(LocalDate.of(2026, 8, 14)).reference("SEPA 2026-0814-77").counterpartyName("Northern Lights Festival GmbH").build()));
    }

    /** An allocation of 1,000.00 of a new unposted receipt to a new issued invoice. */
    public static PaymentAllocation allocation(FixtureOrganization org) {
        Invoice invoice = issuedInvoice(org);
        Payment payment = unpostedReceipt(org, "1000.00");
        return org.asOwner(tx -> tx.repository(PaymentAllocationRepository.class).insert(PaymentAllocation.builder().organizationId(org.id())
                .paymentId(payment.id()).invoiceId(invoice.id()).amount(new BigDecimal("1000.00")).baseAmount(new BigDecimal("1000.00"))
                .allocatedOn(LocalDate.of(2026, 8, 14)).build()));
    }

    /** A receipt of {@code amount} in the invoice's currency on {@code paidOn}, allocated to {@code invoice} and posted. */
    public static PaymentService.Recorded receipt(FixtureOrganization org, Invoice invoice, String amount, LocalDate paidOn) {
        return org.asOwner(tx -> new PaymentService(tx).record(Payment.builder().organizationId(org.id())
                .direction(invoice.direction() == InvoiceDirection.RECEIVABLE ? PaymentDirection.RECEIPT : PaymentDirection.DISBURSEMENT)
                .amount(new BigDecimal(amount)).currency(invoice.currency()).method(PaymentMethod.BANK_TRANSFER).paidOn(paidOn)
                .counterpartyName(invoice.counterpartyName()).build(),
                List.of(new PaymentService.Allocation(invoice.id(), new BigDecimal(amount)))));
    }
}
