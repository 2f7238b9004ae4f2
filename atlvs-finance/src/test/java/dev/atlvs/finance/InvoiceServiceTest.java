package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.invoice.AgingReport;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.invoice.InvoiceDraft;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.invoice.InvoiceStatus;
import dev.atlvs.finance.ledger.JournalEntryStatus;
import dev.atlvs.finance.ledger.JournalEntryRepository;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.TrialBalance;
import dev.atlvs.finance.payment.Payment;
import dev.atlvs.finance.payment.PaymentDirection;
import dev.atlvs.finance.payment.PaymentMethod;
import dev.atlvs.finance.payment.PaymentService;
import dev.atlvs.finance.treasury.FinanceAccount;
import dev.atlvs.finance.treasury.FinanceAccountService;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invoices, credit notes and payments through the services, against the real ledger. */
@AtlvsTest
class InvoiceServiceTest {
    private static final LocalDate JULY_20 = LocalDate.of(2026, 7, 20);

    private static Map<String, BigDecimal> balances(OrganizationFixture org, String currency) {
        TrialBalance balance = org.asOwner(tx -> new LedgerService(tx).trialBalance(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        java.util.Map<String, BigDecimal> byAccount = new java.util.TreeMap<>();
        for (TrialBalance.Row row : balance.rows()) {
            if (row.currency().equals(currency)) {
                byAccount.merge(row.accountNumber(), row.debit().subtract(row.credit()), BigDecimal::add);
            }
        }
        byAccount.replaceAll((account, amount) -> amount.setScale(2, java.math.RoundingMode.HALF_UP));
        return byAccount;
    }

    private static Payment receipt(OrganizationFixture org, String amount, String currency, LocalDate paidOn) {
        return Payment.builder().organizationId(org.id()).direction(PaymentDirection.RECEIPT).amount(new BigDecimal(amount)).currency(currency)
                .method(PaymentMethod.BANK_TRANSFER).paidOn(paidOn).counterpartyName("Northern Lights Festival GmbH").build();
    }

    @Test
    void issuingAnInvoiceAssignsTheNextNumberAndPostsReceivablesRevenueAndTax(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Issue Live");
        FinanceFixtures.standardChart(acme);

        // when
        Invoice first = FinanceFixtures.issuedInvoice(acme);
        Invoice second = FinanceFixtures.issuedInvoice(acme);

        // then
        assertThat(first.invoiceNumber()).contains("INV-2026-000001");
        assertThat(second.invoiceNumber()).contains("INV-2026-000002");
        assertThat(first.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(first.totalAmount()).isEqualByComparingTo("14631.05");
        assertThat(first.dueDate()).contains(JULY_20.plusDays(30));
        assertThat(balances(acme, "USD")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "1200", new BigDecimal("29262.10"), "4000", new BigDecimal("-24590.00"), "2200", new BigDecimal("-4672.10")));
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Invoice.TABLE, first.id()));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(history.get(1).changedFields()).contains("status", "invoice_number");
    }

    @Test
    void editingAnIssuedInvoiceIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Frozen Live");
        Invoice issued = FinanceFixtures.issuedInvoice(acme);
        long lines = Rows.count(database, "invoice_line_items");

