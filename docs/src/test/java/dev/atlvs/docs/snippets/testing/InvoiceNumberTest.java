package dev.atlvs.docs.snippets.testing;

// tag::testing-atlvs-test[]
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.invoice.InvoiceStatus;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

@AtlvsTest
class InvoiceNumberTest {

    @Test
    void theFirstInvoiceIssuedInAYearIsNumberOne(Fixtures fixtures, Atlvs atlvs) {
        // given
        OrganizationFixture acme = fixtures.organization("Acme Live");   // a new organization and its owner

        // when
        Invoice issued = FinanceFixtures.issuedInvoice(acme);            // standard chart, a USD invoice of 20 July 2026

        // then
        InvoiceStatus status = atlvs.inTenant(acme.id(), acme.owner().id(), tx -> new InvoiceService(tx).get(issued.id()).status());
        assertThat(issued.invoiceNumber()).contains("INV-2026-000001");
        assertThat(status).isEqualTo(InvoiceStatus.ISSUED);
    }
}
// end::testing-atlvs-test[]
