package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.invoice.InvoiceDraft;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.company.CompanyRepository;
import dev.atlvs.people.company.CompanyService;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Invoices of companies: the counterparty is one of the organization's companies, its name filled from the company and
 * kept as printed once issued, and a company with invoices is kept.
 */
@AtlvsTest
class InvoiceCounterpartyCompanyTest {

    @Test
    void aDraftForACompanyTakesItsLegalNameEmailAndPaymentTerms(Fixtures fixtures) {
        // given: a vendor "Northern Rigging" (legal name "Northern Rigging Ltd"), paid at 30 days
        OrganizationFixture acme = fixtures.organization("Billing Companies Live");
        Company vendor = CompanyFixtures.vendor(acme, "Northern Rigging");

        // when
        Invoice bill = acme.asOwner(tx -> {
            InvoiceService invoices = new InvoiceService(tx);
            return invoices.createDraft(invoices.draftFor(vendor.id(), InvoiceDirection.PAYABLE).title("Rigging, Harbour Festival")
                    .currency("GBP").vendorReference("NR-1042")
                    .addLines(InvoiceDraft.Line.of("Rigging crew (days)", new BigDecimal("4"), new BigDecimal("900.00"))).build());
        });

        // then
        assertThat(bill.counterpartyCompanyId()).contains(vendor.id());
        assertThat(bill.counterpartyName()).isEqualTo("Northern Rigging Ltd");
        assertThat(bill.counterpartyEmail()).isEqualTo(vendor.email());
        assertThat(bill.paymentTermsDays()).isEqualTo(30);
    }

    @Test
    void anIssuedInvoiceKeepsThePrintedNameWhenTheCompanyIsRenamed(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Renamed Client Live");
        FinanceFixtures.standardChart(acme);
        Company client = CompanyFixtures.client(acme, "Harbour Festival Ltd");
        Invoice issued = acme.asOwner(tx -> {
            InvoiceService invoices = new InvoiceService(tx);
            Invoice draft = invoices.createDraft(InvoiceDraft.builder().from(FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "USD"))
                    .counterpartyName(client.name()).counterpartyCompanyId(client.id()).build());
            return invoices.issue(draft.id(), LocalDate.of(2026, 7, 20));
        });

        // when
        acme.asOwner(tx -> new CompanyService(tx).update(Company.builder().from(new CompanyService(tx).get(client.id()))
                .name("Harbour Festivals Group").build()));

        // then
        Invoice read = acme.asOwner(tx -> new InvoiceService(tx).get(issued.id()));
        assertThat(read.counterpartyName()).isEqualTo("Harbour Festival Ltd");
        assertThat(read.counterpartyCompanyId()).contains(client.id());
    }

    @Test
    void anInvoiceForACompanyOfNoOneIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Unknown Counterparty Live");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new InvoiceService(tx).createDraft(InvoiceDraft.builder()
                .from(FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, "GBP")).counterpartyCompanyId(UUID.randomUUID()).build())))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("counterpartyCompanyId"));
    }

    @Test
    void aCompanyWithInvoicesIsNotDeleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Kept Counterparty Live");
        Company client = CompanyFixtures.client(acme, "Harbour Festival Ltd");
        acme.asOwner(tx -> {
            InvoiceService invoices = new InvoiceService(tx);
            return invoices.createDraft(invoices.draftFor(client.id(), InvoiceDirection.RECEIVABLE).title("Production fee").currency("GBP")
                    .addLines(InvoiceDraft.Line.of("Stage production", BigDecimal.ONE, new BigDecimal("25000.00"))).build());
        });

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.repository(CompanyRepository.class).delete(client);
            return null;
        }))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.STILL_REFERENCED);
                    assertThat(e.getMessage()).contains("invoices_counterparty_company_fkey");
                });
    }
}
