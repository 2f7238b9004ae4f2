package dev.atlvs.testing;

import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.account.ChartOfAccounts;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.numbering.DocumentNumbers;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryRepository;
import dev.atlvs.finance.ledger.JournalLine;
import dev.atlvs.finance.ledger.JournalLineRepository;
import dev.atlvs.finance.period.FiscalPeriod;
import dev.atlvs.finance.period.FiscalPeriodRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic ledger data, written through the SDK's repositories as the organization's owner. Account and
 * entry numbers carry a counter, so they never collide.
 *
 * <pre>{@code
 * Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
 * FiscalPeriod july = FinanceFixtures.period(acme, "FY2026-07", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
 * JournalLine line = FinanceFixtures.draftLine(acme, FinanceFixtures.draftEntry(acme), cash);
 * }</pre>
 */
public final class FinanceFixtures {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private FinanceFixtures() {}

    /** A new account of {@code type} named {@code name}, with the next free number. */
    public static Account account(OrganizationFixture org, AccountType type, String name) {
        long n = SEQUENCE.incrementAndGet();
        return org.asOwner(tx -> tx.repository(AccountRepository.class).insert(Account.builder().organizationId(org.id())
                .accountNumber(String.valueOf(1000 + n)).name(name).type(type).build()));
    }

    /** A new open fiscal period. */
    public static FiscalPeriod period(OrganizationFixture org, String name, LocalDate startsOn, LocalDate endsOn) {
        return org.asOwner(tx -> tx.repository(FiscalPeriodRepository.class).insert(FiscalPeriod.builder().organizationId(org.id())
                .name(name).startsOn(startsOn).endsOn(endsOn).build()));
    }

    /** A new draft entry without lines, booked on 20 July 2026. */
    public static JournalEntry draftEntry(OrganizationFixture org) {
        long n = SEQUENCE.incrementAndGet();
        return org.asOwner(tx -> tx.repository(JournalEntryRepository.class).insert(JournalEntry.builder().organizationId(org.id())
                .entryNumber("JE-" + n).postingDate(LocalDate.of(2026, 7, 20)).description("Stage hire deposit, Northern Lights Festival")
                .build()));
    }

    /** A debit of 1,250.00 EUR to {@code account} on the draft {@code entry}. */
    public static JournalLine draftLine(OrganizationFixture org, JournalEntry entry, Account account) {
        return org.asOwner(tx -> tx.repository(JournalLineRepository.class).insert(JournalLine.builder().organizationId(org.id())
                .entryId(entry.id()).lineNumber(1).accountId(account.id()).debit(new BigDecimal("1250.0000")).currency("EUR")
                .baseDebit(new BigDecimal("1358.7000")).build()));
    }

    /**
     * Exchange rates from 1 January 2026 for an organization kept in US dollars: 1 USD = 0.92 EUR = 0.79 GBP =
     * 1.36 CAD.
     */
    public static void rates(OrganizationFixture org) {
        org.asOwner(tx -> {
            ExchangeRates rates = new ExchangeRates(tx);
            LocalDate from = LocalDate.of(2026, 1, 1);
            rates.record("USD", "EUR", new BigDecimal("0.92"), from, "Fixture");
            rates.record("USD", "GBP", new BigDecimal("0.79"), from, "Fixture");
            return rates.record("USD", "CAD", new BigDecimal("1.36"), from, "Fixture");
        });
    }

    /** The standard chart of accounts with every posting purpose assigned. */
    public static Map<PostingPurpose, Account> standardChart(OrganizationFixture org) {
        return org.asOwner(tx -> new ChartOfAccounts(tx).installStandard());
    }

    /** The next number of a document kind in 2026, taken and committed. */
    public static long documentNumber(OrganizationFixture org, String kind) {
        return org.asOwner(tx -> new DocumentNumbers(tx).next(kind, 2026));
    }
}
