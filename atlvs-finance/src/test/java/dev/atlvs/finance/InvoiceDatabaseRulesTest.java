package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.payment.Payment;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database holds the invoice and payment rules whatever code writes: each statement below goes around the
 * SDK's Java checks as plain SQL, is refused with an error naming the rule, and leaves nothing behind.
 */
@AtlvsTest
class InvoiceDatabaseRulesTest {

    private static int sql(OrganizationFixture org, String sql, Map<String, ?> arguments) {
        return org.asOwner(tx -> tx.handle().createUpdate(sql).bindMap(arguments).execute());
    }

    private static String allocate = """
            insert into atlvs.payment_allocations (organization_id, payment_id, invoice_id, amount, allocated_on)
            values (:organizationId, :payment, :invoice, :amount, date '2026-08-14')
            """;

    @Test
    void anAllocationBeyondWhatIsOpenOnTheInvoiceIsRefused(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Raw Over Invoice Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);
        Payment payment = FinanceFixtures.unpostedReceipt(acme, "20000.00");
        long allocations = Rows.count(database, "payment_allocations");

        assertThatThrownBy(() -> sql(acme, allocate, Map.of("organizationId", acme.id(), "payment", payment.id(), "invoice", invoice.id(),
                "amount", new BigDecimal("14631.06"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "payment_allocations_invoice_open")));
        assertThat(Rows.count(database, "payment_allocations")).isEqualTo(allocations);
    }

    @Test
    void allocationsBeyondThePaymentAreRefused(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Raw Over Payment Live");
        Invoice first = FinanceFixtures.issuedInvoice(acme);
        Invoice second = FinanceFixtures.issuedInvoice(acme);
        Payment payment = FinanceFixtures.unpostedReceipt(acme, "1000.00");
        sql(acme, allocate, Map.of("organizationId", acme.id(), "payment", payment.id(), "invoice", first.id(), "amount", new BigDecimal("600.00")));
        long allocations = Rows.count(database, "payment_allocations");

        assertThatThrownBy(() -> sql(acme, allocate, Map.of("organizationId", acme.id(), "payment", payment.id(), "invoice", second.id(),
                "amount", new BigDecimal("400.01"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::rule)
                        .containsExactly("payment_allocations_payment_amount"));
        assertThat(Rows.count(database, "payment_allocations")).isEqualTo(allocations);
    }

    @Test
    void theAmountPaidIsDerivedFromTheAllocationsWhateverIsWritten(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Raw Derived Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);
        Payment payment = FinanceFixtures.unpostedReceipt(acme, "1000.00");
        sql(acme, allocate, Map.of("organizationId", acme.id(), "payment", payment.id(), "invoice", invoice.id(), "amount", new BigDecimal("250.00")));

        sql(acme, "update atlvs.invoices set amount_paid = 0, status = 'issued' where id = :id", Map.of("id", invoice.id()));

        Invoice stored = acme.asOwner(tx -> new InvoiceService(tx).get(invoice.id()));
        assertThat(stored.amountPaid()).isEqualByComparingTo("250.00");
        assertThat(stored.status()).isEqualTo(dev.atlvs.finance.invoice.InvoiceStatus.PARTIALLY_PAID);
    }

    @Test
    void theAmountsAndLinesOfAnIssuedInvoiceDoNotChange(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Raw Frozen Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);

        assertThatThrownBy(() -> sql(acme, "update atlvs.invoices set total_amount = 1, subtotal = 1, tax_amount = 0, discount_amount = 0 where id = :id",
                Map.of("id", invoice.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("invoices_issued_frozen"));
        assertThatThrownBy(() -> sql(acme, "update atlvs.invoice_line_items set unit_price = 1 where invoice_id = :id",
                Map.of("id", invoice.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("invoices_issued_frozen"));
        Invoice stored = acme.asOwner(tx -> new InvoiceService(tx).get(invoice.id()));
        assertThat(stored).isEqualTo(invoice);
    }

    @Test
    void anInvoiceWithPaymentsIsNotVoided(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Raw Void Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);
        FinanceFixtures.receipt(acme, invoice, "100.00", java.time.LocalDate.of(2026, 8, 1));

        assertThatThrownBy(() -> sql(acme, "update atlvs.invoices set status = 'void' where id = :id", Map.of("id", invoice.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("invoices_void_unpaid"));
        assertThat(acme.asOwner(tx -> new InvoiceService(tx).get(invoice.id())).status())
                .isEqualTo(dev.atlvs.finance.invoice.InvoiceStatus.PARTIALLY_PAID);
    }

    @Test
    void anIssuedInvoiceIsNeverDeleted(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Raw Delete Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);
        long invoices = Rows.count(database, "invoices");

        assertThatThrownBy(() -> sql(acme, "delete from atlvs.invoices where id = :id", Map.of("id", invoice.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("invoices_issued_frozen"));
        assertThat(Rows.count(database, "invoices")).isEqualTo(invoices);
    }
}
