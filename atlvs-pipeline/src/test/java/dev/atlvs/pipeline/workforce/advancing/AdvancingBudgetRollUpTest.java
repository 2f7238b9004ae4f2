package dev.atlvs.pipeline.workforce.advancing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpenseService;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetService;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The advance's estimated and actual costs in the project's budget plan, on the hand-worked advance of {@link AdvanceSetup}. */
@AtlvsTest
class AdvancingBudgetRollUpTest {

    @Test
    void eachCategoryRollsItsEstimatesAsCommittedAndItsActualsAsActualIntoThePlanLineConvertedToItsCurrency(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Advance Roll-up");

        // when
        AdvanceSetup advance = AdvanceSetup.of(acme);

        // then: equipment committed 24,000 (PA) + 4,500 (5,000 USD at 0.90), actual 13,500 (lighting); power cancelled
        ProjectBudget equipment = line(acme, advance.festival().project().id(), BudgetCategory.EQUIPMENT);
        assertThat(equipment.committedAmount()).isEqualByComparingTo("28500");
        assertThat(equipment.actualAmount()).isEqualByComparingTo("13500");
        assertThat(equipment.plannedAmount()).isEqualByComparingTo("60000");
        // travel committed 1,200 (shuttles), actual 2,750 (flights)
        ProjectBudget travel = line(acme, advance.festival().project().id(), BudgetCategory.TRAVEL);
        assertThat(travel.committedAmount()).isEqualByComparingTo("1200");
        assertThat(travel.actualAmount()).isEqualByComparingTo("2750");
        // facilities has no plan line: the toilets stay in the checklist report only
        assertThat(acme.<Optional<ProjectBudget>>asOwner(tx -> new ProjectBudgetService(tx)
                .currentLine(advance.festival().project().id(), BudgetCategory.FACILITIES))).isEmpty();
    }

    @Test
    void thePlanFollowsACancelledItemAChangedCostADeletionAndARestore(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Advance Roll-up Changes");
        AdvanceSetup advance = AdvanceSetup.of(acme);
        UUID project = advance.festival().project().id();

        // when / then: the PA is cancelled: committed 4,500
        acme.asOwner(tx -> new AdvancingService(tx).move(advance.audio().id(), AdvancingStatus.CANCELLED));
        assertThat(line(acme, project, BudgetCategory.EQUIPMENT).committedAmount()).isEqualByComparingTo("4500");
        // the screens' invoice arrives at 5,200 USD: committed 0, actual 13,500 + 4,680
        acme.asOwner(tx -> new AdvancingService(tx).recordActualCost(advance.video().id(), new BigDecimal("5200"), "USD"));
        ProjectBudget afterInvoice = line(acme, project, BudgetCategory.EQUIPMENT);
        assertThat(afterInvoice.committedAmount()).isEqualByComparingTo("0");
        assertThat(afterInvoice.actualAmount()).isEqualByComparingTo("18180");
        // the lighting rig is deleted, then restored
        acme.asOwner(tx -> {
            new AdvancingService(tx).delete(advance.lighting().id());
            return null;
        });
        assertThat(line(acme, project, BudgetCategory.EQUIPMENT).actualAmount()).isEqualByComparingTo("4680");
        acme.asOwner(tx -> new AdvancingService(tx).restore(advance.lighting().id()));
        assertThat(line(acme, project, BudgetCategory.EQUIPMENT).actualAmount()).isEqualByComparingTo("18180");
        // moving the shuttles into artist travel changes nothing in travel; rolling up again changes nothing at all
        acme.asOwner(tx -> new AdvancingService(tx).update(ImmutableAdvancingItem.copyOf(new AdvancingService(tx).get(advance.shuttles().id()))
                .withCategory(AdvancingCategory.ARTIST_TRAVEL)));
        ProjectBudget travel = line(acme, project, BudgetCategory.TRAVEL);
        acme.asOwner(tx -> {
            new AdvancingService(tx).rollUp(project);
            return null;
        });
        assertThat(line(acme, project, BudgetCategory.TRAVEL)).isEqualTo(travel);
        assertThat(travel.committedAmount()).isEqualByComparingTo("1200");
        assertThat(travel.actualAmount()).isEqualByComparingTo("2750");
    }

    @Test
    void anExpenseOfTheCategoryAddsToTheAdvancingCostsInsteadOfReplacingThem(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Advance And Expenses");
        AdvanceSetup advance = AdvanceSetup.of(acme);
        User approver = acme.addMember(MemberRole.ADMIN);
        FinanceFixtures.standardChart(acme);
        Expense expense = acme.asOwner(tx -> {
            ExpenseService expenses = new ExpenseService(tx);
            Expense recorded = expenses.record(FinanceFixtures.expenseBuilder(acme, advance.festival().project(), BudgetCategory.EQUIPMENT,
                    "1000.00").build());
            return expenses.submit(recorded.id());
        });

        // when: the finance module approves 1,000 USD (900 EUR) of equipment
        acme.as(approver, tx -> new ExpenseService(tx).approve(expense.id()));

        // then: actual 13,500 + 900, committed still 24,000 + 4,500
        ProjectBudget equipment = line(acme, advance.festival().project().id(), BudgetCategory.EQUIPMENT);
        assertThat(equipment.actualAmount()).isEqualByComparingTo("14400");
        assertThat(equipment.committedAmount()).isEqualByComparingTo("28500");
    }

    private static ProjectBudget line(OrganizationFixture org, UUID project, BudgetCategory category) {
        return org.<Optional<ProjectBudget>>asOwner(tx -> new ProjectBudgetService(tx).currentLine(project, category)).orElseThrow();
    }
}