        assertThatThrownBy(() -> acme.asOwner(tx -> new InvoiceService(tx).updateDraft(issued.id(), issued.version(),
                FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "USD"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.INVOICE_NOT_EDITABLE);
                    assertThat(e.field()).contains("status");
                });
        assertThat(Rows.count(database, "invoice_line_items")).isEqualTo(lines);
        Invoice stored = acme.asOwner(tx -> new InvoiceService(tx).get(issued.id()));
        assertThat(stored).isEqualTo(issued);
    }

    @Test
    void aDraftIsEditedWithItsLinesRecalculated(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Edit Live");
        Invoice draft = FinanceFixtures.draftInvoice(acme);

        Invoice edited = acme.asOwner(tx -> new InvoiceService(tx).updateDraft(draft.id(), draft.version(),
                InvoiceDraft.builder().from(FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "USD"))
                        .lines(List.of(InvoiceDraft.Line.of("Follow spot operator", new BigDecimal("2"), new BigDecimal("420.00")))).build()));

        assertThat(edited.totalAmount()).isEqualByComparingTo("840.00");
        List<dev.atlvs.finance.invoice.InvoiceLine> lines = acme.asOwner(tx -> new InvoiceService(tx).lines(draft.id()));
        assertThat(lines).singleElement()
                .satisfies(line -> assertThat(line.lineTotal()).isEqualByComparingTo("840.00"));
    }

    @Test
    void aNegativeQuantityOrAnUnknownCurrencyIsRefusedNamingTheFieldAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Bad Input Live");
        long invoices = Rows.count(database, "invoices");
        InvoiceDraft good = FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "USD");

        assertThatThrownBy(() -> acme.asOwner(tx -> new InvoiceService(tx).createDraft(InvoiceDraft.builder().from(good)
                .lines(List.of(InvoiceDraft.Line.of("Returned cable", new BigDecimal("-2"), new BigDecimal("15.00")))).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("lines[0].quantity", "invoice_line_items_quantity_check")));
        assertThatThrownBy(() -> acme.asOwner(tx -> new InvoiceService(tx).createDraft(InvoiceDraft.builder().from(good).currency("XYZ").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.UNKNOWN_CURRENCY);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("currency");
                });
        assertThat(Rows.count(database, "invoices")).isEqualTo(invoices);
    }

    @Test
    void aPartialPaymentThenTheRestMoveTheInvoiceToPartiallyPaidThenPaid(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Pay Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);

        FinanceFixtures.receipt(acme, invoice, "5000.00", LocalDate.of(2026, 8, 1));
        Invoice partly = acme.asOwner(tx -> new InvoiceService(tx).get(invoice.id()));
        FinanceFixtures.receipt(acme, invoice, "9631.05", LocalDate.of(2026, 8, 20));
        Invoice paid = acme.asOwner(tx -> new InvoiceService(tx).get(invoice.id()));

        assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(partly.amountDue()).isEqualByComparingTo("9631.05");
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.amountDue()).isEqualByComparingTo("0");
        assertThat(balances(acme, "USD")).containsEntry("1000", new BigDecimal("14631.05")).containsEntry("1200", new BigDecimal("0.00"));
    }

    @Test
    void payingMoreThanIsOpenIsRefusedNamingTheFieldAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Overpay Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);
        long payments = Rows.count(database, "payments");
        long allocations = Rows.count(database, "payment_allocations");
        long entries = Rows.count(database, "journal_entries");

        assertThatThrownBy(() -> FinanceFixtures.receipt(acme, invoice, "15000.00", LocalDate.of(2026, 8, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.PAYMENT_EXCEEDS_OPEN);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("allocations[0].amount", "payment_allocations_invoice_open"));
                });
        assertThatThrownBy(() -> acme.asOwner(tx -> new PaymentService(tx).recordOldestFirst(receipt(acme, "20000.00", "USD", JULY_20))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("amount"));
        assertThat(Rows.count(database, "payments")).isEqualTo(payments);
        assertThat(Rows.count(database, "payment_allocations")).isEqualTo(allocations);
        assertThat(Rows.count(database, "journal_entries")).isEqualTo(entries);
    }

    @Test
    void aPaymentIsAllocatedOldestDueFirst(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Oldest First Live");
        Invoice older = FinanceFixtures.issuedInvoice(acme, InvoiceDirection.RECEIVABLE, "USD", LocalDate.of(2026, 6, 1));
        Invoice newer = FinanceFixtures.issuedInvoice(acme, InvoiceDirection.RECEIVABLE, "USD", LocalDate.of(2026, 7, 1));

        PaymentService.Recorded recorded = acme.asOwner(tx -> new PaymentService(tx).recordOldestFirst(receipt(acme, "20000.00", "USD", JULY_20)));

        assertThat(recorded.allocations()).extracting(a -> a.invoiceId(), a -> a.amount().stripTrailingZeros())
                .containsExactlyInAnyOrder(tuple(older.id(), new BigDecimal("14631.05")), tuple(newer.id(), new BigDecimal("5368.95")));
        assertThat(acme.asOwner(tx -> new InvoiceService(tx).get(older.id())).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(acme.asOwner(tx -> new InvoiceService(tx).get(newer.id())).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    }

    @Test
    void voidingAnIssuedInvoiceReversesItsEntry(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Void Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);

        Invoice voided = acme.asOwner(tx -> new InvoiceService(tx).voidInvoice(invoice.id(), LocalDate.of(2026, 7, 21)));

        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(voided.invoiceNumber()).isEqualTo(invoice.invoiceNumber());
        assertThat(acme.asOwner(tx -> tx.repository(JournalEntryRepository.class).get(invoice.journalEntryId().orElseThrow())).status())
                .isEqualTo(JournalEntryStatus.REVERSED);
        assertThat(balances(acme, "USD").values()).allSatisfy(amount -> assertThat(amount).isEqualByComparingTo("0"));
    }

    @Test
    void voidingAPaidInvoiceIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Void Paid Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);
        FinanceFixtures.receipt(acme, invoice, "14631.05", LocalDate.of(2026, 8, 1));
        long entries = Rows.count(database, "journal_entries");

        assertThatThrownBy(() -> acme.asOwner(tx -> new InvoiceService(tx).voidInvoice(invoice.id(), LocalDate.of(2026, 8, 2))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.INVOICE_TRANSITION_INVALID);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("invoices_status_transition");
                });
        assertThat(Rows.count(database, "journal_entries")).isEqualTo(entries);
        assertThat(acme.asOwner(tx -> new InvoiceService(tx).get(invoice.id())).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aCreditNoteHasItsOwnNumberReducesWhatIsOpenAndPostsTheOppositeSides(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Credit Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);

        Invoice note = acme.asOwner(tx -> {
            InvoiceService invoices = new InvoiceService(tx);
            Invoice draft = invoices.draftCreditNote(invoice.id(), "Crew day not worked",
                    List.of(InvoiceDraft.Line.of("Rigging crew (days)", BigDecimal.ONE, new BigDecimal("850.00")).withTaxRate(new BigDecimal("19"))));
            return invoices.issue(draft.id(), LocalDate.of(2026, 7, 25));
        });

        assertThat(note.invoiceNumber()).contains("CN-2026-000001");
        Invoice credited = acme.asOwner(tx -> new InvoiceService(tx).get(invoice.id()));
        assertThat(credited.amountCredited()).isEqualByComparingTo("1011.50");
        assertThat(credited.amountDue()).isEqualByComparingTo("13619.55");
        assertThat(balances(acme, "USD")).containsEntry("1200", new BigDecimal("13619.55")).containsEntry("4000", new BigDecimal("-11445.00"));
    }

    @Test
    void overdueIsDerivedFromTheDueDate(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Overdue Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);

        assertThat(invoice.isOverdue(LocalDate.of(2026, 8, 19))).isFalse();
        assertThat(invoice.isOverdue(LocalDate.of(2026, 8, 20))).isTrue();
        assertThat(invoice.daysOverdue(LocalDate.of(2026, 9, 1))).isEqualTo(13);
        List<Invoice> overdue = acme.asOwner(tx -> new InvoiceService(tx).overdue(InvoiceDirection.RECEIVABLE, LocalDate.of(2026, 9, 1)));
        assertThat(overdue).extracting(Invoice::id).containsExactly(invoice.id());
        boolean overdueToday = acme.asOwner(tx -> tx.handle().createQuery("select is_overdue from atlvs.invoices_overview where id = :id")
                .bind("id", invoice.id()).mapTo(Boolean.class).one());
        assertThat(overdueToday).isTrue();
    }

    @Test
    void agingBucketsOpenAmountsByDaysPastDuePerCurrencyAndInBase(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Aging Live");
        FinanceFixtures.rates(acme);
        FinanceFixtures.issuedInvoice(acme, InvoiceDirection.RECEIVABLE, "USD", LocalDate.of(2026, 3, 1));   // due 31 Mar: 91+ days on 1 Jul
        FinanceFixtures.issuedInvoice(acme, InvoiceDirection.RECEIVABLE, "EUR", LocalDate.of(2026, 5, 1));   // due 31 May: 31 days
        FinanceFixtures.issuedInvoice(acme, InvoiceDirection.RECEIVABLE, "USD", LocalDate.of(2026, 6, 20));  // not yet due

        AgingReport aging = acme.asOwner(tx -> new InvoiceService(tx).aging(InvoiceDirection.RECEIVABLE, LocalDate.of(2026, 7, 1)));

        AgingReport.Row usd = aging.row("USD").orElseThrow();
        assertThat(usd.amount(AgingReport.Bucket.OVER_90)).isEqualByComparingTo("14631.05");
        assertThat(usd.amount(AgingReport.Bucket.CURRENT)).isEqualByComparingTo("14631.05");
        assertThat(aging.row("EUR").orElseThrow().amount(AgingReport.Bucket.DAYS_31_60)).isEqualByComparingTo("14631.05");
        // 14,631.05 EUR at 1/0.92 = 15,903.32 USD
        assertThat(aging.baseTotal(AgingReport.Bucket.DAYS_31_60)).isEqualByComparingTo("15903.32");
        assertThat(aging.baseTotal(AgingReport.Bucket.DAYS_1_30)).isEqualByComparingTo("0");
    }

    @Test
    void aForeignCurrencyReceiptAtAnotherRateBooksTheRealizedExchangeDifference(Fixtures fixtures) {
        // given: an EUR invoice booked at 1 USD = 0.92 EUR, paid when 1 USD = 0.90 EUR (the euro is worth more)
        OrganizationFixture acme = fixtures.organization("FX Live");
        FinanceFixtures.rates(acme);
        Invoice invoice = FinanceFixtures.issuedInvoice(acme, InvoiceDirection.RECEIVABLE, "EUR", JULY_20);
        acme.asOwner(tx -> new dev.atlvs.finance.currency.ExchangeRates(tx).record("USD", "EUR", new BigDecimal("0.90"),
                LocalDate.of(2026, 8, 1), "Fixture"));

        // when
        FinanceFixtures.receipt(acme, invoice, "14631.05", LocalDate.of(2026, 8, 14));

        // then: receivables are relieved at the booked 15,903.31 USD (13,364.13 revenue + 2,539.18 tax), cash comes in at
        // 16,256.72 USD, the gain is 353.41
        TrialBalance balance = acme.asOwner(tx -> new LedgerService(tx).trialBalance(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(balance.isBalanced()).isTrue();
        Map<String, BigDecimal> base = new java.util.TreeMap<>();
        balance.rows().forEach(row -> base.merge(row.accountNumber(), row.baseDebit().subtract(row.baseCredit()), BigDecimal::add));
        assertThat(base.get("1200")).isEqualByComparingTo("0");
        assertThat(base.get("1000")).isEqualByComparingTo("16256.72");
        assertThat(base.get("4950")).isEqualByComparingTo("-353.41");
        assertThat(acme.asOwner(tx -> new InvoiceService(tx).get(invoice.id())).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aFinanceAccountWithABalanceIsNotClosedAndItsNumberIsOnlyKeptMasked(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Bank Live");
        FinanceAccount bank = FinanceFixtures.financeAccount(acme, "USD");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);
        acme.asOwner(tx -> new PaymentService(tx).record(Payment.builder().from(receipt(acme, "1000.00", "USD", LocalDate.of(2026, 8, 1)))
                .financeAccountId(bank.id()).build(), List.of(new PaymentService.Allocation(invoice.id(), new BigDecimal("1000.00")))));

        assertThat(bank.maskedNumber()).contains("•••• 4321");
        assertThat(acme.asOwner(tx -> new FinanceAccountService(tx).balance(bank.id())).amount()).isEqualByComparingTo("1000.00");
        assertThatThrownBy(() -> acme.asOwner(tx -> new FinanceAccountService(tx).close(bank.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(FinanceErrorCode.FINANCE_ACCOUNT_NOT_CLOSABLE));
        Account cash = acme.asOwner(tx -> new dev.atlvs.finance.account.ChartOfAccounts(tx).accountFor(PostingPurpose.CASH));
        assertThat(balances(acme, "USD")).doesNotContainKey(cash.accountNumber());
    }
}
