package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.JournalEntryRepository;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.period.FiscalPeriodRepository;
import dev.atlvs.finance.period.FiscalPeriodStatus;
import dev.atlvs.finance.period.ImmutableFiscalPeriod;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import dev.atlvs.core.Atlvs;
import dev.atlvs.testing.Race;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import java.util.List;
import dev.atlvs.finance.period.FiscalPeriod;
import org.junit.jupiter.api.Test;

/**
 * The database holds the ledger rules whatever code writes: each statement below goes around the SDK's
 * Java checks as plain SQL through {@code tx.handle()}, is refused with an error naming the rule, and
 * leaves nothing behind.
 */
@AtlvsTest
class LedgerDatabaseRulesTest {

    private static int sql(OrganizationFixture org, String sql, Map<String, ?> arguments) {
        return org.asOwner(tx -> tx.handle().createUpdate(sql).bindMap(arguments).execute());
    }

    private static JournalEntry posted(OrganizationFixture org, String number, Account debit, Account credit) {
        return org.asOwner(tx -> new LedgerService(tx).post(JournalEntryDraft.builder().entryNumber(number)
                .postingDate(LocalDate.of(2026, 7, 20)).description("Catering for the crew")
                .addLines(JournalEntryDraft.Line.debit(debit.id(), new BigDecimal("640.00"), "USD"),
                        JournalEntryDraft.Line.credit(credit.id(), new BigDecimal("640.00"), "USD"))
                .build()));
    }

