package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetPosition;
import dev.atlvs.finance.budget.BudgetService;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpenseService;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.TrialBalance;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.project.Project;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Any sequence of expenses submitted and then approved, rejected or left pending keeps the budget's actual
 * equal to the sum of the approved ones and its committed equal to the sum of the pending ones; an approval
 * beyond the budget is refused; and the ledger stays balanced.
 */
@AtlvsTest
class ExpenseBudgetPropertyTest {
    enum Decision { APPROVE, REJECT, PENDING }

    record Claim(long cents, Decision decision) {}

    /** 1 to 8 claims of up to 4000.00. */
    private static List<Claim> claims(Gen gen) {
        return gen.listOf(1, 8, () -> new Claim(gen.longBetween(0, 400_000), gen.oneOf(Decision.class)));
    }

    @PropertyTest(tries = 10)
    void theBudgetsActualIsTheSumOfApprovedExpensesAndTheLedgerBalances(Gen gen, Fixtures fixtures) {
        List<Claim> claims = claims(gen);
        OrganizationFixture org = fixtures.organization();
        FinanceFixtures.standardChart(org);
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Budget budget = FinanceFixtures.activeBudget(org, project, BudgetCategory.EQUIPMENT, "10000.00");
        User crew = org.addMember(MemberRole.CONTRIBUTOR);
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal pending = BigDecimal.ZERO;
        for (Claim claim : claims) {
            BigDecimal amount = BigDecimal.valueOf(claim.cents(), 2);
            Expense expense = FinanceFixtures.expense(org, crew, budget, amount.toPlainString());
            org.as(crew, tx -> new ExpenseService(tx).submit(expense.id()));
            switch (claim.decision()) {
                case APPROVE -> {
                    boolean fits = approved.add(pending).add(amount).compareTo(new BigDecimal("10000.00")) <= 0;
                    try {
                        org.asOwner(tx -> new ExpenseService(tx).approve(expense.id()));
                        assertThat(fits).as("approved within the budget").isTrue();
                        approved = approved.add(amount);
                    } catch (ConflictException refused) {
                        assertThat(refused.code()).isEqualTo(FinanceErrorCode.BUDGET_EXCEEDED);
                        assertThat(fits).as("refused beyond the budget").isFalse();
                        org.asOwner(tx -> new ExpenseService(tx).reject(expense.id(), "Over budget"));
                    }
                }
                case REJECT -> org.asOwner(tx -> new ExpenseService(tx).reject(expense.id(), "Not a production cost"));
                case PENDING -> pending = pending.add(amount);
            }
        }

        BudgetPosition position = org.asOwner(tx -> new BudgetService(tx).position(budget.id(), LocalDate.of(2026, 8, 1)));
        TrialBalance balance = org.asOwner(tx -> new LedgerService(tx).trialBalance(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

        assertThat(position.actual()).isEqualByComparingTo(approved);
        assertThat(position.committed()).isEqualByComparingTo(pending);
        assertThat(balance.isBalanced()).isTrue();
        assertThat(balance.baseTotals().debit()).isEqualByComparingTo(approved);
    }
}
