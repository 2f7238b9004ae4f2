package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.payment.Payment;
import dev.atlvs.finance.payment.PaymentDirection;
import dev.atlvs.finance.payment.PaymentMethod;
import dev.atlvs.finance.payment.PaymentService;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any sequence of payments, allocated through the service or written as raw allocations, leaves every invoice's
 * allocations within what it bills (less its credit notes) and every payment's within its amount; the amount paid
 * stays the sum of the allocations.
 */
class PaymentAllocationPropertyTest {
    private static TestDatabase database;
    private static Fixtures fixtures;

    @BeforeContainer
    static void startDatabase() {
        database = TestDatabases.shared().create(PaymentAllocationPropertyTest.class);
        fixtures = new Fixtures(Atlvs.builder(database.appDataSource()).strict(true).build());
    }

    @AfterContainer
    static void dropDatabase() {
        database.close();
    }

    /** One attempt: which invoice, how many cents, and whether through the service or raw SQL. */
    record Attempt(int invoice, long cents, boolean raw) {}

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.longs().between(1, 1_000_000), Arbitraries.of(false, true))
                .as(Attempt::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 10)
    void allocationsNeverExceedOpenAmounts(@ForAll("attempts") List<Attempt> attempts) {
        OrganizationFixture org = fixtures.organization();
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            invoices.add(FinanceFixtures.issuedInvoice(org, InvoiceDirection.RECEIVABLE, "USD", LocalDate.of(2026, 7, 1 + i)));
        }
        for (Attempt attempt : attempts) {
            Invoice invoice = invoices.get(attempt.invoice());
            BigDecimal amount = BigDecimal.valueOf(attempt.cents(), 2);
            try {
                if (attempt.raw()) {
                    Payment payment = FinanceFixtures.unpostedReceipt(org, amount.toPlainString());
                    org.asOwner(tx -> tx.handle().createUpdate("""
                            insert into atlvs.payment_allocations (organization_id, payment_id, invoice_id, amount, allocated_on)
                            values (:organizationId, :payment, :invoice, :amount, date '2026-08-01')
                            """).bind("organizationId", org.id()).bind("payment", payment.id()).bind("invoice", invoice.id())
                            .bind("amount", amount).execute());
                } else {
                    org.asOwner(tx -> new PaymentService(tx).record(Payment.builder().organizationId(org.id()).direction(PaymentDirection.RECEIPT)
                            .amount(amount).currency("USD").method(PaymentMethod.CARD).paidOn(LocalDate.of(2026, 8, 1)).build(),
                            List.of(new PaymentService.Allocation(invoice.id(), amount))));
                }
            } catch (AtlvsException refused) {
                // Refused attempts leave nothing; the invariants below are what matters.
            }
        }
        List<String> broken = org.asOwner(tx -> tx.handle().createQuery("""
                select 'invoice ' || i.id from atlvs.invoices i
                 where i.organization_id = :organizationId
                   and (i.amount_paid <> coalesce((select sum(a.amount) from atlvs.payment_allocations a
                                                    where a.organization_id = i.organization_id and a.invoice_id = i.id), 0)
                        or i.amount_paid + i.amount_credited > i.total_amount)
                union all
                select 'payment ' || p.id from atlvs.payments p
                 where p.organization_id = :organizationId
                   and coalesce((select sum(a.amount) from atlvs.payment_allocations a
                                  where a.organization_id = p.organization_id and a.payment_id = p.id), 0) > p.amount
                """).bind("organizationId", org.id()).mapTo(String.class).list());
        assertThat(broken).isEmpty();
    }
}
