package dev.atlvs.finance.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.organization.ImmutableOrganization;
import dev.atlvs.core.organization.OrganizationRepository;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.account.ImmutableAccount;
import dev.atlvs.finance.account.NormalBalance;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.finance.budget.BudgetLine;
import dev.atlvs.finance.budget.BudgetLineRepository;
import dev.atlvs.finance.budget.BudgetRepository;
import dev.atlvs.finance.budget.BudgetService;
import dev.atlvs.finance.budget.ImmutableBudget;
import dev.atlvs.finance.budget.ImmutableBudgetLine;
import dev.atlvs.finance.currency.ExchangeRate;
import dev.atlvs.finance.currency.ExchangeRateRepository;
import dev.atlvs.finance.currency.ImmutableExchangeRate;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpenseRepository;
import dev.atlvs.finance.expense.ExpenseService;
import dev.atlvs.finance.expense.ExpenseStatus;
import dev.atlvs.finance.expense.ImmutableExpense;
import dev.atlvs.finance.forecast.Forecast;
import dev.atlvs.finance.forecast.ForecastRepository;
import dev.atlvs.finance.forecast.ForecastService;
import dev.atlvs.finance.forecast.ImmutableForecast;
import dev.atlvs.finance.invoice.ImmutableInvoice;
import dev.atlvs.finance.invoice.ImmutableInvoiceLine;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.invoice.InvoiceDraft;
import dev.atlvs.finance.invoice.InvoiceLine;
import dev.atlvs.finance.invoice.InvoiceLineRepository;
import dev.atlvs.finance.invoice.InvoiceRepository;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.invoice.InvoiceStatus;
import dev.atlvs.finance.ledger.ImmutableJournalEntry;
import dev.atlvs.finance.ledger.ImmutableJournalLine;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.JournalEntryRepository;
import dev.atlvs.finance.ledger.JournalEntryStatus;
import dev.atlvs.finance.ledger.JournalLineRepository;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.payment.ImmutablePayment;
import dev.atlvs.finance.payment.ImmutablePaymentAllocation;
import dev.atlvs.finance.payment.Payment;
import dev.atlvs.finance.payment.PaymentAllocation;
import dev.atlvs.finance.payment.PaymentAllocationRepository;
import dev.atlvs.finance.payment.PaymentRepository;
import dev.atlvs.finance.period.FiscalPeriod;
import dev.atlvs.finance.period.FiscalPeriodRepository;
import dev.atlvs.finance.period.FiscalPeriodStatus;
import dev.atlvs.finance.period.ImmutableFiscalPeriod;
import dev.atlvs.finance.revenue.ImmutableRevenue;
import dev.atlvs.finance.revenue.ImmutableRevenueRecognition;
import dev.atlvs.finance.revenue.RecognitionMethod;
import dev.atlvs.finance.revenue.RecognitionStatus;
import dev.atlvs.finance.revenue.Revenue;
import dev.atlvs.finance.revenue.RevenueRecognition;
import dev.atlvs.finance.revenue.RevenueRecognitionRepository;
import dev.atlvs.finance.revenue.RevenueRepository;
import dev.atlvs.finance.revenue.RevenueService;
import dev.atlvs.finance.revenue.RevenueSource;
import dev.atlvs.finance.revenue.RevenueStatus;
import dev.atlvs.finance.treasury.FinanceAccount;
import dev.atlvs.finance.treasury.FinanceAccountRepository;
import dev.atlvs.finance.treasury.FinanceAccountService;
import dev.atlvs.finance.treasury.FinanceAccountStatus;
import dev.atlvs.finance.treasury.ImmutableFinanceAccount;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The probes of the finance rules ({@link dev.atlvs.finance.FinanceRules}): each breaks its rule once through the SDK
 * and once by raw SQL, so that the generated suites can require one identity from both (see {@link Guardrails}).
 */
final class FinanceRuleProbes {

    private static final LocalDate JULY_20 = LocalDate.of(2026, 7, 20);

    private FinanceRuleProbes() {}

    static Guardrails.Builder declare(Guardrails.Builder guardrails) {
        return ledger(invoices(budgets(money(guardrails))));
    }

    /** A fraction of a cent: one decimal more than the minor unit of the samples' currencies (euros, dollars). */
    private static final BigDecimal HALF_A_CENT = new BigDecimal("0.005");

