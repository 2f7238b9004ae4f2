package dev.atlvs.finance.expense;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.finance.MoneyAmount;
import dev.atlvs.projects.budget.BudgetCategory;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A cost incurred (a crew per diem, a hardware-store run, a vendor receipt), in its own currency with the
 * exchange rate and base-currency amount of its {@link #expenseDate()}. Recorded and moved through its
 * {@link ExpenseStatus} lifecycle by {@link ExpenseService}; the database stamps {@link #submittedBy()} and
 * {@link #approvedBy()} with the acting user and refuses an approver who is the submitter
 * ({@code expenses_approver_not_submitter}).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("expenses")
public interface Expense extends TenantEntity, MoneyAmount {

    Table<Expense, ImmutableExpense.Builder> TABLE = ExpenseTable.TABLE;

    static ImmutableExpense.Builder builder() {
        return ImmutableExpense.builder();
    }

    Optional<UUID> projectId();

    /** The budget it counts against: one of its project's, or an overhead budget. */
    Optional<UUID> budgetId();

    @NotBlank
    @Size(max = 500)
    String description();

    /** Units of the base currency one unit of {@link #currency()} bought on the expense date (set by {@link ExpenseService}). */
    @Db.Numeric(precision = 20, scale = 10)
    @Value.Default
    @Positive
    default BigDecimal fxRate() {
        return BigDecimal.ONE;
    }

    /** The amount in the organization's base currency at {@link #fxRate()} (set by {@link ExpenseService}). */
    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal baseAmount() {
        return amount();
    }

    @NotNull
    dev.atlvs.projects.budget.BudgetCategory category();

    @Db.Sortable
    @NotNull
    LocalDate expenseDate();

    /** The stored file of the receipt; required to submit above the organization's threshold. */
    Optional<UUID> receiptFileId();

    @Db.Sortable
    @Value.Default
    default ExpenseStatus status() {
        return ExpenseStatus.DRAFT;
    }

    Optional<UUID> submittedBy();

    Optional<Instant> submittedAt();

    Optional<UUID> approvedBy();

    Optional<Instant> approvedAt();

    Optional<@Size(max = 1000) String> rejectionReason();

    Optional<Instant> paidAt();

    /** Whether the organization owes it to whoever paid (booked to accounts payable) rather than paid it directly (cash). */
    @Value.Default
    default boolean reimbursable() {
        return true;
    }

    Optional<dev.atlvs.finance.payment.PaymentMethod> paymentMethod();

    /** The journal entry its approval posted. */
    Optional<UUID> journalEntryId();

    /** The journal entry its payment posted. */
    Optional<UUID> paymentEntryId();

    @Value.Check
    default void check() {
        dev.atlvs.core.validation.Violations.of("Expense")
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(amount(), currency()), dev.atlvs.finance.FinanceRules.EXPENSES_AMOUNT_MINOR_UNIT)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
