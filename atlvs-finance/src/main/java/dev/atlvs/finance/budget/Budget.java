package dev.atlvs.finance.budget;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.finance.DatePeriod;
import dev.atlvs.finance.MoneyAmount;
import dev.atlvs.projects.budget.BudgetCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A spending envelope: an amount for one {@link #category()} of a project (or of the organization's
 * overhead when {@link #projectId()} is empty) over a period, both ends included. The budgets of one
 * (project, category) never overlap in time unless cancelled (the database refuses an overlapping one,
 * rule {@code budgets_period_overlap}). Spent, committed, remaining and utilization are derived by
 * {@link BudgetService}; {@link #approvedBy()} and {@link #approvedAt()} are set by the database when the
 * budget first becomes active.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("budgets")
public interface Budget extends TenantEntity, MoneyAmount, DatePeriod {

    Table<Budget, ImmutableBudget.Builder> TABLE = BudgetTable.TABLE;

    static ImmutableBudget.Builder builder() {
        return ImmutableBudget.builder();
    }

    /** The project; empty for overhead. */
    Optional<UUID> projectId();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    Optional<@Size(max = 2000) String> description();

    @Db.Sortable
    @NotNull
    BudgetCategory category();

    /** The expense account its spending books to; empty for the category's standard account. */
    Optional<UUID> glAccountId();

    /** The fiscal year the budget belongs to; the year of its start unless given. */
    @Db.Sortable
    @Value.Default
    @Min(1900)
    @Max(9999)
    default int fiscalYear() {
        return periodStart().getYear();
    }

    @Db.Sortable
    @Value.Default
    default BudgetStatus status() {
        return BudgetStatus.DRAFT;
    }

    /** Who activated the budget (set by the database). */
    Optional<UUID> approvedBy();

    /** When the budget was activated (set by the database). */
    Optional<Instant> approvedAt();

    /** Whether {@code date} falls in the period. */
    default boolean covers(LocalDate date) {
        return !date.isBefore(periodStart()) && !date.isAfter(periodEnd());
    }

    @Value.Check
    default void check() {
        checkPeriod(dev.atlvs.finance.FinanceRules.BUDGETS_PERIOD_END_CHECK);
        dev.atlvs.core.validation.Violations.of("Budget")
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(amount(), currency()), dev.atlvs.finance.FinanceRules.BUDGETS_AMOUNT_MINOR_UNIT)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
