package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.cashflow.CashFlowForecast;
import dev.atlvs.finance.cashflow.CashFlowProjection;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpenseService;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.project.Project;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cash-flow forecast: open receivables in, open payables and approved unpaid expenses out, by due week in the base currency. */
@AtlvsTest
class CashFlowForecastTest {
    private static final LocalDate AUGUST_3 = LocalDate.of(2026, 8, 3);

    private static CashFlowProjection.Bucket weekOf(CashFlowProjection projection, LocalDate day) {
        return projection.weeks().stream().filter(week -> !day.isBefore(week.from()) && !day.isAfter(week.to())).findFirst().orElseThrow();
    }

    @Test
    void openInvoicesFallIntoTheWeekTheyAreDueAndApprovedExpensesAreDueNow(Fixtures fixtures) {
        // given: a part-paid receivable in USD, a payable in EUR, and an approved expense not yet reimbursed
        OrganizationFixture org = fixtures.organization("Cash Flow Live");
        FinanceFixtures.rates(org);
        Invoice receivable = FinanceFixtures.issuedInvoice(org, InvoiceDirection.RECEIVABLE, "USD", LocalDate.of(2026, 7, 20));
        FinanceFixtures.receipt(org, receivable, "4630.55", LocalDate.of(2026, 7, 30));
        Invoice payable = FinanceFixtures.issuedInvoice(org, InvoiceDirection.PAYABLE, "EUR", LocalDate.of(2026, 7, 25));
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Budget budget = FinanceFixtures.activeBudget(org, project, BudgetCategory.TRAVEL, "5000.00");
        User crew = org.addMember(MemberRole.CONTRIBUTOR);
        Expense expense = FinanceFixtures.expense(org, crew, budget, "180.00");
        org.as(crew, tx -> new ExpenseService(tx).submit(expense.id()));
        org.asOwner(tx -> new ExpenseService(tx).approve(expense.id()));

        // when
        CashFlowProjection projection = org.asOwner(tx -> new CashFlowForecast(tx).weekly(AUGUST_3, 8));

        // then
        assertThat(projection.currency()).isEqualTo("USD");
        assertThat(projection.weeks()).hasSize(8);
        BigDecimal receivableDue = receivable.totalAmount().subtract(new BigDecimal("4630.55"));
        assertThat(weekOf(projection, receivable.dueDate().orElseThrow()).receipts()).isEqualByComparingTo(receivableDue);
        BigDecimal payableInUsd = payable.totalAmount().divide(new BigDecimal("0.92"), 2, RoundingMode.HALF_UP);
        assertThat(weekOf(projection, payable.dueDate().orElseThrow()).disbursements()).isEqualByComparingTo(payableInUsd);
        assertThat(projection.overdue().disbursements().add(projection.weeks().get(0).disbursements())
                .add(projection.later().disbursements())).isGreaterThanOrEqualTo(new BigDecimal("180.00"));
        assertThat(projection.totalNet()).isEqualByComparingTo(receivableDue.subtract(payableInUsd).subtract(new BigDecimal("180.00")));
    }

    @Test
    void aHorizonOutsideOneToOneHundredFourWeeksIsRefused(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Cash Flow Horizon Live");

        assertThatThrownBy(() -> org.asOwner(tx -> new CashFlowForecast(tx).weekly(AUGUST_3, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(f -> f.field()).containsExactly("weeks"));
    }
}
