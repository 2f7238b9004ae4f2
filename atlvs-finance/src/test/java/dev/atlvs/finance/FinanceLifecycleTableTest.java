package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.finance.budget.BudgetStatus;
import dev.atlvs.finance.expense.ExpenseStatus;
import dev.atlvs.finance.invoice.InvoiceStatus;
import dev.atlvs.finance.ledger.JournalEntryStatus;
import dev.atlvs.finance.revenue.RecognitionStatus;
import dev.atlvs.finance.revenue.RevenueStatus;
import dev.atlvs.finance.treasury.FinanceAccountStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lifecycles of the finance status enums carry exactly the transition tables their documentation
 * states, checked pair by pair, so an extra move fails as surely as a missing one. (Expenses and revenue
 * are also compared with their database triggers by the generated guardrail suite.)
 */
class FinanceLifecycleTableTest {

    @Test
    void expensesFollowTheLApprovalTableExactly() {
        Map<ExpenseStatus, Set<ExpenseStatus>> table = new EnumMap<>(ExpenseStatus.class);
        table.put(ExpenseStatus.DRAFT, EnumSet.of(ExpenseStatus.SUBMITTED, ExpenseStatus.CANCELLED));
        table.put(ExpenseStatus.SUBMITTED, EnumSet.of(ExpenseStatus.UNDER_REVIEW, ExpenseStatus.APPROVED, ExpenseStatus.REJECTED,
                ExpenseStatus.DRAFT));
        table.put(ExpenseStatus.UNDER_REVIEW, EnumSet.of(ExpenseStatus.APPROVED, ExpenseStatus.REJECTED));
        table.put(ExpenseStatus.REJECTED, EnumSet.of(ExpenseStatus.DRAFT));
        table.put(ExpenseStatus.APPROVED, EnumSet.of(ExpenseStatus.PAID));
        assertExactly(ExpenseStatus.LIFECYCLE, table);
        assertThat(ExpenseStatus.LIFECYCLE.terminal()).containsExactly(ExpenseStatus.CANCELLED, ExpenseStatus.PAID);
    }

    @Test
    void invoicesMoveFromDraftThroughSettlementOrToVoid() {
        Map<InvoiceStatus, Set<InvoiceStatus>> table = new EnumMap<>(InvoiceStatus.class);
        table.put(InvoiceStatus.DRAFT, EnumSet.of(InvoiceStatus.ISSUED, InvoiceStatus.VOID));
        table.put(InvoiceStatus.ISSUED, EnumSet.of(InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID, InvoiceStatus.VOID));
        table.put(InvoiceStatus.PARTIALLY_PAID, EnumSet.of(InvoiceStatus.PAID));
        assertExactly(InvoiceStatus.LIFECYCLE, table);
    }

    @Test
    void budgetsFollowTheirOwnTableExactly() {
        Map<BudgetStatus, Set<BudgetStatus>> table = new EnumMap<>(BudgetStatus.class);
        table.put(BudgetStatus.DRAFT, EnumSet.of(BudgetStatus.ACTIVE, BudgetStatus.CANCELLED));
        table.put(BudgetStatus.ACTIVE, EnumSet.of(BudgetStatus.ON_HOLD, BudgetStatus.COMPLETED, BudgetStatus.CANCELLED));
        table.put(BudgetStatus.ON_HOLD, EnumSet.of(BudgetStatus.ACTIVE, BudgetStatus.CANCELLED));
        assertExactly(BudgetStatus.LIFECYCLE, table);
    }

    @Test
    void revenueMovesFromProjectedThroughInvoicedToReceivedOrIsCancelled() {
        Map<RevenueStatus, Set<RevenueStatus>> table = new EnumMap<>(RevenueStatus.class);
        table.put(RevenueStatus.PROJECTED, EnumSet.of(RevenueStatus.INVOICED, RevenueStatus.CANCELLED));
        table.put(RevenueStatus.INVOICED, EnumSet.of(RevenueStatus.RECEIVED, RevenueStatus.CANCELLED));
        assertExactly(RevenueStatus.LIFECYCLE, table);
    }

    @Test
    void journalEntriesArePostedThenReversedAndNeverMoveBack() {
        Map<JournalEntryStatus, Set<JournalEntryStatus>> table = new EnumMap<>(JournalEntryStatus.class);
        table.put(JournalEntryStatus.DRAFT, EnumSet.of(JournalEntryStatus.POSTED));
        table.put(JournalEntryStatus.POSTED, EnumSet.of(JournalEntryStatus.REVERSED));
        assertExactly(JournalEntryStatus.LIFECYCLE, table);
    }

    @Test
    void aClosedFinanceAccountStaysClosed() {
        Map<FinanceAccountStatus, Set<FinanceAccountStatus>> table = new EnumMap<>(FinanceAccountStatus.class);
        table.put(FinanceAccountStatus.ACTIVE, EnumSet.of(FinanceAccountStatus.INACTIVE, FinanceAccountStatus.CLOSED));
        table.put(FinanceAccountStatus.INACTIVE, EnumSet.of(FinanceAccountStatus.ACTIVE, FinanceAccountStatus.CLOSED));
        assertExactly(FinanceAccountStatus.LIFECYCLE, table);
    }

    @Test
    void aScheduledAmountIsRecognizedOnce() {
        Map<RecognitionStatus, Set<RecognitionStatus>> table = new EnumMap<>(RecognitionStatus.class);
        table.put(RecognitionStatus.SCHEDULED, EnumSet.of(RecognitionStatus.RECOGNIZED));
        assertExactly(RecognitionStatus.LIFECYCLE, table);
    }

    @Test
    void eachLifecycleRefusesWithItsOwnAggregateCode() {
        assertThat(ExpenseStatus.LIFECYCLE.code()).isEqualTo(FinanceErrorCode.EXPENSE_TRANSITION_INVALID);
        assertThat(InvoiceStatus.LIFECYCLE.code()).isEqualTo(FinanceErrorCode.INVOICE_TRANSITION_INVALID);
        assertThat(BudgetStatus.LIFECYCLE.code()).isEqualTo(FinanceErrorCode.BUDGET_TRANSITION_INVALID);
        assertThat(RevenueStatus.LIFECYCLE.code()).isEqualTo(FinanceErrorCode.REVENUE_TRANSITION_INVALID);
        assertThat(JournalEntryStatus.LIFECYCLE.code()).isEqualTo(FinanceErrorCode.JOURNAL_ENTRY_TRANSITION_INVALID);
        assertThat(FinanceAccountStatus.LIFECYCLE.code()).isEqualTo(FinanceErrorCode.FINANCE_ACCOUNT_TRANSITION_INVALID);
        assertThat(RecognitionStatus.LIFECYCLE.code()).isEqualTo(FinanceErrorCode.REVENUE_RECOGNITION_TRANSITION_INVALID);
    }

    /** Every pair of states: allowed exactly when {@code table} lists it (a state missing from it has no moves). */
    private static <S extends Enum<S>> void assertExactly(Lifecycle<?, S> lifecycle, Map<S, Set<S>> table) {
        for (S from : lifecycle.states()) {
            Set<S> expected = table.getOrDefault(from, Set.of());
            for (S to : lifecycle.states()) {
                assertThat(lifecycle.allows(from, to)).as("%s -> %s", from, to).isEqualTo(expected.contains(to));
            }
        }
    }
}
