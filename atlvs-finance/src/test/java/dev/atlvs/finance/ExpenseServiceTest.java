package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetPosition;
import dev.atlvs.finance.budget.BudgetService;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.expense.ExpenseService;
import dev.atlvs.finance.expense.ExpenseStatus;
import dev.atlvs.finance.payment.PaymentMethod;
import dev.atlvs.finance.ledger.JournalLine;
import dev.atlvs.finance.ledger.JournalLineRepository;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.TrialBalance;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.cost.ProjectCostService;
import dev.atlvs.projects.project.Project;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import dev.atlvs.core.Atlvs;
import dev.atlvs.testing.Race;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Expenses through {@link ExpenseService}: the L-APPROVAL lifecycle, segregation of duties, the receipt policy,
 * budget control with an audited override (holding when approvals race each other, at every isolation level the SDK
 * offers), and the postings of approval and payment.
 */
@AtlvsTest
class ExpenseServiceTest {
    private static final LocalDate JULY_20 = LocalDate.of(2026, 7, 20);

    /** An organization with the standard chart, a USD project, an active equipment budget and a crew member who records expenses. */
    private record Setting(OrganizationFixture org, Map<PostingPurpose, Account> chart, Project project, Budget budget, User crew) {}

    private static Setting setting(Fixtures fixtures, String name, String budgetAmount) {
        OrganizationFixture org = fixtures.organization(name);
        Map<PostingPurpose, Account> chart = FinanceFixtures.standardChart(org);
        Project project = FinanceFixtures.project(org, "Harbour Lights Festival");
        Budget budget = FinanceFixtures.activeBudget(org, project, BudgetCategory.EQUIPMENT, budgetAmount);
        User crew = org.addMember(MemberRole.CONTRIBUTOR);
        return new Setting(org, chart, project, budget, crew);
    }

    private static Expense submitted(Setting s, String amount) {
        Expense expense = FinanceFixtures.expense(s.org(), s.crew(), s.budget(), amount);
        return s.org().as(s.crew(), tx -> new ExpenseService(tx).submit(expense.id()));
    }

