package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Any sequence of payments, allocated through the service or written as raw allocations, leaves every invoice's
 * allocations within what it bills (less its credit notes) and every payment's within its amount; the amount paid
 * stays the sum of the allocations.
 */
@AtlvsTest
class PaymentAllocationPropertyTest {
    /** One attempt: which invoice, how many cents, and whether through the service or raw SQL. */
    record Attempt(int invoice, long cents, boolean raw) {}

    /** 1 to 8 attempts on one of three invoices. */
    private static List<Attempt> attempts(Gen gen) {
        return gen.listOf(1, 8, () -> new Attempt(gen.intBetween(0, 2), gen.longBetween(1, 1_000_000), gen.oneOf(false, true)));
    }

    @PropertyTest(tries = 10)
    void allocationsNeverExceedOpenAmounts(Gen gen, Fixtures fixtures) {
        List<Attempt> attempts = attempts(gen);
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
