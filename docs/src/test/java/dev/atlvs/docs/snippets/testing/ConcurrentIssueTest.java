package dev.atlvs.docs.snippets.testing;

// tag::testing-race[]
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@AtlvsTest
class ConcurrentIssueTest {

    @Test
    void invoicesIssuedAtTheSameTimeGetConsecutiveNumbers(Fixtures fixtures) throws InterruptedException {
        // given
        OrganizationFixture acme = fixtures.organization("Acme Live");
        FinanceFixtures.standardChart(acme);
        Invoice first = FinanceFixtures.draftInvoice(acme);
        Invoice second = FinanceFixtures.draftInvoice(acme);

        // when: both transactions have begun before either of them issues
        List<Race.Outcome<Invoice>> outcomes = Race.run(List.of(
                gate -> acme.asOwner(tx -> {
                    gate.meet();
                    return new InvoiceService(tx).issue(first.id(), LocalDate.of(2026, 7, 20));
                }),
                gate -> acme.asOwner(tx -> {
                    gate.meet();
                    return new InvoiceService(tx).issue(second.id(), LocalDate.of(2026, 7, 20));
                })));

        // then
        assertThat(outcomes).allMatch(Race.Outcome::won);
        assertThat(outcomes).extracting(outcome -> outcome.result().orElseThrow().invoiceNumber().orElseThrow())
                .containsExactlyInAnyOrder("INV-2026-000001", "INV-2026-000002");
    }
}
// end::testing-race[]
