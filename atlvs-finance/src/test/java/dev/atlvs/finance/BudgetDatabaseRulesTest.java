package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpenseRepository;
import dev.atlvs.finance.expense.ExpenseStatus;
import dev.atlvs.finance.revenue.Revenue;
import dev.atlvs.projects.project.Project;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The database holds the budget, expense, revenue and forecast rules whatever code writes: each statement
 * below goes around the SDK's Java checks as plain SQL through {@code tx.handle()}, is refused with an error
 * naming the field and the rule, and leaves nothing behind.
 */
@AtlvsTest
class BudgetDatabaseRulesTest {

    private static int sql(OrganizationFixture org, User user, String sql, Map<String, ?> arguments) {
        return org.as(user, tx -> tx.handle().createUpdate(sql).bindMap(arguments).execute());
    }

    private static ExpenseStatus statusOf(OrganizationFixture org, UUID expense) {
        return org.asOwner(tx -> tx.repository(ExpenseRepository.class).get(expense).status());
    }

    @Test
    void theDatabaseRefusesAnApprovalByTheSubmitter(Fixtures fixtures, TestDatabase database) {
        // given: an expense submitted by the owner
        OrganizationFixture org = fixtures.organization("Raw Self Approval Live");
        Budget budget = FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        Expense expense = FinanceFixtures.expense(org, org.owner(), budget, "120.00");
        sql(org, org.owner(), "update atlvs.expenses set status = 'submitted' where id = :id", Map.of("id", expense.id()));
        long entries = Rows.count(database, "journal_entries");

        // when / then: the owner approves it in plain SQL
        assertThatThrownBy(() -> sql(org, org.owner(), "update atlvs.expenses set status = 'approved' where id = :id", Map.of("id", expense.id())))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).contains("expenses_approver_not_submitter"));
        assertThat(statusOf(org, expense.id())).isEqualTo(ExpenseStatus.SUBMITTED);
        assertThat(Rows.count(database, "journal_entries")).isEqualTo(entries);
    }

    @Test
    void theDatabaseStampsTheApproverWhoIsNotTheSubmitter(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Raw Approval Live");
        User crew = org.addMember(MemberRole.CONTRIBUTOR);
        Budget budget = FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        Expense expense = FinanceFixtures.expense(org, crew, budget, "120.00");
        sql(org, crew, "update atlvs.expenses set status = 'submitted' where id = :id", Map.of("id", expense.id()));

        sql(org, org.owner(), "update atlvs.expenses set status = 'approved' where id = :id", Map.of("id", expense.id()));

        Expense approved = org.asOwner(tx -> tx.repository(ExpenseRepository.class).get(expense.id()));
        assertThat(approved.submittedBy()).contains(crew.id());
        assertThat(approved.approvedBy()).contains(org.owner().id());
    }

    @Test
    void theDatabaseRefusesAnIllegalTransition(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Raw Expense Transition Live");
        Budget budget = FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        Expense draft = FinanceFixtures.expense(org, org.owner(), budget, "120.00");

        assertThatThrownBy(() -> sql(org, org.owner(), "update atlvs.expenses set status = 'paid', paid_at = now() where id = :id",
                Map.of("id", draft.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("expenses_status_transition"));
        assertThat(statusOf(org, draft.id())).isEqualTo(ExpenseStatus.DRAFT);
    }

    @Test
    void theDatabaseKeepsTheAmountOfASubmittedExpense(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Raw Frozen Expense Live");
        Budget budget = FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        Expense expense = FinanceFixtures.expense(org, org.owner(), budget, "120.00");
        sql(org, org.owner(), "update atlvs.expenses set status = 'submitted' where id = :id", Map.of("id", expense.id()));

        assertThatThrownBy(() -> sql(org, org.owner(), "update atlvs.expenses set amount = 12, base_amount = 12 where id = :id",
                Map.of("id", expense.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("expenses_submitted_fixed"));
    }

    @Test
    void theDatabaseRequiresAReceiptAboveTheThreshold(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Raw Receipt Live");
        FinanceFixtures.expensePolicy(org, "50.00");
        Budget budget = FinanceFixtures.budget(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        Expense expense = FinanceFixtures.expense(org, org.owner(), budget, "120.00");

        assertThatThrownBy(() -> sql(org, org.owner(), "update atlvs.expenses set status = 'submitted' where id = :id", Map.of("id", expense.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(Tuple.tuple("receiptFileId", "expenses_receipt_required")));
        assertThat(statusOf(org, expense.id())).isEqualTo(ExpenseStatus.DRAFT);
    }

    @Test
    void theDatabaseRefusesOverlappingBudgetsOfOneProjectAndCategory(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture org = fixtures.organization("Raw Budget Overlap Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        FinanceFixtures.budget(org, project);
        long budgets = Rows.count(database, "budgets");

        assertThatThrownBy(() -> sql(org, org.owner(), """
                insert into atlvs.budgets (organization_id, project_id, name, category, amount, currency, period_start, period_end, fiscal_year)
                values (:organizationId, :project, 'Second audio', 'equipment', 100, 'USD', date '2026-09-30', date '2026-10-31', 2026)
                """, Map.of("organizationId", org.id(), "project", project.id())))
                .isInstanceOf(ScheduleConflictException.class)
                .hasMessageContaining("budgets_period_overlap");
        assertThat(Rows.count(database, "budgets")).isEqualTo(budgets);
    }

    @Test
    void theDatabaseRefusesOverlappingForecastsOfOneProjectAndScenario(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture org = fixtures.organization("Raw Forecast Overlap Live");
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        FinanceFixtures.forecast(org, project);
        long forecasts = Rows.count(database, "forecasts");

        assertThatThrownBy(() -> sql(org, org.owner(), """
                insert into atlvs.forecasts (organization_id, project_id, name, period_start, period_end, forecast_date, currency)
                values (:organizationId, :project, 'August outlook', date '2026-08-01', date '2026-08-31', date '2026-07-01', 'USD')
                """, Map.of("organizationId", org.id(), "project", project.id())))
                .isInstanceOf(ScheduleConflictException.class)
                .hasMessageContaining("forecasts_period_overlap");
        assertThat(Rows.count(database, "forecasts")).isEqualTo(forecasts);
    }

    @Test
    void theDatabaseRefusesARecognitionScheduleAboveTheRevenue(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Raw Recognition Total Live");
        Revenue revenue = FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival"));

        assertThatThrownBy(() -> sql(org, org.owner(), """
                insert into atlvs.revenue_recognitions (organization_id, revenue_id, recognize_on, amount)
                values (:organizationId, :revenue, date '2026-09-30', 0.01)
                """, Map.of("organizationId", org.id(), "revenue", revenue.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(Tuple.tuple("amount", "revenue_recognitions_total")));
    }

    @Test
    void theDatabaseRefusesRevenueMovingBackFromReceived(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Raw Revenue Transition Live");
        Revenue revenue = FinanceFixtures.revenue(org, FinanceFixtures.project(org, "Harbour Lights Festival"));
        sql(org, org.owner(), "update atlvs.revenue set status = 'cancelled' where id = :id", Map.of("id", revenue.id()));

        assertThatThrownBy(() -> sql(org, org.owner(), "update atlvs.revenue set status = 'projected' where id = :id", Map.of("id", revenue.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("revenue_status_transition"));
    }
}
