package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.account.ChartOfAccounts;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.JournalLine;
import dev.atlvs.finance.ledger.JournalLineRepository;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.TrialBalance;
import dev.atlvs.finance.numbering.DocumentNumbers;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Exchange rates and conversion to the base currency, the ledger kept in the base currency as well,
 * the standard chart with its posting accounts, and gap-free document numbers.
 */
@AtlvsTest
class CurrencyAndNumberingTest {
    private static final LocalDate JULY_20 = LocalDate.of(2026, 7, 20);

    @Test
    void aRateAppliesFromItsDateAndIsFoundInvertedOrThroughTheBaseCurrency(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Rates Live");
        FinanceFixtures.rates(acme);
        acme.asOwner(tx -> new ExchangeRates(tx).record("USD", "EUR", new BigDecimal("0.90"), LocalDate.of(2026, 7, 15), "ECB"));

        acme.asOwner(tx -> {
            ExchangeRates rates = new ExchangeRates(tx);
            assertThat(rates.rate("USD", "EUR", LocalDate.of(2026, 7, 14))).isEqualByComparingTo("0.92");
            assertThat(rates.rate("USD", "EUR", JULY_20)).isEqualByComparingTo("0.90");
            // inverted: 1 EUR = 1 / 0.90 USD
            assertThat(rates.convert(Money.of("900.00", "EUR"), "USD", JULY_20).amount()).isEqualByComparingTo("1000.00");
            // through the base currency: 1 EUR = (1 / 0.90) × 0.79 GBP = 0.8778 GBP
            assertThat(rates.convert(Money.of("1000.00", "EUR"), "GBP", JULY_20).amount()).isEqualByComparingTo("877.78");
            // rounded half up to the target's minor unit: 10.00 USD × 0.92 on 1 July = 9.20 EUR; 0.005 → 0.01
            assertThat(rates.convert(Money.of("0.0055", "USD"), "EUR", LocalDate.of(2026, 7, 1)).amount()).isEqualByComparingTo("0.01");
            return null;
        });
    }

