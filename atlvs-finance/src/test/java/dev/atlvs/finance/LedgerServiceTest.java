package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.account.NormalBalance;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.JournalEntryRepository;
import dev.atlvs.finance.ledger.JournalEntryStatus;
import dev.atlvs.finance.ledger.JournalLine;
import dev.atlvs.finance.ledger.JournalLineRepository;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.TrialBalance;
import dev.atlvs.finance.period.FiscalPeriod;
import dev.atlvs.finance.period.FiscalPeriodRepository;
import dev.atlvs.finance.period.FiscalPeriodStatus;
import dev.atlvs.finance.period.ImmutableFiscalPeriod;
import dev.atlvs.projects.project.Project;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Posting, reversing and summing the ledger through {@link LedgerService}: a balanced entry posts, an
 * unbalanced one is refused before any SQL, nothing posts into a closed period, a reversal swaps the
 * sides and marks the original reversed, and the trial balance has equal debits and credits.
 */
@AtlvsTest
class LedgerServiceTest {
    private static final LocalDate JULY_20 = LocalDate.of(2026, 7, 20);

    private static JournalEntryDraft fee(String number, Account debit, Account credit, String amount) {
        return JournalEntryDraft.builder().entryNumber(number).postingDate(JULY_20).description("Production fee, Northern Lights Festival")
                .addLines(JournalEntryDraft.Line.debit(debit.id(), new BigDecimal(amount), "USD"),
                        JournalEntryDraft.Line.credit(credit.id(), new BigDecimal(amount), "USD"))
                .build();
    }

    @Test
    void anAccountsNormalBalanceFollowsItsType(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Normal Balance Live");

        assertThat(FinanceFixtures.account(acme, AccountType.ASSET, "Cash").normalBalance()).isEqualTo(NormalBalance.DEBIT);
        assertThat(FinanceFixtures.account(acme, AccountType.REVENUE, "Production fees").normalBalance()).isEqualTo(NormalBalance.CREDIT);
    }

