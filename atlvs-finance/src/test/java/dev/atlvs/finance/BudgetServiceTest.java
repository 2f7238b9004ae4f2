package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetPosition;
import dev.atlvs.finance.budget.BudgetReport;
import dev.atlvs.finance.budget.BudgetService;
import dev.atlvs.finance.budget.BudgetStatus;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpenseService;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import dev.atlvs.core.Atlvs;
import dev.atlvs.testing.Race;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Budgets through {@link BudgetService}: periods that never overlap (also when created in racing transactions, at every
 * isolation level the SDK offers), the lifecycle, and budget against committed against actual.
 */
@AtlvsTest
class BudgetServiceTest {

    @Test
    void anOverlappingBudgetOfTheSameProjectAndCategoryIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture org = fixtures.organization("Budget Overlap Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        FinanceFixtures.budget(org, project);
        long budgets = Rows.count(database, "budgets");
        Budget overlapping = FinanceFixtures.budgetBuilder(org, project, BudgetCategory.EQUIPMENT)
                .periodStart(LocalDate.of(2026, 9, 1)).periodEnd(LocalDate.of(2026, 12, 31)).build();

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new BudgetService(tx).create(overlapping)))
                .isInstanceOfSatisfying(ScheduleConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.BUDGET_PERIOD_OVERLAP);
                    assertThat(e.field()).contains("periodStart");
                });
        assertThat(Rows.count(database, "budgets")).isEqualTo(budgets);
    }

    @Test
    void budgetsOfOtherCategoriesOrAfterTheEndDoNotOverlap(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Budget Adjacent Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        FinanceFixtures.budget(org, project);

        Budget catering = org.asOwner(tx -> new BudgetService(tx).create(FinanceFixtures.budgetBuilder(org, project, BudgetCategory.CATERING).build()));
        Budget next = org.asOwner(tx -> new BudgetService(tx).create(FinanceFixtures.budgetBuilder(org, project, BudgetCategory.EQUIPMENT)
                .periodStart(LocalDate.of(2026, 10, 1)).periodEnd(LocalDate.of(2026, 12, 31)).build()));

        assertThat(catering.status()).isEqualTo(BudgetStatus.DRAFT);
        assertThat(next.fiscalYear()).isEqualTo(2026);
    }

    @Test
    void aCancelledBudgetFreesItsPeriod(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Budget Cancel Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Budget first = FinanceFixtures.budget(org, project);
        org.asOwner(tx -> new BudgetService(tx).cancel(first.id()));

        Budget replacement = org.asOwner(tx -> new BudgetService(tx).create(FinanceFixtures.budgetBuilder(org, project, BudgetCategory.EQUIPMENT).build()));

        assertThat(replacement.id()).isNotEqualTo(first.id());
    }

    @Test
    void activatingRecordsTheApproverAndACompletedBudgetDoesNotReopen(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Budget Lifecycle Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Budget budget = FinanceFixtures.budget(org, project);

        Budget active = org.asOwner(tx -> new BudgetService(tx).activate(budget.id()));
        org.asOwner(tx -> new BudgetService(tx).complete(budget.id()));

        assertThat(active.approvedBy()).contains(org.owner().id());
        assertThat(active.approvedAt()).isPresent();
        assertThatThrownBy(() -> org.asOwner(tx -> new BudgetService(tx).activate(budget.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(FinanceErrorCode.BUDGET_TRANSITION_INVALID));
    }

    @Test
    void aNegativeAmountIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture org = fixtures.organization("Budget Negative Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        long budgets = Rows.count(database, "budgets");

        assertThatThrownBy(() -> org.asOwner(tx -> new BudgetService(tx).create(FinanceFixtures.budgetBuilder(org, project, BudgetCategory.EQUIPMENT)
                .amount(new BigDecimal("-1.00")).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field).contains("amount"));
        assertThat(Rows.count(database, "budgets")).isEqualTo(budgets);
    }

    @Test
    void thePositionShowsCommittedActualUtilizationBurnRateAndOverrunDate(Fixtures fixtures) {
        // given: a 9,200.00 budget over July to September; 3,100.00 approved and 500.00 submitted by 31 July
        OrganizationFixture org = fixtures.organization("Budget Position Live");
        FinanceFixtures.standardChart(org);
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Budget budget = FinanceFixtures.activeBudget(org, project, BudgetCategory.EQUIPMENT, "9200.00");
        User crew = org.addMember(MemberRole.CONTRIBUTOR);
        Expense approved = FinanceFixtures.expense(org, crew, budget, "3100.00");
        org.as(crew, tx -> new ExpenseService(tx).submit(approved.id()));
        org.asOwner(tx -> new ExpenseService(tx).approve(approved.id()));
        Expense pending = FinanceFixtures.expense(org, crew, budget, "500.00");
        org.as(crew, tx -> new ExpenseService(tx).submit(pending.id()));

        // when
        BudgetPosition position = org.asOwner(tx -> new BudgetService(tx).position(budget.id(), LocalDate.of(2026, 7, 31)));

        // then: 31 days elapsed, 100.00 a day; 5,600.00 remaining lasts 56 more days, to 25 September
        assertThat(position.actual()).isEqualByComparingTo("3100.00");
        assertThat(position.committed()).isEqualByComparingTo("500.00");
        assertThat(position.remaining()).isEqualByComparingTo("5600.00");
        assertThat(position.utilizationPct()).hasValueSatisfying(pct -> assertThat(pct).isEqualByComparingTo("39.13"));
        assertThat(position.burnRatePerDay()).isEqualByComparingTo("100.00");
        assertThat(position.projectedOverrunDate()).contains(LocalDate.of(2026, 9, 25));
    }

    @Test
    void postedLinesOnTheBudgetsAccountCountAsActualButExpensePostingsCountOnce(Fixtures fixtures) {
        // given: a budget on 6100 Construction, a manual posting to it for the project, and an approved expense
        OrganizationFixture org = fixtures.organization("Budget Ledger Live");
        Map<PostingPurpose, Account> chart = FinanceFixtures.standardChart(org);
        Account construction = org.asOwner(tx -> tx.repository(AccountRepository.class).findByNumber("6100").orElseThrow());
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Budget budget = org.asOwner(tx -> {
            BudgetService budgets = new BudgetService(tx);
            return budgets.activate(budgets.create(FinanceFixtures.budgetBuilder(org, project, BudgetCategory.CONSTRUCTION)
                    .glAccountId(construction.id()).build()).id());
        });
        org.asOwner(tx -> new LedgerService(tx).post(JournalEntryDraft.builder().entryNumber("JE-STAGE").postingDate(LocalDate.of(2026, 7, 10))
                .description("Stage deck timber").projectId(project.id())
                .addLines(JournalEntryDraft.Line.debit(construction.id(), new BigDecimal("2000.00"), "USD"),
                        JournalEntryDraft.Line.credit(chart.get(PostingPurpose.CASH).id(), new BigDecimal("2000.00"), "USD"))
                .build()));
        User crew = org.addMember(MemberRole.CONTRIBUTOR);
        Expense expense = FinanceFixtures.expense(org, crew, budget, "300.00");
        org.as(crew, tx -> new ExpenseService(tx).submit(expense.id()));
        org.asOwner(tx -> new ExpenseService(tx).approve(expense.id()));

        // when
        BudgetReport report = org.asOwner(tx -> new BudgetService(tx).report(project.id(), LocalDate.of(2026, 7, 31)));

        // then
        assertThat(report.positions()).singleElement().satisfies(position -> assertThat(position.actual()).isEqualByComparingTo("2300.00"));
        assertThat(report.byCategory()).extracting(BudgetReport.CategoryTotal::category, BudgetReport.CategoryTotal::currency)
                .containsExactly(Tuple.tuple(BudgetCategory.CONSTRUCTION, "USD"));
    }

    @Test
    void activeBudgetsDeriveTheProjectsBudgetAmount(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Project Budget Amount Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        FinanceFixtures.activeBudget(org, project, BudgetCategory.EQUIPMENT, "12000.00");
        FinanceFixtures.activeBudget(org, project, BudgetCategory.CATERING, "3500.00");
        FinanceFixtures.budget(org, FinanceFixtures.project(org, "Winter Market"));

        Project stored = org.asOwner(tx -> tx.repository(ProjectRepository.class).get(project.id()));

        assertThat(stored.budgetAmount()).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("15500.00"));
    }

    @Test
    void aZeroBudgetHasNoUtilization(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Zero Budget Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Budget budget = FinanceFixtures.activeBudget(org, project, BudgetCategory.OTHER, "0.00");

        BudgetPosition position = org.asOwner(tx -> new BudgetService(tx).position(budget.id(), LocalDate.of(2026, 8, 1)));

        assertThat(position.utilizationPct()).isEqualTo(Optional.empty());
        assertThat(position.projectedOverrunDate()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoOverlappingBudgetsCreatedInRacingTransactionsCannotBothCommit(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Racing Budgets " + isolation);
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Budget summer = FinanceFixtures.budgetBuilder(org, project, BudgetCategory.EQUIPMENT).build();
        Budget autumn = FinanceFixtures.budgetBuilder(org, project, BudgetCategory.EQUIPMENT)
                .periodStart(LocalDate.of(2026, 9, 1)).periodEnd(LocalDate.of(2026, 12, 31)).build();

        // when: both transactions have begun before either creates its budget
        List<Race.Outcome<Budget>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new BudgetService(tx).create(summer);
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new BudgetService(tx).create(autumn);
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ScheduleConflictException.class,
                        // the service's own check names the budget rule; the database's, caught first here under READ
                        // COMMITTED, is reported with the general overlap code
                        e -> assertThat(e.code()).isIn(FinanceErrorCode.BUDGET_PERIOD_OVERLAP, dev.atlvs.core.error.CoreErrorCode.OVERLAP)));
        long budgets = org.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.budgets where organization_id = :organizationId")
                .mapTo(Long.class).one());
        assertThat(budgets).isEqualTo(1);
    }
}