    @Test
    void anAmountWithMoreDecimalsThanTheCurrencysMinorUnitIsRefusedByName(Fixtures fixtures) {
        Setting s = setting(fixtures, "Expense Minor Units", "20000.00");

        assertThatThrownBy(() -> FinanceFixtures.expense(s.org(), s.crew(), s.budget(), "50.005"))
                .isInstanceOfSatisfying(dev.atlvs.core.error.ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(dev.atlvs.finance.FinanceErrorCode.EXPENSE_INVALID);
                    assertThat(e.violationsOf("amount")).extracting(dev.atlvs.core.error.FieldViolation::rule).containsExactly("expenses_amount_minor_unit");
                });
        assertThat(FinanceFixtures.expense(s.org(), s.crew(), s.budget(), "50.0100").amount()).isEqualByComparingTo("50.01");
    }

    @Test
    void approvingASubmittedExpensePostsTheCategoryAccountAgainstPayables(Fixtures fixtures) {
        // given
        Setting s = setting(fixtures, "Expense Approval Live", "20000.00");
        Expense expense = submitted(s, "1250.00");

        // when
        Expense approved = s.org().asOwner(tx -> new ExpenseService(tx).approve(expense.id()));

        // then
        assertThat(approved.status()).isEqualTo(ExpenseStatus.APPROVED);
        assertThat(approved.submittedBy()).contains(s.crew().id());
        assertThat(approved.approvedBy()).contains(s.org().owner().id());
        assertThat(approved.journalEntryId()).isPresent();
        List<JournalLine> lines = s.org().asOwner(tx -> tx.repository(JournalLineRepository.class).ofEntry(approved.journalEntryId().get()));
        Account equipmentCosts = s.org().asOwner(tx -> tx.repository(dev.atlvs.finance.account.AccountRepository.class).findByNumber("6000")
                .orElseThrow());
        assertThat(lines).extracting(JournalLine::accountId, JournalLine::debit, JournalLine::credit, JournalLine::currency)
                .containsExactly(Tuple.tuple(equipmentCosts.id(), new BigDecimal("1250.0000"), new BigDecimal("0.0000"), "USD"),
                        Tuple.tuple(s.chart().get(PostingPurpose.ACCOUNTS_PAYABLE).id(), new BigDecimal("0.0000"), new BigDecimal("1250.0000"), "USD"));
        List<dev.atlvs.core.event.DomainEvent> events = s.org().asOwner(tx -> new dev.atlvs.core.event.DomainEvents(tx).history("expense", expense.id()));
        assertThat(events).extracting(dev.atlvs.core.event.DomainEvent::eventType)
                .containsExactly("expense.recorded", "expense.submitted", "expense.approved");
    }

    @Test
    void theSubmitterCannotApproveTheirOwnExpenseAndNothingIsPosted(Fixtures fixtures, TestDatabase database) {
        // given
        Setting s = setting(fixtures, "Self Approval Live", "20000.00");
        Expense expense = FinanceFixtures.expense(s.org(), s.org().owner(), s.budget(), "300.00");
        s.org().asOwner(tx -> new ExpenseService(tx).submit(expense.id()));
        long entries = Rows.count(database, "journal_entries");

        // when / then
        assertThatThrownBy(() -> s.org().asOwner(tx -> new ExpenseService(tx).approve(expense.id())))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(FinanceErrorCode.EXPENSE_SELF_APPROVAL));
        assertThat(Rows.count(database, "journal_entries")).isEqualTo(entries);
        assertThat(s.org().asOwner(tx -> tx.repository(dev.atlvs.finance.expense.ExpenseRepository.class).get(expense.id())).status())
                .isEqualTo(ExpenseStatus.SUBMITTED);
    }

    @Test
    void approvingADraftIsAnIllegalTransition(Fixtures fixtures, TestDatabase database) {
        // given
        Setting s = setting(fixtures, "Draft Approval Live", "20000.00");
        Expense draft = FinanceFixtures.expense(s.org(), s.crew(), s.budget(), "300.00");
        long entries = Rows.count(database, "journal_entries");

        // when / then
        assertThatThrownBy(() -> s.org().asOwner(tx -> new ExpenseService(tx).approve(draft.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.EXPENSE_TRANSITION_INVALID);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("expenses_status_transition");
                });
        assertThat(Rows.count(database, "journal_entries")).isEqualTo(entries);
    }

    @Test
    void aRecalledExpenseIsADraftAgainWithoutItsSubmitter(Fixtures fixtures) {
        Setting s = setting(fixtures, "Recall Live", "20000.00");
        Expense expense = submitted(s, "300.00");

        Expense recalled = s.org().as(s.crew(), tx -> new ExpenseService(tx).recall(expense.id()));

        assertThat(recalled.status()).isEqualTo(ExpenseStatus.DRAFT);
        assertThat(recalled.submittedBy()).isEmpty();
        assertThat(recalled.submittedAt()).isEmpty();
    }

    @Test
    void anExpenseBeyondTheBudgetIsRefusedWithoutAnOverride(Fixtures fixtures, TestDatabase database) {
        // given
        Setting s = setting(fixtures, "Over Budget Live", "1000.00");
        Expense first = submitted(s, "800.00");
        s.org().asOwner(tx -> new ExpenseService(tx).approve(first.id()));
        Expense second = submitted(s, "300.00");
        long entries = Rows.count(database, "journal_entries");

        // when / then
        assertThatThrownBy(() -> s.org().asOwner(tx -> new ExpenseService(tx).approve(second.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.BUDGET_EXCEEDED);
                    assertThat(e.field()).contains("budgetId");
                });
        assertThat(Rows.count(database, "journal_entries")).isEqualTo(entries);
    }

    @Test
    void anOverBudgetApprovalRecordsItsReasonInTheAuditTrail(Fixtures fixtures) {
        // given
        Setting s = setting(fixtures, "Override Live", "1000.00");
        Expense expense = submitted(s, "1300.00");

        // when
        Expense approved = s.org().asOwner(tx -> new ExpenseService(tx).approveOverBudget(expense.id(), "Replacement amp after storm damage"));

        // then
        assertThat(approved.status()).isEqualTo(ExpenseStatus.APPROVED);
        List<AuditEntry> history = s.org().asOwner(tx -> new AuditTrail(tx).history(Expense.TABLE, expense.id()));
        assertThat(history.get(history.size() - 1).reason()).contains("Replacement amp after storm damage");
        BudgetPosition position = s.org().asOwner(tx -> new BudgetService(tx).position(s.budget().id(), JULY_20));
        assertThat(position.actual()).isEqualByComparingTo("1300.00");
        assertThat(position.isOverrun()).isTrue();
    }

    @Test
    void payingAReimbursableExpenseClearsPayablesAgainstCash(Fixtures fixtures) {
        // given
        Setting s = setting(fixtures, "Expense Payment Live", "20000.00");
        Expense expense = submitted(s, "420.00");
        s.org().asOwner(tx -> new ExpenseService(tx).approve(expense.id()));

        // when
        Expense paid = s.org().asOwner(tx -> new ExpenseService(tx).pay(expense.id(), LocalDate.of(2026, 7, 31), PaymentMethod.BANK_TRANSFER));

        // then
        assertThat(paid.status()).isEqualTo(ExpenseStatus.PAID);
        assertThat(paid.paidAt()).isPresent();
        assertThat(paid.paymentMethod()).contains(PaymentMethod.BANK_TRANSFER);
        TrialBalance balance = s.org().asOwner(tx -> new LedgerService(tx).trialBalance(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)));
        assertThat(balance.isBalanced()).isTrue();
        assertThat(balance.rows()).filteredOn(row -> row.accountId().equals(s.chart().get(PostingPurpose.ACCOUNTS_PAYABLE).id()))
                .allSatisfy(row -> assertThat(row.debit()).isEqualByComparingTo(row.credit()));
        assertThat(balance.rows()).filteredOn(row -> row.accountId().equals(s.chart().get(PostingPurpose.CASH).id()))
                .singleElement().satisfies(row -> assertThat(row.credit()).isEqualByComparingTo("420.00"));
    }

    @Test
    void anExpensePaidDirectlyIsCreditedToCashOnApproval(Fixtures fixtures) {
        // given
        Setting s = setting(fixtures, "Direct Payment Live", "20000.00");
        Expense expense = s.org().as(s.crew(), tx -> new ExpenseService(tx).record(FinanceFixtures.expenseBuilder(s.org(), s.project(),
                BudgetCategory.EQUIPMENT, "99.00").budgetId(s.budget().id()).reimbursable(false).build()));
        s.org().as(s.crew(), tx -> new ExpenseService(tx).submit(expense.id()));

        // when
        Expense approved = s.org().asOwner(tx -> new ExpenseService(tx).approve(expense.id()));

        // then
        List<JournalLine> lines = s.org().asOwner(tx -> tx.repository(JournalLineRepository.class).ofEntry(approved.journalEntryId().get()));
        assertThat(lines).extracting(JournalLine::accountId).contains(s.chart().get(PostingPurpose.CASH).id())
                .doesNotContain(s.chart().get(PostingPurpose.ACCOUNTS_PAYABLE).id());
    }

    @Test
    void aNegativeAmountIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        Setting s = setting(fixtures, "Negative Expense Live", "20000.00");
        long expenses = Rows.count(database, "expenses");

        assertThatThrownBy(() -> s.org().as(s.crew(), tx -> new ExpenseService(tx).record(FinanceFixtures.expenseBuilder(s.org(), s.project(),
                BudgetCategory.EQUIPMENT, "-5.00").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .contains("amount"));
        assertThat(Rows.count(database, "expenses")).isEqualTo(expenses);
    }

    @Test
    void anUnknownCurrencyIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        Setting s = setting(fixtures, "Unknown Currency Expense Live", "20000.00");
        long expenses = Rows.count(database, "expenses");

        assertThatThrownBy(() -> s.org().as(s.crew(), tx -> new ExpenseService(tx).record(FinanceFixtures.expenseBuilder(s.org(), s.project(),
                BudgetCategory.EQUIPMENT, "5.00").currency("ABC").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.UNKNOWN_CURRENCY);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule).containsExactly(Tuple.tuple("currency", "currency_known"));
                });
        assertThat(Rows.count(database, "expenses")).isEqualTo(expenses);
    }

    @Test
    void anExpenseAboveTheReceiptThresholdIsNotSubmittedWithoutAReceipt(Fixtures fixtures) {
        // given
        Setting s = setting(fixtures, "Receipt Policy Live", "20000.00");
        FinanceFixtures.expensePolicy(s.org(), "75.00");
        Expense expense = FinanceFixtures.expense(s.org(), s.crew(), s.budget(), "75.01");

        // when / then
        assertThatThrownBy(() -> s.org().as(s.crew(), tx -> new ExpenseService(tx).submit(expense.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.EXPENSE_RECEIPT_REQUIRED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(Tuple.tuple("receiptFileId", "expenses_receipt_required"));
                });
        assertThat(s.org().asOwner(tx -> tx.repository(dev.atlvs.finance.expense.ExpenseRepository.class).get(expense.id())).status())
                .isEqualTo(ExpenseStatus.DRAFT);
    }

    @Test
    void aForeignCurrencyExpenseCarriesTheRateAndBaseAmountOfItsDate(Fixtures fixtures) {
        // given
        Setting s = setting(fixtures, "Foreign Expense Live", "20000.00");
        FinanceFixtures.rates(s.org());

        // when: 1 USD = 0.92 EUR, so 460.00 EUR = 500.00 USD
        Expense expense = s.org().as(s.crew(), tx -> new ExpenseService(tx).record(FinanceFixtures.expenseBuilder(s.org(), s.project(),
                BudgetCategory.EQUIPMENT, "460.00").currency("EUR").budgetId(s.budget().id()).build()));

        // then
        assertThat(expense.baseAmount()).isEqualByComparingTo("500.00");
        assertThat(expense.fxRate()).isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal("0.92"), 10, java.math.RoundingMode.HALF_UP));
        s.org().as(s.crew(), tx -> new ExpenseService(tx).submit(expense.id()));
        BudgetPosition position = s.org().asOwner(tx -> new BudgetService(tx).position(s.budget().id(), JULY_20));
        assertThat(position.committed()).isEqualByComparingTo("500.00");
    }

    @Test
    void anExpenseOnABudgetOfAnotherProjectIsRefused(Fixtures fixtures, TestDatabase database) {
        Setting s = setting(fixtures, "Foreign Budget Live", "20000.00");
        Project other = FinanceFixtures.project(s.org(), "Winter Market");
        long expenses = Rows.count(database, "expenses");

        assertThatThrownBy(() -> s.org().as(s.crew(), tx -> new ExpenseService(tx).record(FinanceFixtures.expenseBuilder(s.org(), other,
                BudgetCategory.EQUIPMENT, "10.00").budgetId(s.budget().id()).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.EXPENSE_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(Tuple.tuple("budgetId", "expenses_budget_project"));
                });
        assertThat(Rows.count(database, "expenses")).isEqualTo(expenses);
    }

    @Test
    void expenseTransitionsFeedTheProjectsCostView(Fixtures fixtures) {
        // given: the project's own plan line for equipment, in USD
        Setting s = setting(fixtures, "Cost View Feed Live", "20000.00");
        s.org().asOwner(tx -> tx.repository(ProjectBudgetRepository.class).insert(ProjectBudget.builder().organizationId(s.org().id())
                .projectId(s.project().id()).category(BudgetCategory.EQUIPMENT).plannedAmount(new BigDecimal("15000.00")).currency("USD").build()));
        Expense approvedOne = submitted(s, "700.00");
        s.org().asOwner(tx -> new ExpenseService(tx).approve(approvedOne.id()));

        // when
        submitted(s, "250.00");

        // then
        ProjectCostService.CostReport report = s.org().asOwner(tx -> new ProjectCostService(tx).report(s.project().id(), JULY_20));
        assertThat(report.categories()).singleElement().satisfies(category -> {
            assertThat(category.actual()).isEqualByComparingTo("700.00");
            assertThat(category.committed()).isEqualByComparingTo("250.00");
        });
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoApprovalsRacingForMoreThanTheBudgetHoldsLeaveItsActualSpendWithinTheAmount(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase database) throws Exception {
        // given: two submitted expenses that fit the budget one at a time, not together (submitted expenses count
        // as committed, so the budget's remaining amount is already short of both)
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        Setting s = setting(fixtures, "Racing Approvals " + isolation, "1000.00");
        Expense first = submitted(s, "600.00");
        Expense second = submitted(s, "600.00");

        // when: both approvals have begun before either writes
        List<Race.Outcome<Expense>> outcomes = approveAtOnce(atlvs, s, first, second);

        // then: neither takes the budget past its amount
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure().orElseThrow())
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(FinanceErrorCode.BUDGET_EXCEEDED)));
        BudgetPosition position = s.org().asOwner(tx -> new BudgetService(tx).position(s.budget().id(), JULY_20));
        assertThat(position.actual()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoApprovalsRacingWithinTheBudgetBothCommitWithGapFreeEntryNumbers(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        Setting s = setting(fixtures, "Racing Approvals Within " + isolation, "1000.00");
        Expense first = submitted(s, "400.00");
        Expense second = submitted(s, "500.00");

        // when: both approvals have begun before either writes
        List<Race.Outcome<Expense>> outcomes = approveAtOnce(atlvs, s, first, second);

        // then: a collision is run again, never reported
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.won()).as("approved").isTrue());
        BudgetPosition position = s.org().asOwner(tx -> new BudgetService(tx).position(s.budget().id(), JULY_20));
        assertThat(position.actual()).isEqualByComparingTo("900.00");
        List<String> numbers = s.org().asOwner(tx -> tx.handle().createQuery("""
                select entry_number from atlvs.journal_entries where organization_id = :organizationId and reference_type = 'expense'
                 order by entry_number
                """).mapTo(String.class).list());
        assertThat(numbers).containsExactly("EXP-2026-000001", "EXP-2026-000002");
    }

    private static List<Race.Outcome<Expense>> approveAtOnce(Atlvs atlvs, Setting s, Expense first, Expense second) throws InterruptedException {
        return Race.run(List.of(
                gate -> atlvs.inTenant(s.org().id(), s.org().owner().id(), tx -> {
                    gate.meet();
                    return new ExpenseService(tx).approve(first.id());
                }),
                gate -> atlvs.inTenant(s.org().id(), s.org().owner().id(), tx -> {
                    gate.meet();
                    return new ExpenseService(tx).approve(second.id());
                })));
    }
}