    @Test
    void aBalancedEntryIsPostedWithItsLines(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Balanced Posting Live");
        Account receivables = FinanceFixtures.account(acme, AccountType.ASSET, "Accounts receivable");
        Account fees = FinanceFixtures.account(acme, AccountType.REVENUE, "Production fees");

        // when
        JournalEntry posted = acme.asOwner(tx -> new LedgerService(tx).post(fee("JE-1", receivables, fees, "25000.00")));

        // then
        assertThat(posted.status()).isEqualTo(JournalEntryStatus.POSTED);
        assertThat(posted.postedAt()).isPresent();
        assertThat(posted.postedBy()).contains(acme.owner().id());
        assertThat((java.util.List<JournalLine>) acme.asOwner(tx -> tx.repository(JournalLineRepository.class).ofEntry(posted.id())))
                .extracting(JournalLine::lineNumber, JournalLine::accountId, JournalLine::debit, JournalLine::credit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, receivables.id(), new BigDecimal("25000.0000"), new BigDecimal("0.0000")),
                        org.assertj.core.groups.Tuple.tuple(2, fees.id(), new BigDecimal("0.0000"), new BigDecimal("25000.0000")));
    }

    @Test
    void anUnbalancedEntryIsRefusedBeforeAnythingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Unbalanced Posting Live");
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
        Account fees = FinanceFixtures.account(acme, AccountType.REVENUE, "Production fees");
        long before = Rows.count(database, "journal_entries");
        JournalEntryDraft unbalanced = JournalEntryDraft.builder().entryNumber("JE-2").postingDate(JULY_20).description("Typo")
                .addLines(JournalEntryDraft.Line.debit(cash.id(), new BigDecimal("100.00"), "USD"),
                        JournalEntryDraft.Line.credit(fees.id(), new BigDecimal("90.00"), "USD"))
                .build();

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new LedgerService(tx).post(unbalanced)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.ENTRY_UNBALANCED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("lines", "journal_entries_balanced"));
                });
        assertThat(Rows.count(database, "journal_entries")).isEqualTo(before);
    }

    @Test
    void postingIntoAClosedPeriodIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Closed Period Live");
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
        Account fees = FinanceFixtures.account(acme, AccountType.REVENUE, "Production fees");
        FiscalPeriod july = FinanceFixtures.period(acme, "FY2026-07", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        acme.asOwner(tx -> tx.repository(FiscalPeriodRepository.class).update(ImmutableFiscalPeriod.copyOf(july).withStatus(FiscalPeriodStatus.CLOSED)));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new LedgerService(tx).post(fee("JE-3", cash, fees, "10.00"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(FinanceErrorCode.PERIOD_CLOSED));
        assertThat((java.util.Optional<JournalEntry>) acme.asOwner(tx -> tx.repository(JournalEntryRepository.class).findByNumber("JE-3"))).isEmpty();
    }

    @Test
    void aReversalSwapsTheSidesAndMarksTheOriginalReversed(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Reversal Live");
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
        Account fees = FinanceFixtures.account(acme, AccountType.REVENUE, "Production fees");
        JournalEntry original = acme.asOwner(tx -> new LedgerService(tx).post(fee("JE-4", cash, fees, "500.00")));

        // when
        JournalEntry reversal = acme.asOwner(tx -> new LedgerService(tx).reverse(original.id(), JULY_20.plusDays(1)));

        // then
        assertThat(reversal.status()).isEqualTo(JournalEntryStatus.POSTED);
        assertThat(reversal.reversalOf()).contains(original.id());
        assertThat(reversal.entryNumber()).isEqualTo("REV-JE-4");
        assertThat(acme.asOwner(tx -> tx.repository(JournalEntryRepository.class).get(original.id())).status())
                .isEqualTo(JournalEntryStatus.REVERSED);
        assertThat((java.util.List<JournalLine>) acme.asOwner(tx -> tx.repository(JournalLineRepository.class).ofEntry(reversal.id())))
                .extracting(JournalLine::accountId, JournalLine::debit, JournalLine::credit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(cash.id(), new BigDecimal("0.0000"), new BigDecimal("500.0000")),
                        org.assertj.core.groups.Tuple.tuple(fees.id(), new BigDecimal("500.0000"), new BigDecimal("0.0000")));
        TrialBalance balance = acme.asOwner(tx -> new LedgerService(tx).trialBalance(JULY_20, JULY_20.plusDays(1)));
        assertThat(balance.rows()).allSatisfy(row -> assertThat(row.balance()).isZero());
    }

    @Test
    void aReversedEntryIsNotReversedAgain(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Double Reversal Live");
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
        Account fees = FinanceFixtures.account(acme, AccountType.REVENUE, "Production fees");
        JournalEntry original = acme.asOwner(tx -> new LedgerService(tx).post(fee("JE-5", cash, fees, "75.00")));
        acme.asOwner(tx -> new LedgerService(tx).reverse(original.id(), JULY_20));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new LedgerService(tx).reverse(original.id(), JULY_20)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.JOURNAL_ENTRY_TRANSITION_INVALID);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("journal_entries_status_transition");
                });
    }

    @Test
    void theTrialBalanceHasEqualDebitsAndCreditsPerAccount(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Trial Balance Live");
        Project festival = ProjectFixtures.project(acme);
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
        Account fees = FinanceFixtures.account(acme, AccountType.REVENUE, "Production fees");
        Account hire = FinanceFixtures.account(acme, AccountType.EXPENSE, "Stage hire");
        acme.asOwner(tx -> new LedgerService(tx).post(fee("JE-6", cash, fees, "25000.00")));
        acme.asOwner(tx -> new LedgerService(tx).post(JournalEntryDraft.builder().from(fee("JE-7", hire, cash, "8000.00"))
                .projectId(festival.id()).build()));

        // when
        TrialBalance all = acme.asOwner(tx -> new LedgerService(tx).trialBalance(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)));
        TrialBalance project = acme.asOwner(tx -> new LedgerService(tx).trialBalance(festival.id(), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31)));

        // then
        assertThat(all.isBalanced()).isTrue();
        assertThat(all.totals()).containsOnlyKeys("USD");
        assertThat(all.totals().get("USD").debit()).isEqualByComparingTo("33000.00");
        assertThat(all.rows()).extracting(TrialBalance.Row::accountId, row -> row.balance().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(cash.id(), "17000"),
                        org.assertj.core.groups.Tuple.tuple(fees.id(), "25000"), org.assertj.core.groups.Tuple.tuple(hire.id(), "8000"));
        assertThat(project.isBalanced()).isTrue();
        assertThat(project.rows()).extracting(TrialBalance.Row::accountId).containsExactlyInAnyOrder(hire.id(), cash.id());
        assertThat(project.totals().get("USD").credit()).isEqualByComparingTo("8000.00");
    }

    @Test
    void aLineWithBothSidesIsInvalid() {
        assertThatThrownBy(() -> JournalLine.builder().organizationId(UUID.randomUUID()).entryId(UUID.randomUUID()).lineNumber(1)
                .accountId(UUID.randomUUID()).debit(BigDecimal.ONE).credit(BigDecimal.ONE).currency("USD").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::rule)
                        .containsExactly("journal_lines_one_side_check"));
    }
}