    @Test
    void anUnbalancedPostedEntryIsRefusedAtCommitAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Unbalanced Live");
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
        Account catering = FinanceFixtures.account(acme, AccountType.EXPENSE, "Catering");
        long entries = Rows.count(database, "journal_entries");
        long lines = Rows.count(database, "journal_lines");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.handle().createUpdate("""
                    insert into atlvs.journal_entries (organization_id, id, entry_number, posting_date, description)
                    values (:organizationId, '00000000-0000-7000-8000-000000000001', 'RAW-1', date '2026-07-20', 'Raw')
                    """).bind("organizationId", acme.id()).execute();
            tx.handle().createUpdate("""
                    insert into atlvs.journal_lines (organization_id, entry_id, line_number, account_id, debit, credit, currency)
                    values (:organizationId, '00000000-0000-7000-8000-000000000001', 1, :cash, 100, 0, 'USD'),
                           (:organizationId, '00000000-0000-7000-8000-000000000001', 2, :catering, 0, 90, 'USD')
                    """).bind("organizationId", acme.id()).bind("cash", cash.id()).bind("catering", catering.id()).execute();
            return tx.handle().createUpdate("update atlvs.journal_entries set status = 'posted' where entry_number = 'RAW-1'").execute();
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::rule)
                .containsExactly("journal_entries_balanced"));
        assertThat(Rows.count(database, "journal_entries")).isEqualTo(entries);
        assertThat(Rows.count(database, "journal_lines")).isEqualTo(lines);
    }

    @Test
    void aLineWithBothSidesIsRefused(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Raw Two Sides Live");
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
        JournalEntry draft = FinanceFixtures.draftEntry(acme);

        assertThatThrownBy(() -> sql(acme, """
                insert into atlvs.journal_lines (organization_id, entry_id, line_number, account_id, debit, credit, currency)
                values (:organizationId, :entry, 1, :cash, 5, 5, 'USD')
                """, Map.of("organizationId", acme.id(), "entry", draft.id(), "cash", cash.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::rule)
                        .containsExactly("journal_lines_one_side_check"));
    }

    @Test
    void aPostedEntryCannotBeEditedOrDeleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Immutable Entry Live");
        JournalEntry entry = posted(acme, "JE-1", FinanceFixtures.account(acme, AccountType.EXPENSE, "Catering"),
                FinanceFixtures.account(acme, AccountType.ASSET, "Cash"));

        // when / then
        assertThatThrownBy(() -> sql(acme, "update atlvs.journal_entries set description = 'Edited' where id = :id", Map.of("id", entry.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("journal_entries_posted_immutable"));
        assertThatThrownBy(() -> sql(acme, "update atlvs.journal_entries set status = 'reversed' where id = :id", Map.of("id", entry.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("journal_entries_posted_immutable"));
        assertThatThrownBy(() -> sql(acme, "delete from atlvs.journal_entries where id = :id", Map.of("id", entry.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("journal_entries_posted_immutable"));
        assertThat((JournalEntry) acme.asOwner(tx -> tx.repository(JournalEntryRepository.class).get(entry.id()))).isEqualTo(entry);
    }

    @Test
    void theLinesOfAPostedEntryCannotBeEditedAddedOrDeleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Immutable Lines Live");
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
        JournalEntry entry = posted(acme, "JE-1", FinanceFixtures.account(acme, AccountType.EXPENSE, "Catering"), cash);
        Map<String, Object> arguments = Map.of("organizationId", acme.id(), "entry", entry.id(), "cash", cash.id());

        // when / then
        assertThatThrownBy(() -> sql(acme, "update atlvs.journal_lines set debit = debit * 2, credit = credit * 2 where entry_id = :entry", arguments))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("journal_lines_posted_immutable"));
        assertThatThrownBy(() -> sql(acme, "delete from atlvs.journal_lines where entry_id = :entry", arguments))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("journal_lines_posted_immutable"));
        assertThatThrownBy(() -> sql(acme, """
                insert into atlvs.journal_lines (organization_id, entry_id, line_number, account_id, debit, currency)
                values (:organizationId, :entry, 3, :cash, 1, 'USD')
                """, arguments))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("journal_lines_posted_immutable"));
    }

    @Test
    void postingIntoAClosedPeriodIsRefusedByTheDatabase(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Closed Period Live");
        var july = FinanceFixtures.period(acme, "FY2026-07", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        acme.asOwner(tx -> tx.repository(FiscalPeriodRepository.class).update(ImmutableFiscalPeriod.copyOf(july).withStatus(FiscalPeriodStatus.CLOSED)));
        JournalEntry draft = FinanceFixtures.draftEntry(acme);

        // when / then
        assertThatThrownBy(() -> sql(acme, "update atlvs.journal_entries set status = 'posted' where id = :id", Map.of("id", draft.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("journal_entries_period_closed"));
        assertThat(acme.asOwner(tx -> tx.repository(JournalEntryRepository.class).get(draft.id())).status())
                .isEqualTo(dev.atlvs.finance.ledger.JournalEntryStatus.DRAFT);
    }

    @Test
    void overlappingFiscalPeriodsAreRefused(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Raw Overlap Live");
        FinanceFixtures.period(acme, "FY2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

        assertThatThrownBy(() -> FinanceFixtures.period(acme, "FY2026-09", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)))
                .isInstanceOf(ScheduleConflictException.class);
    }

    @Test
    void theAccountTreeHasNoLoops(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Raw Account Loop Live");
        Account assets = FinanceFixtures.account(acme, AccountType.ASSET, "Assets");
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash");
        sql(acme, "update atlvs.accounts set parent_account_id = :parent where id = :id", Map.of("parent", assets.id(), "id", cash.id()));

        assertThatThrownBy(() -> sql(acme, "update atlvs.accounts set parent_account_id = :parent where id = :id",
                Map.of("parent", cash.id(), "id", assets.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::rule)
                        .containsExactly("accounts_parent_cycle"));
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoOverlappingFiscalPeriodsInsertedInRacingTransactionsCannotBothCommit(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Racing Periods " + isolation);

        // when: both transactions have begun before either inserts
        List<Race.Outcome<FiscalPeriod>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(FiscalPeriodRepository.class).insert(FiscalPeriod.builder().organizationId(acme.id())
                            .name("FY2026-Q3").startsOn(LocalDate.of(2026, 7, 1)).endsOn(LocalDate.of(2026, 9, 30)).build());
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(FiscalPeriodRepository.class).insert(FiscalPeriod.builder().organizationId(acme.id())
                            .name("FY2026-09").startsOn(LocalDate.of(2026, 9, 1)).endsOn(LocalDate.of(2026, 9, 30)).build());
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOf(ScheduleConflictException.class));
        long periods = acme.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.fiscal_periods where organization_id = :organizationId")
                .mapTo(Long.class).one());
        assertThat(periods).isEqualTo(1);
    }
}
