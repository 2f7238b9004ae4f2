package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.TrialBalance;
import dev.atlvs.finance.payment.Payment;
import dev.atlvs.finance.payment.PaymentDirection;
import dev.atlvs.finance.payment.PaymentMethod;
import dev.atlvs.finance.payment.PaymentService;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import dev.atlvs.core.Atlvs;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.numbering.DocumentNumbers;
import org.junit.jupiter.api.Test;

/**
 * Many threads issuing invoices and paying them at once (each paying invoices the others issued) leave
 * gap-free invoice numbers, no lost update, no over-allocation, and a balanced ledger; two payments racing for what
 * is open on one invoice never pay more than is open, and two transactions racing for numbers take consecutive ones,
 * at every isolation level the SDK offers.
 */
@AtlvsTest
class InvoiceConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 6;

    @Test
    void concurrentIssuersAndPayersKeepNumbersGapFreeAllocationsWithinAmountsAndTheLedgerBalanced(Fixtures fixtures) throws Exception {
        // given
        OrganizationFixture acme = fixtures.organization("Concurrent Live");
        FinanceFixtures.standardChart(acme);
        FinanceFixtures.rates(acme);
        List<Invoice> issued = new CopyOnWriteArrayList<>();
        issued.add(FinanceFixtures.issuedInvoice(acme));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);

        // when
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String currency = t % 2 == 0 ? "USD" : "EUR";
            workers.add(pool.submit(() -> {
                start.await();
                int refused = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    issued.add(acme.asOwner(tx -> {
                        InvoiceService invoices = new InvoiceService(tx);
                        return invoices.issue(invoices.createDraft(FinanceFixtures.invoiceDraft(InvoiceDirection.RECEIVABLE, currency)).id(),
                                LocalDate.of(2026, 7, 20));
                    }));
                    List<Invoice> targets = issued.stream().filter(invoice -> invoice.currency().equals(currency)).toList();
                    Invoice target = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
                    BigDecimal amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(100_00, 900_000), 2);
                    try {
                        acme.asOwner(tx -> new PaymentService(tx).record(Payment.builder().organizationId(acme.id())
                                .direction(PaymentDirection.RECEIPT).amount(amount).currency(currency).method(PaymentMethod.BANK_TRANSFER)
                                .paidOn(LocalDate.of(2026, 8, 1)).build(), List.of(new PaymentService.Allocation(target.id(), amount))));
                    } catch (ValidationException overpaid) {
                        refused++;
                    }
                }
                return refused;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        for (Future<Integer> worker : workers) {
            worker.get();
        }

        // then: numbers 1..n without gaps or repeats
        List<Long> numbers = issued.stream().map(invoice -> Long.parseLong(invoice.invoiceNumber().orElseThrow().substring("INV-2026-".length())))
                .sorted().toList();
        assertThat(numbers).isEqualTo(LongStream.rangeClosed(1, THREADS * ROUNDS + 1).boxed().toList());
        // no lost update, no over-allocation
        List<String> broken = acme.asOwner(tx -> tx.handle().createQuery("""
                select 'invoice ' || i.invoice_number from atlvs.invoices i
                 where i.organization_id = :organizationId
                   and (i.amount_paid <> coalesce((select sum(a.amount) from atlvs.payment_allocations a
                                                    where a.organization_id = i.organization_id and a.invoice_id = i.id), 0)
                        or i.amount_paid > i.total_amount
                        or i.status <> case when i.amount_paid = i.total_amount then 'paid'
                                            when i.amount_paid > 0 then 'partially_paid' else 'issued' end)
                union all
                select 'payment ' || p.id from atlvs.payments p
                 where p.organization_id = :organizationId
                   and coalesce((select sum(a.amount) from atlvs.payment_allocations a
                                  where a.organization_id = p.organization_id and a.payment_id = p.id), 0) <> p.amount
                """).bind("organizationId", acme.id()).mapTo(String.class).list());
        assertThat(broken).isEmpty();
        // a balanced ledger in every currency and in base
        TrialBalance balance = acme.asOwner(tx -> new LedgerService(tx).trialBalance(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        Map<String, BigDecimal> perCurrency = balance.rows().stream().collect(Collectors.groupingBy(TrialBalance.Row::currency,
                Collectors.reducing(BigDecimal.ZERO, row -> row.debit().subtract(row.credit()), BigDecimal::add)));
        assertThat(perCurrency).containsOnlyKeys("USD", "EUR");
        assertThat(perCurrency.values()).allSatisfy(sum -> assertThat(sum).isEqualByComparingTo("0"));
        assertThat(balance.rows().stream().map(row -> row.baseDebit().subtract(row.baseCredit())).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("0");
        assertThat(balance.isBalanced()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoPaymentsRacingForMoreThanIsOpenOnAnInvoiceNeverOverpayIt(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given: an invoice of 14,631.05 and two receipts of 8,000.00, each of which fits alone
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Racing Payments " + isolation);
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);
        BigDecimal amount = new BigDecimal("8000.00");

        // when: both payments have begun before either writes
        List<Race.Outcome<PaymentService.Recorded>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new PaymentService(tx).record(receipt(acme, amount), List.of(new PaymentService.Allocation(invoice.id(), amount)));
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new PaymentService(tx).record(receipt(acme, amount), List.of(new PaymentService.Allocation(invoice.id(), amount)));
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(FinanceErrorCode.PAYMENT_EXCEEDS_OPEN)));
        BigDecimal paid = acme.asOwner(tx -> tx.handle().createQuery("""
                select coalesce(sum(amount), 0) from atlvs.payment_allocations where organization_id = :organizationId and invoice_id = :invoice
                """).bind("invoice", invoice.id()).mapTo(BigDecimal.class).one());
        assertThat(paid).isEqualByComparingTo("8000.00");
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoTransactionsRacingForTheFirstNumbersOfAKindTakeOneAndTwo(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given: a kind of document that has no number yet
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Racing Numbers " + isolation);

        // when: both transactions have begun before either takes a number
        List<Race.Outcome<Long>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new DocumentNumbers(tx).next("race_ticket", 2026);
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new DocumentNumbers(tx).next("race_ticket", 2026);
                })));

        // then: both commit, with the numbers one and two; the next is three
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.won()).as("numbered").isTrue());
        assertThat(outcomes.stream().map(outcome -> outcome.result().orElseThrow()).sorted().toList()).containsExactly(1L, 2L);
        assertThat(FinanceFixtures.documentNumber(acme, "race_ticket")).isEqualTo(3L);
    }

    private static Payment receipt(OrganizationFixture organization, BigDecimal amount) {
        return Payment.builder().organizationId(organization.id()).direction(PaymentDirection.RECEIPT).amount(amount).currency("USD")
                .method(PaymentMethod.BANK_TRANSFER).paidOn(LocalDate.of(2026, 8, 1)).build();
    }
}