    @Test
    void aMissingRateAndAnUnknownCurrencyAreRefusedByName(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("No Rates Live");
        long rates = Rows.count(database, "exchange_rates");

        assertThatThrownBy(() -> acme.asOwner(tx -> new ExchangeRates(tx).toBase(Money.of("10.00", "EUR"), JULY_20)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.EXCHANGE_RATE_MISSING);
                    assertThat(e.field()).contains("currency");
                });
        assertThatThrownBy(() -> acme.asOwner(tx -> new ExchangeRates(tx).record("USD", "EUX", BigDecimal.ONE, JULY_20, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.UNKNOWN_CURRENCY);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("quoteCurrency");
                });
        assertThatThrownBy(() -> acme.asOwner(tx -> new ExchangeRates(tx).record("USD", "EUR", new BigDecimal("-1"), JULY_20, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("rate"));
        assertThat(Rows.count(database, "exchange_rates")).isEqualTo(rates);
    }

    @Test
    void aForeignCurrencyEntryIsBookedInTheBaseCurrencyWithItsRoundingSettled(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Base Currency Live");
        FinanceFixtures.rates(acme);
        Map<PostingPurpose, Account> chart = FinanceFixtures.standardChart(acme);
        // 1 EUR = 1 / 0.92 USD: 33.33 → 36.228, 33.33 → 36.228, 33.34 → 36.239: rounded 36.23 + 36.23 + 36.24 = 108.70
        // against 100.00 → 108.696 → 108.70: balanced once rounded.
        JournalEntry entry = acme.asOwner(tx -> new LedgerService(tx).post(JournalEntryDraft.builder().entryNumber("FX-1").postingDate(JULY_20)
                .description("Backline hire, Berlin")
                .addLines(JournalEntryDraft.Line.debit(chart.get(PostingPurpose.EXPENSE).id(), new BigDecimal("33.33"), "EUR"),
                        JournalEntryDraft.Line.debit(chart.get(PostingPurpose.EXPENSE).id(), new BigDecimal("33.33"), "EUR"),
                        JournalEntryDraft.Line.debit(chart.get(PostingPurpose.EXPENSE).id(), new BigDecimal("33.34"), "EUR"),
                        JournalEntryDraft.Line.credit(chart.get(PostingPurpose.ACCOUNTS_PAYABLE).id(), new BigDecimal("100.00"), "EUR"))
                .build()));

        List<JournalLine> lines = acme.asOwner(tx -> tx.repository(JournalLineRepository.class).ofEntry(entry.id()));
        BigDecimal debits = lines.stream().map(JournalLine::baseDebit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = lines.stream().map(JournalLine::baseCredit).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(debits).isEqualByComparingTo(credits).isEqualByComparingTo("108.70");
        TrialBalance balance = acme.asOwner(tx -> new LedgerService(tx).trialBalance(JULY_20, JULY_20));
        assertThat(balance.baseCurrency()).isEqualTo("USD");
        assertThat(balance.isBalanced()).isTrue();
    }

    @Test
    void anExchangeDifferenceLineCarriesOnlyABaseAmount(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Exchange Difference Live");
        FinanceFixtures.rates(acme);
        Map<PostingPurpose, Account> chart = FinanceFixtures.standardChart(acme);
        // An invoice of 1,000 EUR booked at 1,086.96 USD is paid when 1,000 EUR buy 1,111.11 USD: a gain of 24.15.
        acme.asOwner(tx -> new LedgerService(tx).post(JournalEntryDraft.builder().entryNumber("PAY-1").postingDate(JULY_20)
                .description("Receipt, Northern Lights invoice")
                .addLines(JournalEntryDraft.Line.debit(chart.get(PostingPurpose.CASH).id(), new BigDecimal("1000.00"), "EUR")
                                .withBaseAmount(new BigDecimal("1111.11")),
                        JournalEntryDraft.Line.credit(chart.get(PostingPurpose.ACCOUNTS_RECEIVABLE).id(), new BigDecimal("1000.00"), "EUR")
                                .withBaseAmount(new BigDecimal("1086.96")),
                        JournalEntryDraft.Line.exchangeDifference(chart.get(PostingPurpose.FX_GAIN).id(), "EUR", new BigDecimal("-24.15")))
                .build()));

        TrialBalance balance = acme.asOwner(tx -> new LedgerService(tx).trialBalance(JULY_20, JULY_20));
        TrialBalance.Row gain = balance.rows().stream().filter(row -> row.accountNumber().equals("4950")).findFirst().orElseThrow();
        assertThat(gain.debit()).isZero();
        assertThat(gain.credit()).isZero();
        assertThat(gain.baseBalance()).isEqualByComparingTo("24.15");
        assertThat(balance.isBalanced()).isTrue();

        // Without the difference the entry does not balance in the base currency: refused, nothing written.
        assertThatThrownBy(() -> acme.asOwner(tx -> new LedgerService(tx).post(JournalEntryDraft.builder().entryNumber("PAY-2")
                .postingDate(JULY_20).description("Receipt without its exchange difference")
                .addLines(JournalEntryDraft.Line.debit(chart.get(PostingPurpose.CASH).id(), new BigDecimal("1000.00"), "EUR")
                                .withBaseAmount(new BigDecimal("1111.11")),
                        JournalEntryDraft.Line.credit(chart.get(PostingPurpose.ACCOUNTS_RECEIVABLE).id(), new BigDecimal("1000.00"), "EUR")
                                .withBaseAmount(new BigDecimal("1086.96")))
                .build()))).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.ENTRY_UNBALANCED);
                    assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("journal_entries_balanced");
                });
    }

    @Test
    void rawSqlCannotPostAnEntryThatBalancesOnlyInItsOwnCurrency(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Raw Base Live");
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
        Account fees = FinanceFixtures.account(acme, AccountType.REVENUE, "Fees");

        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.handle().createUpdate("""
                    insert into atlvs.journal_entries (organization_id, id, entry_number, posting_date, description)
                    values (:organizationId, '00000000-0000-7000-8000-0000000000b1', 'RAW-B1', date '2026-07-20', 'Raw')
                    """).bind("organizationId", acme.id()).execute();
            tx.handle().createUpdate("""
                    insert into atlvs.journal_lines (organization_id, entry_id, line_number, account_id, debit, credit, currency,
                                                     base_debit, base_credit)
                    values (:organizationId, '00000000-0000-7000-8000-0000000000b1', 1, :cash, 100, 0, 'EUR', 108.70, 0),
                           (:organizationId, '00000000-0000-7000-8000-0000000000b1', 2, :fees, 0, 100, 'EUR', 0, 99.00)
                    """).bind("organizationId", acme.id()).bind("cash", cash.id()).bind("fees", fees.id()).execute();
            return tx.handle().createUpdate("update atlvs.journal_entries set status = 'posted' where entry_number = 'RAW-B1'").execute();
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::rule)
                .containsExactly("journal_entries_balanced"));
        // A foreign line without its base amount is refused outright.
        JournalEntry draft = FinanceFixtures.draftEntry(acme);
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.journal_lines (organization_id, entry_id, line_number, account_id, debit, currency)
                values (:organizationId, :entry, 2, :cash, 100, 'EUR')
                """).bind("organizationId", acme.id()).bind("entry", draft.id()).bind("cash", cash.id()).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::rule)
                        .containsExactly("journal_lines_one_side_check"));
    }

    @Test
    void theBaseCurrencyIsFixedOnceTheBooksHavePostings(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Fixed Base Live");
        Map<PostingPurpose, Account> chart = FinanceFixtures.standardChart(acme);
        acme.asOwner(tx -> tx.handle().createUpdate("update atlvs.organizations set base_currency = 'EUR' where id = :id")
                .bind("id", acme.id()).execute());
        acme.asOwner(tx -> new LedgerService(tx).post(JournalEntryDraft.builder().entryNumber("JE-1").postingDate(JULY_20)
                .description("Opening cash")
                .addLines(JournalEntryDraft.Line.debit(chart.get(PostingPurpose.CASH).id(), new BigDecimal("500.00"), "EUR"),
                        JournalEntryDraft.Line.credit(chart.get(PostingPurpose.RETAINED_EARNINGS).id(), new BigDecimal("500.00"), "EUR"))
                .build()));

        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("update atlvs.organizations set base_currency = 'USD' where id = :id")
                .bind("id", acme.id()).execute()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("organizations_base_currency_fixed"));
    }

    @Test
    void theStandardChartInstallsOnceWithEveryPurposeAssigned(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Chart Live");

        assertThatThrownBy(() -> acme.asOwner(tx -> new ChartOfAccounts(tx).accountFor(PostingPurpose.ACCOUNTS_RECEIVABLE)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(FinanceErrorCode.POSTING_ACCOUNT_MISSING));

        Map<PostingPurpose, Account> first = FinanceFixtures.standardChart(acme);
        Map<PostingPurpose, Account> second = FinanceFixtures.standardChart(acme);

        assertThat(first).containsOnlyKeys(PostingPurpose.values());
        assertThat(second).isEqualTo(first);
        assertThat(first.get(PostingPurpose.ACCOUNTS_RECEIVABLE).accountNumber()).isEqualTo("1200");
        List<Account> accounts = acme.asOwner(tx -> tx.repository(AccountRepository.class).chart());
        assertThat(accounts).hasSize(ChartOfAccounts.STANDARD.size());
        Account sponsorship = acme.asOwner(tx -> tx.repository(AccountRepository.class).findByNumber("4100").orElseThrow());
        acme.asOwner(tx -> new ChartOfAccounts(tx).assign(PostingPurpose.REVENUE, sponsorship.id()));
        Account revenue = acme.asOwner(tx -> new ChartOfAccounts(tx).accountFor(PostingPurpose.REVENUE));
        assertThat(revenue.name()).isEqualTo("Sponsorship");
    }

    @Test
    void documentNumbersRunWithoutGapsAndARolledBackNumberIsGivenAgain(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Numbers Live");
        OrganizationFixture other = fixtures.organization("Other Numbers Live");

        String first = acme.asOwner(tx -> new DocumentNumbers(tx).format("invoice", "INV", 2026));
        assertThat(first).isEqualTo("INV-2026-000001");
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            new DocumentNumbers(tx).next("invoice", 2026);
            throw new IllegalStateException("issuing failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(FinanceFixtures.documentNumber(acme, "invoice")).isEqualTo(2);
        assertThat(FinanceFixtures.documentNumber(acme, "credit_note")).isEqualTo(1);
        long nextYear = acme.asOwner(tx -> new DocumentNumbers(tx).next("invoice", 2027));
        assertThat(nextYear).isEqualTo(1);
        assertThat(FinanceFixtures.documentNumber(other, "invoice")).isEqualTo(1);
        assertThatThrownBy(() -> acme.asOwner(tx -> new DocumentNumbers(tx).next("Invoice!", 2026)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("kind"));
    }

    @Test
    void concurrentIssuersTakeEachNumberOnce(Fixtures fixtures) throws Exception {
        OrganizationFixture acme = fixtures.organization("Concurrent Numbers Live");
        int threads = 6;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Long> taken = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int attempt = i;
                        try {
                            taken.add(acme.asOwner(tx -> {
                                long number = new DocumentNumbers(tx).next("invoice", 2026);
                                if ((thread + attempt) % 4 == 0) {
                                    throw new IllegalStateException("issuing failed after taking " + number);
                                }
                                return number;
                            }));
                        } catch (IllegalStateException expected) {
                            // the number goes back
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(taken).hasSizeGreaterThan(threads * perThread / 2);
        assertThat(taken).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, taken.size()).boxed().toList());
    }
}
