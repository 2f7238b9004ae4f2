package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.TrialBalance;
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
import java.util.concurrent.atomic.AtomicLong;

/** Any sequence of valid balanced postings (and reversals of some) leaves the trial balance balanced in every currency and in the base
 * currency (foreign lines converted at the day's rate, rounding settled per currency). */
@AtlvsTest
class LedgerPropertyTest {
    private static final AtomicLong NUMBERS = new AtomicLong();

    /** One split: an amount in cents, its currency, which of the four accounts takes the debit and which the credit. */
    record Split(long cents, String currency, int debitAccount, int creditAccount, boolean reverse) {}

    /** 1 to 6 entries of 1 to 4 splits each; one entry in three is reversed. */
    private static List<List<Split>> postings(Gen gen) {
        return gen.listOf(1, 6, () -> gen.listOf(1, 4, () -> new Split(gen.longBetween(1, 10_000_000), gen.oneOf("EUR", "USD", "GBP"),
                gen.intBetween(0, 3), gen.intBetween(0, 3), gen.oneOf(false, false, true))));
    }

    @PropertyTest(tries = 15)
    void balancedPostingsKeepTheTrialBalanceBalanced(Gen gen, Fixtures fixtures) {
        List<List<Split>> entries = postings(gen);
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
