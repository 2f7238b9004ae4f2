package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.TrialBalance;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Any sequence of valid balanced postings (and reversals of some) leaves the trial balance balanced in every currency and in the base
 * currency (foreign lines converted at the day's rate, rounding settled per currency). */
class LedgerPropertyTest {
    private static final AtomicLong NUMBERS = new AtomicLong();
    private static TestDatabase database;
    private static Fixtures fixtures;

    @BeforeContainer
    static void startDatabase() {
        database = TestDatabases.shared().create(LedgerPropertyTest.class);
        fixtures = new Fixtures(Atlvs.builder(database.appDataSource()).strict(true).build());
    }

    @AfterContainer
    static void dropDatabase() {
        database.close();
    }

    /** One split: an amount in cents, its currency, which of the four accounts takes the debit and which the credit. */
    record Split(long cents, String currency, int debitAccount, int creditAccount, boolean reverse) {}

    @Provide
    Arbitrary<List<List<Split>>> postings() {
        Arbitrary<Split> split = Combinators.combine(Arbitraries.longs().between(1, 10_000_000), Arbitraries.of("EUR", "USD", "GBP"),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3), Arbitraries.of(false, false, true))
                .as(Split::new);
        return split.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 15)
    void balancedPostingsKeepTheTrialBalanceBalanced(@ForAll("postings") List<List<Split>> entries) {
        OrganizationFixture org = fixtures.organization();
        List<Account> accounts = List.of(FinanceFixtures.account(org, AccountType.ASSET, "Cash"),
                FinanceFixtures.account(org, AccountType.LIABILITY, "Accounts payable"),
                FinanceFixtures.account(org, AccountType.REVENUE, "Production fees"),
                FinanceFixtures.account(org, AccountType.EXPENSE, "Stage hire"));
        FinanceFixtures.rates(org);
        LocalDate day = LocalDate.of(2026, 7, 1);
        for (List<Split> splits : entries) {
            var draft = JournalEntryDraft.builder().entryNumber("P-" + NUMBERS.incrementAndGet())
                    .postingDate(day).description("Generated posting");
            List<JournalEntryDraft.Line> lines = new ArrayList<>();
            for (Split s : splits) {
                BigDecimal amount = BigDecimal.valueOf(s.cents(), 2);
                lines.add(JournalEntryDraft.Line.debit(accounts.get(s.debitAccount()).id(), amount, s.currency()));
                lines.add(JournalEntryDraft.Line.credit(accounts.get(s.creditAccount()).id(), amount, s.currency()));
            }
            boolean reverse = splits.get(0).reverse();
            org.asOwner(tx -> {
                LedgerService ledger = new LedgerService(tx);
                var posted = ledger.post(draft.addAllLines(lines).build());
                return reverse ? ledger.reverse(posted.id(), day) : posted;
            });
        }

        TrialBalance balance = org.asOwner(tx -> new LedgerService(tx).trialBalance(day, day));

        assertThat(balance.isBalanced()).isTrue();
        assertThat(balance.totals().values()).allSatisfy(totals -> assertThat(totals.debit()).isEqualByComparingTo(totals.credit()));
        assertThat(balance.baseTotals().debit()).isEqualByComparingTo(balance.baseTotals().credit());
    }
}
