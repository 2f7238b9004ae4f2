package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.revenue.Revenue;
import dev.atlvs.finance.revenue.RevenueRepository;
import dev.atlvs.finance.revenue.RevenueService;
import dev.atlvs.finance.revenue.RevenueStatus;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Revenue billed and received through invoices: invoiced names a receivable invoice, and received never exceeds what is paid on it. */
@AtlvsTest
class RevenueInvoicingTest {

    private static Revenue stored(OrganizationFixture org, Revenue revenue) {
        return org.asOwner(tx -> tx.repository(RevenueRepository.class).get(revenue.id()));
    }

    @Test
    void invoicedRevenueNamesItsReceivableInvoice(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Revenue Invoiced Live");
        Revenue revenue = FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        Invoice invoice = FinanceFixtures.issuedInvoice(org);

        Revenue invoiced = org.asOwner(tx -> new RevenueService(tx).invoice(revenue.id(), invoice.id()));

        assertThat(invoiced.status()).isEqualTo(RevenueStatus.INVOICED);
        assertThat(invoiced.invoiceId()).contains(invoice.id());
    }

    @Test
    void aPayableInvoiceIsRefusedAndTheRevenueStaysProjected(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Revenue Payable Invoice Live");
        Revenue revenue = FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        Invoice bill = FinanceFixtures.issuedInvoice(org, InvoiceDirection.PAYABLE, "USD", LocalDate.of(2026, 7, 20));

        assertThatThrownBy(() -> org.asOwner(tx -> new RevenueService(tx).invoice(revenue.id(), bill.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(Tuple.tuple("invoiceId", "revenue_invoice_match")));
        assertThat(stored(org, revenue).status()).isEqualTo(RevenueStatus.PROJECTED);
    }

    @Test
    void theReceivedAmountCannotExceedWhatIsPaidOnTheInvoice(Fixtures fixtures) {
        // given: a 12,000.00 fee invoiced on an invoice with 5,000.00 paid
        OrganizationFixture org = fixtures.organization("Revenue Received Live");
        Revenue revenue = FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        Invoice invoice = FinanceFixtures.issuedInvoice(org);
        org.asOwner(tx -> new RevenueService(tx).invoice(revenue.id(), invoice.id()));
        FinanceFixtures.receipt(org, invoice, "5000.00", LocalDate.of(2026, 8, 10));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new RevenueService(tx).receive(revenue.id(), new BigDecimal("6000.00"), LocalDate.of(2026, 8, 12))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.REVENUE_EXCEEDS_PAID);
                    assertThat(e.field()).contains("receivedAmount");
                });
        Revenue partly = org.asOwner(tx -> new RevenueService(tx).receive(revenue.id(), new BigDecimal("5000.00"), LocalDate.of(2026, 8, 12)));
        assertThat(partly.receivedAmount()).isEqualByComparingTo("5000.00");
        assertThat(partly.status()).isEqualTo(RevenueStatus.INVOICED);
    }

    @Test
    void revenueIsReceivedOnceTheWholeAmountIsPaid(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Revenue Fully Received Live");
        Revenue revenue = FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        Invoice invoice = FinanceFixtures.issuedInvoice(org);
        org.asOwner(tx -> new RevenueService(tx).invoice(revenue.id(), invoice.id()));
        FinanceFixtures.receipt(org, invoice, "12000.00", LocalDate.of(2026, 8, 10));

        Revenue received = org.asOwner(tx -> new RevenueService(tx).receive(revenue.id(), new BigDecimal("12000.00"), LocalDate.of(2026, 8, 12)));

        assertThat(received.status()).isEqualTo(RevenueStatus.RECEIVED);
        assertThat(received.receivedDate()).contains(LocalDate.of(2026, 8, 12));
    }

    @Test
    void theDatabaseRefusesInvoicedRevenueWithoutAnInvoiceAndReceiptsAbovePaid(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Raw Revenue Invoice Live");
        Revenue revenue = FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        Invoice invoice = FinanceFixtures.issuedInvoice(org);

        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createUpdate("update atlvs.revenue set status = 'invoiced' where id = :id")
                .bindMap(Map.of("id", revenue.id())).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::rule)
                        .containsExactly("revenue_invoiced_check"));
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                update atlvs.revenue set status = 'invoiced', invoice_id = :invoice, received_amount = 1 where id = :id
                """).bindMap(Map.of("id", revenue.id(), "invoice", invoice.id())).execute()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("revenue_received_exceeds_paid"));
        assertThat(stored(org, revenue).status()).isEqualTo(RevenueStatus.PROJECTED);
    }
}
