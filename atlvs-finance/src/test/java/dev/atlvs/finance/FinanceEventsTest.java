package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.event.DomainEvent;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.payment.PaymentService;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The finance services append their domain events in the transaction of the change, in order per aggregate. */
@AtlvsTest
class FinanceEventsTest {
    private static final LocalDate AUGUST_14 = LocalDate.of(2026, 8, 14);

    private static List<DomainEvent> history(OrganizationFixture org, String type, java.util.UUID id) {
        return org.asOwner(tx -> new DomainEvents(tx).history(type, id));
    }

    @Test
    void issuingAndPayingAnInvoiceAppendTheirEventsInOrder(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Invoice Events Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);
        String part = invoice.totalAmount().divide(java.math.BigDecimal.valueOf(4)).setScale(2, java.math.RoundingMode.DOWN).toPlainString();

        PaymentService.Recorded first = FinanceFixtures.receipt(acme, invoice, part, AUGUST_14);
        Invoice partlyPaid = acme.asOwner(tx -> new InvoiceService(tx).get(invoice.id()));
        PaymentService.Recorded second = FinanceFixtures.receipt(acme, invoice, partlyPaid.amountDue().toPlainString(), AUGUST_14);

        List<DomainEvent> events = history(acme, "invoice", invoice.id());
        assertThat(events).extracting(DomainEvent::eventType)
                .containsExactly("invoice.issued", "invoice.partially_paid", "invoice.paid");
        assertThat(events).extracting(DomainEvent::sequence).containsExactly(1L, 2L, 3L);
        assertThat(events.get(0).payload()).contains("\"number\": \"" + invoice.invoiceNumber().orElseThrow() + "\"");
        assertThat(events.get(1).payload()).contains(first.payment().id().toString());
        assertThat(history(acme, "payment", second.payment().id())).extracting(DomainEvent::eventType).containsExactly("payment.recorded");
    }

    @Test
    void voidingAnInvoiceAppendsItsEvent(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Void Events Live");
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);

        acme.asOwner(tx -> new InvoiceService(tx).voidInvoice(invoice.id(), AUGUST_14));

        assertThat(history(acme, "invoice", invoice.id())).extracting(DomainEvent::eventType).containsExactly("invoice.issued", "invoice.voided");
    }
}