    /** The rules that an amount has no more decimals than the minor unit of the currency on its row. */
    private static Guardrails.Builder money(Guardrails.Builder guardrails) {
        return guardrails
                .rule("journal_lines_debit_minor_unit",
                        (tx, id) -> {
                            var line = lines(tx).get(id);
                            lines(tx).update(ImmutableJournalLine.copyOf(line).withDebit(line.debit().add(HALF_A_CENT)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.journal_lines set debit = debit + 0.005 where id = :id", id))
                .rule("journal_lines_credit_minor_unit",
                        (tx, id) -> lines(tx).update(ImmutableJournalLine.builder().from(lines(tx).get(id)).debit(BigDecimal.ZERO)
                                .credit(new BigDecimal("10.005")).baseDebit(BigDecimal.ZERO).baseCredit(new BigDecimal("10.87")).build()),
                        (tx, id) -> sql(tx, """
                                update atlvs.journal_lines set debit = 0, credit = 10.005, base_debit = 0, base_credit = 10.87 where id = :id
                                """, id))
                .rule("finance_accounts_opening_balance_minor_unit",
                        (tx, id) -> financeAccounts(tx).update(ImmutableFinanceAccount.copyOf(financeAccounts(tx).get(id))
                                .withOpeningBalance(new BigDecimal("250.005"))),
                        (tx, id) -> sql(tx, "update atlvs.finance_accounts set opening_balance = 250.005 where id = :id", id))
                // An invoice's total follows its subtotal, discount and tax (invoices_total_amount_check): each break keeps it so.
                .rule("invoices_subtotal_minor_unit",
                        (tx, id) -> {
                            Invoice invoice = invoiceRepository(tx).get(id);
                            invoiceRepository(tx).update(ImmutableInvoice.builder().from(invoice).subtotal(invoice.subtotal().add(HALF_A_CENT))
                                    .totalAmount(invoice.totalAmount().add(HALF_A_CENT)).build());
                        },
                        (tx, id) -> sql(tx, "update atlvs.invoices set subtotal = subtotal + 0.005, total_amount = total_amount + 0.005 where id = :id", id))
                .rule("invoices_discount_amount_minor_unit",
                        (tx, id) -> {
                            Invoice invoice = invoiceRepository(tx).get(id);
                            invoiceRepository(tx).update(ImmutableInvoice.builder().from(invoice).discountAmount(invoice.discountAmount().add(HALF_A_CENT))
                                    .totalAmount(invoice.totalAmount().subtract(HALF_A_CENT)).build());
                        },
                        (tx, id) -> sql(tx, """
                                update atlvs.invoices set discount_amount = discount_amount + 0.005, total_amount = total_amount - 0.005 where id = :id
                                """, id))
                .rule("invoices_tax_amount_minor_unit",
                        (tx, id) -> {
                            Invoice invoice = invoiceRepository(tx).get(id);
                            invoiceRepository(tx).update(ImmutableInvoice.builder().from(invoice).taxAmount(invoice.taxAmount().add(HALF_A_CENT))
                                    .totalAmount(invoice.totalAmount().add(HALF_A_CENT)).build());
                        },
                        (tx, id) -> sql(tx, "update atlvs.invoices set tax_amount = tax_amount + 0.005, total_amount = total_amount + 0.005 where id = :id", id))
                // A recorded payment keeps its amount (payments_recorded_fixed): the breaks record another one.
                .rule("payments_amount_minor_unit",
                        (tx, id) -> payments(tx).insert(ImmutablePayment.builder().from(payments(tx).get(id)).id(UUID.randomUUID())
                                .amount(new BigDecimal("10.005")).build()),
                        (tx, id) -> sql(tx, """
                                insert into atlvs.payments (organization_id, direction, amount, currency, method, paid_on)
                                select organization_id, direction, 10.005, currency, method, paid_on from atlvs.payments where id = :id
                                """, id))
                .rule("budgets_amount_minor_unit",
                        (tx, id) -> {
                            Budget budget = budgetRepository(tx).get(id);
                            budgetRepository(tx).update(ImmutableBudget.copyOf(budget).withAmount(budget.amount().add(HALF_A_CENT)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.budgets set amount = amount + 0.005 where id = :id", id))
                .rule("expenses_amount_minor_unit",
                        (tx, id) -> {
                            Expense expense = expenses(tx).get(id);
                            expenses(tx).update(ImmutableExpense.copyOf(expense).withAmount(expense.amount().add(HALF_A_CENT)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.expenses set amount = amount + 0.005 where id = :id", id))
                .rule("revenue_amount_minor_unit",
                        (tx, id) -> {
                            Revenue current = revenue(tx).get(id);
                            revenue(tx).update(ImmutableRevenue.copyOf(current).withAmount(current.amount().add(HALF_A_CENT)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.revenue set amount = amount + 0.005 where id = :id", id))
                // Only what is paid on the revenue's invoice is received (revenue_received_exceeds_paid): revenue on a paid invoice.
                .rule("revenue_received_amount_minor_unit",
                        FinanceRuleProbes::paidRevenue,
                        (tx, id) -> revenue(tx).update(ImmutableRevenue.copyOf(revenue(tx).get(id)).withReceivedAmount(new BigDecimal("10.005"))),
                        (tx, id) -> sql(tx, "update atlvs.revenue set received_amount = 10.005 where id = :id", id))
                .rule("forecasts_projected_spend_minor_unit",
                        (tx, id) -> {
                            Forecast forecast = forecasts(tx).get(id);
                            forecasts(tx).update(ImmutableForecast.copyOf(forecast).withProjectedSpend(forecast.projectedSpend().add(HALF_A_CENT)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.forecasts set projected_spend = projected_spend + 0.005 where id = :id", id))
                .rule("forecasts_projected_revenue_minor_unit",
                        (tx, id) -> {
                            Forecast forecast = forecasts(tx).get(id);
                            forecasts(tx).update(ImmutableForecast.copyOf(forecast).withProjectedRevenue(forecast.projectedRevenue().add(HALF_A_CENT)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.forecasts set projected_revenue = projected_revenue + 0.005 where id = :id", id));
    }

    private static Guardrails.Builder ledger(Guardrails.Builder guardrails) {
        return guardrails
                .ruleWithoutSql("accounts_normal_balance_type_check",
                        (tx, id) -> accounts(tx).update(ImmutableAccount.copyOf(accounts(tx).get(id)).withNormalBalance(NormalBalance.CREDIT)),
                        "the database derives normal_balance from the type whatever is written (trigger check_account)")
                .rule("accounts_parent_account_id_check",
                        (tx, id) -> accounts(tx).update(ImmutableAccount.copyOf(accounts(tx).get(id)).withParentAccountId(id)),
                        (tx, id) -> sql(tx, "update atlvs.accounts set parent_account_id = id where id = :id", id))
                .rule("accounts_parent_cycle",
                        FinanceRuleProbes::childAccount,
                        (tx, id) -> {
                            Account child = accounts(tx).get(id);
                            accounts(tx).update(ImmutableAccount.copyOf(accounts(tx).get(child.parentAccountId().orElseThrow())).withParentAccountId(id));
                        },
                        (tx, id) -> sql(tx, """
                                update atlvs.accounts p set parent_account_id = c.id
                                  from atlvs.accounts c
                                 where c.id = :id and p.organization_id = c.organization_id and p.id = c.parent_account_id
                                """, id))
                .rule("fiscal_periods_ends_on_check",
                        (tx, id) -> {
                            FiscalPeriod period = periods(tx).get(id);
                            periods(tx).update(ImmutableFiscalPeriod.copyOf(period).withEndsOn(period.startsOn().minusDays(1)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.fiscal_periods set ends_on = starts_on - 1 where id = :id", id))
                .rule("fiscal_periods_closed_dates",
                        FinanceRuleProbes::closedPeriod,
                        (tx, id) -> {
                            FiscalPeriod period = periods(tx).get(id);
                            periods(tx).update(ImmutableFiscalPeriod.copyOf(period).withEndsOn(period.endsOn().plusDays(1)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.fiscal_periods set ends_on = ends_on + 1 where id = :id", id))
                .rule("fiscal_periods_overlap",
                        (tx, id) -> periods(tx).insert(ImmutableFiscalPeriod.copyOf(periods(tx).get(id)).withId(UUID.randomUUID())
                                .withName("Overlapping year")),
                        (tx, id) -> sql(tx, """
                                insert into atlvs.fiscal_periods (organization_id, name, starts_on, ends_on)
                                select organization_id, 'Overlapping year', starts_on, ends_on from atlvs.fiscal_periods where id = :id
                                """, id))
                .rule("journal_entries_posted_at_check",
                        (tx, id) -> entries(tx).update(ImmutableJournalEntry.copyOf(entries(tx).get(id)).withPostedAt(tx.now())),
                        (tx, id) -> sql(tx, "update atlvs.journal_entries set posted_at = now() where id = :id", id))
                .rule("journal_entries_reversal_of_check",
                        (tx, id) -> {
                            // A new entry naming itself as what it reverses (the reversed entry of a stored one is fixed).
                            UUID self = UUID.randomUUID();
                            entries(tx).insert(ImmutableJournalEntry.copyOf(entries(tx).get(id)).withId(self)
                                    .withEntryNumber("SELF-" + self.toString().substring(0, 8)).withReversalOf(self));
                        },
                        (tx, id) -> sql(tx, "update atlvs.journal_entries set reversal_of = id where id = :id", id))
                .rule("journal_entries_posted_immutable",
                        FinanceRuleProbes::postedEntry,
                        (tx, id) -> entries(tx).update(ImmutableJournalEntry.copyOf(entries(tx).get(id)).withDescription("Edited after posting")),
                        (tx, id) -> sql(tx, "update atlvs.journal_entries set description = 'Edited after posting' where id = :id", id))
                .rule("journal_entries_reversed_posted",
                        (tx, id) -> entries(tx).update(ImmutableJournalEntry.copyOf(entries(tx).get(id)).withStatus(JournalEntryStatus.REVERSED)),
                        (tx, id) -> sql(tx, "update atlvs.journal_entries set status = 'reversed' where id = :id", id))
                .rule("journal_entries_reversal_of_posted",
                        (tx, id) -> {
                            // A new entry reversing the draft.
                            UUID reversal = UUID.randomUUID();
                            entries(tx).insert(ImmutableJournalEntry.copyOf(entries(tx).get(id)).withId(reversal)
                                    .withEntryNumber("REV-" + reversal.toString().substring(0, 8)).withReversalOf(id));
                        },
                        (tx, id) -> sql(tx, """
                                insert into atlvs.journal_entries (organization_id, entry_number, posting_date, description, reversal_of)
                                select organization_id, 'REV-' || entry_number, posting_date, description, id from atlvs.journal_entries where id = :id
                                """, id))
                .rule("journal_entries_period_closed",
                        FinanceRuleProbes::closedPeriodOfTheDraft,
                        (tx, id) -> new LedgerService(tx).post(balanced(tx, "JE-CLOSED")),
                        (tx, id) -> sql(tx, "update atlvs.journal_entries set status = 'posted' where id = :id", id))
                .rule("journal_entries_balanced",
                        (tx, id) -> {
                            UUID cash = newAccount(tx, AccountType.ASSET, "Cash");
                            UUID fees = newAccount(tx, AccountType.REVENUE, "Fees");
                            new LedgerService(tx).post(JournalEntryDraft.builder().entryNumber("JE-UNBALANCED").postingDate(JULY_20)
                                    .description("Production fee").addLines(JournalEntryDraft.Line.debit(cash, new BigDecimal("100.00"), "USD"),
                                            JournalEntryDraft.Line.credit(fees, new BigDecimal("90.00"), "USD")).build());
                        },
                        (tx, id) -> sql(tx, "update atlvs.journal_entries set status = 'posted' where id = :id", id))
                .rule("journal_lines_one_side_check",
                        (tx, id) -> lines(tx).update(ImmutableJournalLine.copyOf(lines(tx).get(id)).withCredit(new BigDecimal("100.0000"))),
                        (tx, id) -> sql(tx, "update atlvs.journal_lines set credit = 100, base_credit = 100 where id = :id", id))
                .rule("journal_lines_posted_immutable",
                        organization -> {
                            UUID entry = postedEntry(organization);
                            return organization.asOwner(tx -> lines(tx).ofEntry(entry).get(0).id());
                        },
                        (tx, id) -> lines(tx).update(ImmutableJournalLine.copyOf(lines(tx).get(id)).withMemo("Edited after posting")),
                        (tx, id) -> sql(tx, "update atlvs.journal_lines set memo = 'Edited after posting' where id = :id", id))
                .rule("organizations_base_currency_fixed",
                        organization -> {
                            postedEntry(organization);
                            return organization.id();
                        },
                        (tx, id) -> {
                            OrganizationRepository organizations = tx.repository(OrganizationRepository.class);
                            organizations.update(ImmutableOrganization.copyOf(organizations.get(id)).withBaseCurrency("EUR"));
                        },
                        (tx, id) -> sql(tx, "update atlvs.organizations set base_currency = 'EUR' where id = :id", id))
                .rule("exchange_rates_pair_check",
                        (tx, id) -> {
                            ExchangeRate rate = rates(tx).get(id);
                            rates(tx).update(ImmutableExchangeRate.copyOf(rate).withQuoteCurrency(rate.baseCurrency()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.exchange_rates set quote_currency = base_currency where id = :id", id));
    }

    private static Guardrails.Builder invoices(Guardrails.Builder guardrails) {
        return guardrails
                .rule("invoices_credited_invoice_id_check",
                        (tx, id) -> invoiceRepository(tx).update(ImmutableInvoice.copyOf(invoiceRepository(tx).get(id)).withCreditedInvoiceId(id)),
                        (tx, id) -> sql(tx, "update atlvs.invoices set credited_invoice_id = id where id = :id", id))
                .rule("invoices_discount_amount_check",
                        (tx, id) -> {
                            Invoice invoice = invoiceRepository(tx).get(id);
                            BigDecimal discount = invoice.subtotal().add(BigDecimal.ONE);
                            invoiceRepository(tx).update(ImmutableInvoice.builder().from(invoice).discountAmount(discount)
                                    .totalAmount(invoice.subtotal().subtract(discount).add(invoice.taxAmount())).build());
                        },
                        (tx, id) -> sql(tx, "update atlvs.invoices set discount_amount = subtotal + 1, total_amount = tax_amount - 1 where id = :id", id))
                .rule("invoices_due_date_check",
                        (tx, id) -> {
                            invoiceRepository(tx).update(ImmutableInvoice.copyOf(invoiceRepository(tx).get(id)).withDueDate(JULY_20.minusDays(10)));
                            new InvoiceService(tx).issue(id, JULY_20);
                        },
                        (tx, id) -> sql(tx, "update atlvs.invoices set issue_date = date '2026-07-20', due_date = date '2026-07-10' where id = :id", id))
                .rule("invoices_issued_check",
                        (tx, id) -> invoiceRepository(tx).update(ImmutableInvoice.copyOf(invoiceRepository(tx).get(id)).withInvoiceNumber("INV-EARLY")),
                        (tx, id) -> sql(tx, "update atlvs.invoices set invoice_number = 'INV-EARLY' where id = :id", id))
                .unbreakableRule("invoices_settled_check",
                        "the database derives amount_paid and amount_credited from the allocations and credit notes (trigger check_invoice), "
                                + "and refuses any allocation or credit note beyond what is open first")
                .rule("invoices_total_amount_check",
                        (tx, id) -> invoiceRepository(tx).update(ImmutableInvoice.copyOf(invoiceRepository(tx).get(id)).withTotalAmount(BigDecimal.ONE)),
                        (tx, id) -> sql(tx, "update atlvs.invoices set total_amount = 1 where id = :id", id))
                .rule("invoices_voided_at_check",
                        (tx, id) -> invoiceRepository(tx).update(ImmutableInvoice.copyOf(invoiceRepository(tx).get(id)).withVoidedAt(tx.now())),
                        (tx, id) -> sql(tx, "update atlvs.invoices set voided_at = now() where id = :id", id))
                .rule("invoices_issued_frozen",
                        organization -> FinanceFixtures.issuedInvoice(organization).id(),
                        (tx, id) -> new InvoiceService(tx).updateDraft(id, invoiceRepository(tx).get(id).version(),
                                FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "USD")),
                        (tx, id) -> sql(tx, "update atlvs.invoices set title = 'Edited after issue' where id = :id", id))
                .rule("invoices_void_final",
                        organization -> organization.asOwner(tx -> {
                            InvoiceService invoices = new InvoiceService(tx);
                            Invoice draft = invoices.createDraft(FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "USD"));
                            return invoices.voidInvoice(draft.id(), JULY_20).id();
                        }),
                        (tx, id) -> invoiceRepository(tx).update(ImmutableInvoice.builder().from(invoiceRepository(tx).get(id))
                                .status(InvoiceStatus.DRAFT).voidedAt(Optional.empty()).build()),
                        (tx, id) -> sql(tx, "update atlvs.invoices set status = 'draft', voided_at = null where id = :id", id))
                .rule("invoices_void_unpaid",
                        FinanceRuleProbes::partlyPaidInvoice,
                        (tx, id) -> invoiceRepository(tx).update(ImmutableInvoice.builder().from(invoiceRepository(tx).get(id))
                                .status(InvoiceStatus.VOID).voidedAt(tx.now()).build()),
                        (tx, id) -> sql(tx, "update atlvs.invoices set status = 'void' where id = :id", id))
                .rule("invoices_lines_total",
                        (tx, id) -> new InvoiceService(tx).createDraft(InvoiceDraft.builder().from(FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE,
                                "USD")).lines(List.of()).build()),
                        (tx, id) -> {
                            sql(tx, "delete from atlvs.invoice_line_items where invoice_id = :id", id);
                            sql(tx, """
                                    update atlvs.invoices set status = 'issued', invoice_number = 'INV-EMPTY', issue_date = date '2026-07-20',
                                           due_date = date '2026-08-19', issued_at = now()
                                     where id = :id
                                    """, id);
                        })
                .rule("invoices_credit_note_target",
                        FinanceRuleProbes::creditNoteOfAnInvoice,
                        (tx, id) -> {
                            InvoiceService invoices = new InvoiceService(tx);
                            invoices.voidInvoice(invoiceRepository(tx).get(id).creditedInvoiceId().orElseThrow(), JULY_20);
                            invoices.issue(id, JULY_20);
                        },
                        (tx, id) -> {
                            tx.handle().createUpdate("update atlvs.invoices set status = 'void' where id = :credited")
                                    .bind("credited", invoiceRepository(tx).get(id).creditedInvoiceId().orElseThrow()).execute();
                            issueBySql(tx, id);
                        })
                .rule("invoices_credit_exceeds_open",
                        FinanceRuleProbes::creditNoteOfAnAlmostPaidInvoice,
                        (tx, id) -> new InvoiceService(tx).issue(id, JULY_20),
                        FinanceRuleProbes::issueBySql)
                .rule("invoice_line_items_discount_amount_check",
                        (tx, id) -> {
                            InvoiceLine line = invoiceLines(tx).get(id);
                            BigDecimal discount = line.lineSubtotal().add(BigDecimal.ONE);
                            invoiceLines(tx).update(ImmutableInvoiceLine.builder().from(line).discountAmount(discount)
                                    .lineTotal(line.lineSubtotal().subtract(discount).add(line.taxAmount())).build());
                        },
                        (tx, id) -> sql(tx, "update atlvs.invoice_line_items set discount_amount = line_subtotal + 1, line_total = tax_amount - 1 "
                                + "where id = :id", id))
                .rule("invoice_line_items_line_total_check",
                        (tx, id) -> invoiceLines(tx).update(ImmutableInvoiceLine.copyOf(invoiceLines(tx).get(id)).withLineTotal(BigDecimal.ONE)),
                        (tx, id) -> sql(tx, "update atlvs.invoice_line_items set line_total = 1 where id = :id", id))
                .rule("payments_recorded_fixed",
                        (tx, id) -> payments(tx).update(ImmutablePayment.copyOf(payments(tx).get(id)).withAmount(new BigDecimal("600.00"))),
                        (tx, id) -> sql(tx, "update atlvs.payments set amount = 600 where id = :id", id))
                .rule("payment_allocations_posted_fixed",
                        organization -> FinanceFixtures.receipt(organization, FinanceFixtures.issuedInvoice(organization), "100.00",
                                LocalDate.of(2026, 8, 14)).allocations().get(0).id(),
                        (tx, id) -> allocations(tx).update(ImmutablePaymentAllocation.copyOf(allocations(tx).get(id)).withAmount(new BigDecimal("50.00"))),
                        (tx, id) -> sql(tx, "update atlvs.payment_allocations set amount = 50 where id = :id", id))
                .rule("payment_allocations_invoice_match",
                        (tx, id) -> allocations(tx).insert(ImmutablePaymentAllocation.copyOf(allocations(tx).get(id)).withId(UUID.randomUUID())
                                .withInvoiceId(draftInvoice(tx)).withAmount(BigDecimal.ONE).withBaseAmount(BigDecimal.ONE)),
                        (tx, id) -> tx.handle().createUpdate("""
                                insert into atlvs.payment_allocations (organization_id, payment_id, invoice_id, amount, allocated_on)
                                select organization_id, payment_id, :invoice, 1, allocated_on from atlvs.payment_allocations where id = :id
                                """).bind("invoice", draftInvoice(tx)).bind("id", id).execute())
                .rule("payment_allocations_payment_amount",
                        (tx, id) -> allocations(tx).update(ImmutablePaymentAllocation.copyOf(allocations(tx).get(id)).withAmount(new BigDecimal("1001.00"))),
                        (tx, id) -> sql(tx, "update atlvs.payment_allocations set amount = 1001 where id = :id", id))
                .rule("payment_allocations_invoice_open",
                        FinanceRuleProbes::smallAllocationOfALargeReceipt,
                        (tx, id) -> allocations(tx).update(ImmutablePaymentAllocation.copyOf(allocations(tx).get(id)).withAmount(new BigDecimal("15000.00"))),
                        (tx, id) -> sql(tx, "update atlvs.payment_allocations set amount = 15000 where id = :id", id))
                .rule("finance_accounts_closed_final",
                        organization -> {
                            UUID account = FinanceFixtures.financeAccount(organization, "USD").id();
                            return organization.asOwner(tx -> new FinanceAccountService(tx).close(account).id());
                        },
                        (tx, id) -> financeAccounts(tx).update(ImmutableFinanceAccount.copyOf(financeAccounts(tx).get(id))
                                .withStatus(FinanceAccountStatus.ACTIVE)),
                        (tx, id) -> sql(tx, "update atlvs.finance_accounts set status = 'active' where id = :id", id))
                .rule("finance_accounts_closed_zero_balance",
                        organization -> {
                            UUID account = FinanceFixtures.financeAccount(organization, "USD").id();
                            return organization.asOwner(tx -> financeAccounts(tx).update(ImmutableFinanceAccount.copyOf(financeAccounts(tx).get(account))
                                    .withOpeningBalance(new BigDecimal("250.0000"))).id());
                        },
                        (tx, id) -> new FinanceAccountService(tx).close(id),
                        (tx, id) -> sql(tx, "update atlvs.finance_accounts set status = 'closed' where id = :id", id));
    }

    private static Guardrails.Builder budgets(Guardrails.Builder guardrails) {
        return guardrails
                .rule("budgets_period_end_check",
                        (tx, id) -> {
                            Budget budget = budgetRepository(tx).get(id);
                            budgetRepository(tx).update(ImmutableBudget.copyOf(budget).withPeriodEnd(budget.periodStart().minusDays(1)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.budgets set period_end = period_start - 1 where id = :id", id))
                .rule("budgets_approved_check",
                        (tx, id) -> budgetRepository(tx).update(ImmutableBudget.copyOf(budgetRepository(tx).get(id)).withApprovedBy(tx.actorId())),
                        (tx, id) -> sql(tx, "update atlvs.budgets set approved_by = created_by where id = :id", id))
                .rule("budgets_period_overlap",
                        (tx, id) -> new BudgetService(tx).create(ImmutableBudget.copyOf(budgetRepository(tx).get(id)).withId(UUID.randomUUID())
                                .withName("Overlapping budget")),
                        (tx, id) -> sql(tx, """
                                insert into atlvs.budgets (organization_id, project_id, name, category, amount, currency, period_start, period_end,
                                                           fiscal_year)
                                select organization_id, project_id, 'Overlapping budget', category, amount, currency, period_start, period_end,
                                       fiscal_year
                                  from atlvs.budgets where id = :id
                                """, id))
                .rule("budget_lines_period_end_check",
                        (tx, id) -> {
                            BudgetLine line = budgetLines(tx).get(id);
                            budgetLines(tx).update(ImmutableBudgetLine.copyOf(line).withPeriodEnd(line.periodStart().minusDays(1)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.budget_lines set period_end = period_start - 1 where id = :id", id))
                .rule("budget_lines_target_check",
                        (tx, id) -> budgetLines(tx).update(ImmutableBudgetLine.copyOf(budgetLines(tx).get(id)).withCategory(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.budget_lines set category = null where id = :id", id))
                .rule("budget_lines_within_budget",
                        (tx, id) -> new BudgetService(tx).addLine(ImmutableBudgetLine.copyOf(budgetLines(tx).get(id)).withId(UUID.randomUUID())
                                .withPeriodStart(LocalDate.of(2026, 1, 1)).withPeriodEnd(LocalDate.of(2026, 1, 31))),
                        (tx, id) -> sql(tx, "update atlvs.budget_lines set period_start = date '2026-01-01', period_end = date '2026-01-31' "
                                + "where id = :id", id))
                .rule("expenses_submitted_check",
                        (tx, id) -> expenses(tx).update(ImmutableExpense.copyOf(expenses(tx).get(id)).withSubmittedAt(tx.now())),
                        (tx, id) -> sql(tx, "update atlvs.expenses set submitted_at = now() where id = :id", id))
                .rule("expenses_approved_check",
                        (tx, id) -> expenses(tx).update(ImmutableExpense.copyOf(expenses(tx).get(id)).withApprovedAt(tx.now())),
                        (tx, id) -> sql(tx, "update atlvs.expenses set approved_at = now() where id = :id", id))
                .rule("expenses_paid_check",
                        (tx, id) -> expenses(tx).update(ImmutableExpense.copyOf(expenses(tx).get(id)).withPaidAt(tx.now())),
                        (tx, id) -> sql(tx, "update atlvs.expenses set paid_at = now() where id = :id", id))
                .rule("expenses_approver_not_submitter",
                        FinanceRuleProbes::submittedExpense,
                        (tx, id) -> new ExpenseService(tx).approve(id),
                        (tx, id) -> sql(tx, "update atlvs.expenses set status = 'approved' where id = :id", id))
                .rule("expenses_status_transition",
                        (tx, id) -> expenses(tx).update(ImmutableExpense.copyOf(expenses(tx).get(id)).withStatus(ExpenseStatus.APPROVED)),
                        (tx, id) -> sql(tx, "update atlvs.expenses set status = 'approved' where id = :id", id))
                .rule("expenses_submitted_fixed",
                        FinanceRuleProbes::submittedExpense,
                        (tx, id) -> expenses(tx).update(ImmutableExpense.copyOf(expenses(tx).get(id)).withAmount(new BigDecimal("99.00"))),
                        (tx, id) -> sql(tx, "update atlvs.expenses set amount = 99, base_amount = 99 where id = :id", id))
                .rule("expenses_receipt_required",
                        organization -> {
                            FinanceFixtures.expensePolicy(organization, "10.00");
                            return FinanceFixtures.expense(organization, organization.owner(), FinanceFixtures.budget(organization,
                                    FinanceFixtures.project(organization, "Harbour Lights Festival")), "48.90").id();
                        },
                        (tx, id) -> new ExpenseService(tx).submit(id),
                        (tx, id) -> sql(tx, "update atlvs.expenses set status = 'submitted' where id = :id", id))
                .rule("expenses_budget_project",
                        (tx, id) -> {
                            Expense expense = expenses(tx).get(id);
                            new ExpenseService(tx).record(ImmutableExpense.copyOf(expense).withId(UUID.randomUUID())
                                    .withBudgetId(budgetOfAnotherProject(tx, expense.category())));
                        },
                        (tx, id) -> tx.handle().createUpdate("update atlvs.expenses set budget_id = :budget where id = :id")
                                .bind("budget", budgetOfAnotherProject(tx, expenses(tx).get(id).category())).bind("id", id).execute())
                .rule("revenue_invoiced_check",
                        (tx, id) -> revenue(tx).update(ImmutableRevenue.copyOf(revenue(tx).get(id)).withStatus(RevenueStatus.INVOICED)),
                        (tx, id) -> sql(tx, "update atlvs.revenue set status = 'invoiced' where id = :id", id))
                .rule("revenue_received_amount_check",
                        (tx, id) -> {
                            Revenue current = revenue(tx).get(id);
                            revenue(tx).update(ImmutableRevenue.copyOf(current).withReceivedAmount(current.amount().add(BigDecimal.ONE)));
                        },
                        // Above zero, only an invoice's payments are received (revenue_received_exceeds_paid): below zero, the check alone refuses.
                        (tx, id) -> sql(tx, "update atlvs.revenue set received_amount = -1 where id = :id", id))
                .rule("revenue_received_check",
                        (tx, id) -> revenue(tx).update(ImmutableRevenue.copyOf(revenue(tx).get(id)).withReceivedDate(JULY_20)),
                        (tx, id) -> sql(tx, "update atlvs.revenue set received_date = date '2026-07-20' where id = :id", id))
                .rule("revenue_recognition_check",
                        (tx, id) -> revenue(tx).update(ImmutableRevenue.copyOf(revenue(tx).get(id)).withRecognitionDate(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.revenue set recognition_date = null where id = :id", id))
                .rule("revenue_service_end_check",
                        FinanceRuleProbes::straightLineRevenue,
                        (tx, id) -> {
                            Revenue current = revenue(tx).get(id);
                            revenue(tx).update(ImmutableRevenue.copyOf(current).withServiceEnd(current.serviceStart().orElseThrow().minusDays(1)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.revenue set service_end = service_start - 1 where id = :id", id))
                .rule("revenue_status_transition",
                        (tx, id) -> revenue(tx).update(ImmutableRevenue.copyOf(revenue(tx).get(id)).withStatus(RevenueStatus.RECEIVED)),
                        (tx, id) -> sql(tx, "update atlvs.revenue set status = 'received' where id = :id", id))
                .rule("revenue_milestone_project",
                        (tx, id) -> new RevenueService(tx).record(ImmutableRevenue.builder().from(revenue(tx).get(id)).id(UUID.randomUUID())
                                .recognitionMethod(RecognitionMethod.ON_MILESTONE).milestoneId(milestoneOfAnotherProject(tx)).build()),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.revenue set milestone_id = :milestone where id = :id")
                                .bind("milestone", milestoneOfAnotherProject(tx)).bind("id", id).execute())
                .rule("revenue_invoice_match",
                        FinanceRuleProbes::revenueAndAPayableInvoice,
                        (tx, id) -> new RevenueService(tx).invoice(id, payableInvoice(tx)),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.revenue set status = 'invoiced', invoice_id = :invoice where id = :id")
                                .bind("invoice", payableInvoice(tx)).bind("id", id).execute())
                .rule("revenue_received_exceeds_paid",
                        FinanceRuleProbes::invoicedRevenue,
                        (tx, id) -> new RevenueService(tx).receive(id, new BigDecimal("100.00"), LocalDate.of(2026, 8, 20)),
                        (tx, id) -> sql(tx, "update atlvs.revenue set received_amount = 100 where id = :id", id))
                .rule("revenue_recognitions_recognized_check",
                        (tx, id) -> schedule(tx).update(ImmutableRevenueRecognition.copyOf(schedule(tx).get(id)).withStatus(RecognitionStatus.RECOGNIZED)),
                        (tx, id) -> sql(tx, "update atlvs.revenue_recognitions set status = 'recognized' where id = :id", id))
                .rule("revenue_recognitions_recognized_fixed",
                        FinanceRuleProbes::recognizedAmount,
                        (tx, id) -> {
                            RevenueRecognition recognized = schedule(tx).get(id);
                            schedule(tx).update(ImmutableRevenueRecognition.copyOf(recognized).withAmount(recognized.amount().subtract(BigDecimal.ONE)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.revenue_recognitions set amount = amount - 1 where id = :id", id))
                .rule("revenue_recognitions_total",
                        (tx, id) -> {
                            RevenueRecognition scheduled = schedule(tx).get(id);
                            schedule(tx).update(ImmutableRevenueRecognition.copyOf(scheduled).withAmount(scheduled.amount().add(BigDecimal.ONE)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.revenue_recognitions set amount = amount + 1 where id = :id", id))
                .rule("forecasts_period_end_check",
                        (tx, id) -> {
                            Forecast forecast = forecasts(tx).get(id);
                            forecasts(tx).update(ImmutableForecast.copyOf(forecast).withPeriodEnd(forecast.periodStart().minusDays(1)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.forecasts set period_end = period_start - 1 where id = :id", id))
                .rule("forecasts_period_overlap",
                        (tx, id) -> new ForecastService(tx).create(ImmutableForecast.copyOf(forecasts(tx).get(id)).withId(UUID.randomUUID())
                                .withName("Overlapping outlook")),
                        (tx, id) -> sql(tx, """
                                insert into atlvs.forecasts (organization_id, project_id, name, period_start, period_end, forecast_date, currency)
                                select organization_id, project_id, 'Overlapping outlook', period_start, period_end, forecast_date, currency
                                  from atlvs.forecasts where id = :id
                                """, id));
    }

    // ---- statements and repositories ----------------------------------------------------------------

    private static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static AccountRepository accounts(TenantTransaction tx) {
        return tx.repository(AccountRepository.class);
    }

    private static FiscalPeriodRepository periods(TenantTransaction tx) {
        return tx.repository(FiscalPeriodRepository.class);
    }

    private static JournalEntryRepository entries(TenantTransaction tx) {
        return tx.repository(JournalEntryRepository.class);
    }

    private static JournalLineRepository lines(TenantTransaction tx) {
        return tx.repository(JournalLineRepository.class);
    }

    private static ExchangeRateRepository rates(TenantTransaction tx) {
        return tx.repository(ExchangeRateRepository.class);
    }

    private static InvoiceRepository invoiceRepository(TenantTransaction tx) {
        return tx.repository(InvoiceRepository.class);
    }

    private static InvoiceLineRepository invoiceLines(TenantTransaction tx) {
        return tx.repository(InvoiceLineRepository.class);
    }

    private static PaymentRepository payments(TenantTransaction tx) {
        return tx.repository(PaymentRepository.class);
    }

    private static PaymentAllocationRepository allocations(TenantTransaction tx) {
        return tx.repository(PaymentAllocationRepository.class);
    }

    private static FinanceAccountRepository financeAccounts(TenantTransaction tx) {
        return tx.repository(FinanceAccountRepository.class);
    }

    private static BudgetRepository budgetRepository(TenantTransaction tx) {
        return tx.repository(BudgetRepository.class);
    }

    private static BudgetLineRepository budgetLines(TenantTransaction tx) {
        return tx.repository(BudgetLineRepository.class);
    }

    private static ExpenseRepository expenses(TenantTransaction tx) {
        return tx.repository(ExpenseRepository.class);
    }

    private static RevenueRepository revenue(TenantTransaction tx) {
        return tx.repository(RevenueRepository.class);
    }

    private static RevenueRecognitionRepository schedule(TenantTransaction tx) {
        return tx.repository(RevenueRecognitionRepository.class);
    }

    private static ForecastRepository forecasts(TenantTransaction tx) {
        return tx.repository(ForecastRepository.class);
    }

    // ---- set-ups (committed) and rows written inside a probe (rolled back) ------------------------------

    private static UUID newAccount(TenantTransaction tx, AccountType type, String name) {
        return accounts(tx).insert(Account.builder().organizationId(tx.organizationId()).accountNumber("8-" + UUID.randomUUID().toString().substring(0, 8))
                .name(name).type(type).build()).id();
    }

    /** A balanced entry of 100.00 USD on 20 July 2026, on two new accounts. */
    private static JournalEntryDraft balanced(TenantTransaction tx, String number) {
        UUID cash = newAccount(tx, AccountType.ASSET, "Cash");
        UUID fees = newAccount(tx, AccountType.REVENUE, "Fees");
        return JournalEntryDraft.builder().entryNumber(number).postingDate(JULY_20).description("Production fee")
                .addLines(JournalEntryDraft.Line.debit(cash, new BigDecimal("100.00"), "USD"),
                        JournalEntryDraft.Line.credit(fees, new BigDecimal("100.00"), "USD"))
                .build();
    }

    /** A posted, balanced entry: its id. */
    private static UUID postedEntry(FixtureOrganization organization) {
        return organization.asOwner(tx -> new LedgerService(tx).post(balanced(tx, "JE-" + UUID.randomUUID().toString().substring(0, 8))).id());
    }

    /** An account under a parent account: the child's id. */
    private static UUID childAccount(FixtureOrganization organization) {
        return organization.asOwner(tx -> {
            UUID parent = newAccount(tx, AccountType.ASSET, "Current assets");
            return accounts(tx).insert(Account.builder().organizationId(tx.organizationId()).accountNumber("8-" + UUID.randomUUID().toString().substring(0, 8))
                    .name("Petty cash").type(AccountType.ASSET).parentAccountId(parent).build()).id();
        });
    }

    /** A closed fiscal period: its id. */
    private static UUID closedPeriod(FixtureOrganization organization) {
        return organization.asOwner(tx -> periods(tx).insert(FiscalPeriod.builder().organizationId(tx.organizationId()).name("FY2025")
                .startsOn(LocalDate.of(2025, 1, 1)).endsOn(LocalDate.of(2025, 12, 31)).status(FiscalPeriodStatus.CLOSED).build()).id());
    }

    /** A draft entry booked on 20 July 2026, in a closed fiscal period: the entry's id. */
    private static UUID closedPeriodOfTheDraft(FixtureOrganization organization) {
        return organization.asOwner(tx -> {
            periods(tx).insert(FiscalPeriod.builder().organizationId(tx.organizationId()).name("FY2026")
                    .startsOn(LocalDate.of(2026, 1, 1)).endsOn(LocalDate.of(2026, 12, 31)).status(FiscalPeriodStatus.CLOSED).build());
            return entries(tx).insert(JournalEntry.builder().organizationId(tx.organizationId()).entryNumber("JE-DRAFT").postingDate(JULY_20)
                    .description("Stage hire deposit").build()).id();
        });
    }

    private static UUID draftInvoice(TenantTransaction tx) {
        return new InvoiceService(tx).createDraft(FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "USD")).id();
    }

    private static UUID payableInvoice(TenantTransaction tx) {
        return tx.handle().createQuery("""
                select id from atlvs.invoices where organization_id = :organizationId and direction = 'payable' and status <> 'draft' limit 1
                """).mapTo(UUID.class).one();
    }

    /** An issued invoice with a payment on it: its id. */
    private static UUID partlyPaidInvoice(FixtureOrganization organization) {
        Invoice invoice = FinanceFixtures.issuedInvoice(organization);
        FinanceFixtures.receipt(organization, invoice, "100.00", LocalDate.of(2026, 8, 14));
        return invoice.id();
    }

    /** A draft credit note of 1 × 1,000.00 USD on an issued invoice: the credit note's id. */
    private static UUID creditNoteOfAnInvoice(FixtureOrganization organization) {
        Invoice invoice = FinanceFixtures.issuedInvoice(organization);
        return organization.asOwner(tx -> new InvoiceService(tx).draftCreditNote(invoice.id(), "Goodwill credit",
                List.of(InvoiceDraft.Line.of("Goodwill", BigDecimal.ONE, new BigDecimal("1000.00")))).id());
    }

    /** A draft credit note of 1,000.00 USD on an invoice of which only 631.05 is still open: the credit note's id. */
    private static UUID creditNoteOfAnAlmostPaidInvoice(FixtureOrganization organization) {
        UUID note = creditNoteOfAnInvoice(organization);
        Invoice invoice = organization.asOwner(tx -> invoiceRepository(tx).get(invoiceRepository(tx).get(note).creditedInvoiceId().orElseThrow()));
        FinanceFixtures.receipt(organization, invoice, "14000.00", LocalDate.of(2026, 8, 14));
        return note;
    }

    /** Issues the draft {@code id} by raw SQL: its number, dates and issue time, as the service writes them. */
    private static void issueBySql(TenantTransaction tx, UUID id) {
        sql(tx, """
                update atlvs.invoices set status = 'issued', invoice_number = 'CN-' || left(id::text, 8), issue_date = date '2026-07-20',
                       due_date = date '2026-07-20', issued_at = now()
                 where id = :id
                """, id);
    }

    /** An allocation of 1,000.00 of a receipt of 20,000.00 USD to an invoice of 14,631.05: the allocation's id. */
    private static UUID smallAllocationOfALargeReceipt(FixtureOrganization organization) {
        Invoice invoice = FinanceFixtures.issuedInvoice(organization);
        Payment payment = FinanceFixtures.unpostedReceipt(organization, "20000.00");
        return organization.asOwner(tx -> allocations(tx).insert(PaymentAllocation.builder().organizationId(tx.organizationId())
                .paymentId(payment.id()).invoiceId(invoice.id()).amount(new BigDecimal("1000.00")).baseAmount(new BigDecimal("1000.00"))
                .allocatedOn(LocalDate.of(2026, 8, 14)).build()).id());
    }

    /** A draft expense submitted by the owner, who records it too: its id. */
    private static UUID submittedExpense(FixtureOrganization organization) {
        UUID expense = FinanceFixtures.expense(organization, organization.owner(), FinanceFixtures.budget(organization,
                FinanceFixtures.project(organization, "Harbour Lights Festival")), "48.90").id();
        return organization.asOwner(tx -> new ExpenseService(tx).submit(expense).id());
    }

    private static UUID budgetOfAnotherProject(TenantTransaction tx, BudgetCategory category) {
        Project other = new ProjectService(tx).create(Project.builder().organizationId(tx.organizationId())
                .code(ProjectFixtures.nextCode("PRJ")).name("Winter Market").type(dev.atlvs.projects.project.ProjectType.CLIENT)
                .startDate(LocalDate.of(2026, 7, 1)).endDate(LocalDate.of(2026, 9, 30)).currency("USD").build());
        return new BudgetService(tx).create(Budget.builder().organizationId(tx.organizationId()).projectId(other.id()).name("Winter Market budget")
                .category(category).amount(new BigDecimal("5000.00")).currency("USD").periodStart(LocalDate.of(2026, 7, 1))
                .periodEnd(LocalDate.of(2026, 9, 30)).build()).id();
    }

    private static UUID milestoneOfAnotherProject(TenantTransaction tx) {
        Project other = new ProjectService(tx).create(Project.builder().organizationId(tx.organizationId())
                .code(ProjectFixtures.nextCode("PRJ")).name("Winter Market").type(dev.atlvs.projects.project.ProjectType.CLIENT)
                .startDate(LocalDate.of(2026, 7, 1)).endDate(LocalDate.of(2026, 9, 30)).currency("USD").build());
        return tx.repository(dev.atlvs.projects.milestone.MilestoneRepository.class).insert(dev.atlvs.projects.milestone.Milestone.builder().organizationId(tx.organizationId())
                .projectId(other.id()).title("Market opens").dueDate(LocalDate.of(2026, 9, 1)).build()).id();
    }

    /** Straight-line revenue over August 2026: its id. */
    private static UUID straightLineRevenue(FixtureOrganization organization) {
        Project project = FinanceFixtures.project(organization, "Harbour Lights Festival");
        return organization.asOwner(tx -> new RevenueService(tx).record(Revenue.builder().organizationId(tx.organizationId())
                .projectId(project.id()).description("Production retainer").amount(new BigDecimal("3100.00")).currency("USD")
                .source(RevenueSource.FEE).recognitionMethod(RecognitionMethod.STRAIGHT_LINE).serviceStart(LocalDate.of(2026, 8, 1))
                .serviceEnd(LocalDate.of(2026, 8, 31)).build()).id());
    }

    /** Projected revenue, in an organization with an issued payable invoice: the revenue's id. */
    private static UUID revenueAndAPayableInvoice(FixtureOrganization organization) {
        FinanceFixtures.issuedInvoice(organization, InvoiceDirection.PAYABLE, "USD", JULY_20);
        return FinanceFixtures.revenue(organization, FinanceFixtures.project(organization, "Harbour Lights Festival")).id();
    }

    /** Revenue invoiced on an issued, unpaid invoice: its id. */
    private static UUID invoicedRevenue(FixtureOrganization organization) {
        Invoice invoice = FinanceFixtures.issuedInvoice(organization);
        UUID revenue = FinanceFixtures.revenue(organization, FinanceFixtures.project(organization, "Harbour Lights Festival")).id();
        return organization.asOwner(tx -> new RevenueService(tx).invoice(revenue, invoice.id()).id());
    }

    /** Revenue invoiced on an invoice of which 100.00 is paid: the revenue's id. */
    private static UUID paidRevenue(FixtureOrganization organization) {
        Invoice invoice = FinanceFixtures.issuedInvoice(organization);
        FinanceFixtures.receipt(organization, invoice, "100.00", LocalDate.of(2026, 8, 14));
        UUID revenue = FinanceFixtures.revenue(organization, FinanceFixtures.project(organization, "Harbour Lights Festival")).id();
        return organization.asOwner(tx -> new RevenueService(tx).invoice(revenue, invoice.id()).id());
    }

    /** A recognized amount of revenue: the recognition's id. */
    private static UUID recognizedAmount(FixtureOrganization organization) {
        FinanceFixtures.standardChart(organization);
        UUID revenue = FinanceFixtures.revenue(organization, FinanceFixtures.project(organization, "Harbour Lights Festival")).id();
        return organization.asOwner(tx -> {
            new RevenueService(tx).recognizeThrough(LocalDate.of(2026, 9, 30));
            return schedule(tx).ofRevenue(revenue).get(0).id();
        });
    }
}
