package dev.atlvs.finance.budget;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.finance.DatePeriod;
import dev.atlvs.projects.budget.BudgetCategory;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One line of a budget's plan: the planned amount of a category and/or GL account over a sub-period of
 * the budget (rule {@code budget_lines_within_budget}), in revisions (a changed plan is a new revision).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("budget_lines")
public interface BudgetLine extends TenantEntity, DatePeriod {

    Table<BudgetLine, ImmutableBudgetLine.Builder> TABLE = BudgetLineTable.TABLE;

    static ImmutableBudgetLine.Builder builder() {
        return ImmutableBudgetLine.builder();
    }

    /** The budget; a line never moves to another. */
    @Db.Fixed
    UUID budgetId();

    Optional<BudgetCategory> category();

    Optional<UUID> glAccountId();

    Optional<@Size(max = 2000) String> description();

    @NotNull
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    BigDecimal plannedAmount();

    @Db.Sortable
    @Value.Default
    @Positive
    default int revision() {
        return 1;
    }

    @Value.Check
    default void check() {
        dev.atlvs.core.validation.Violations.of("BudgetLine")
                .require(category().isPresent() || glAccountId().isPresent(), dev.atlvs.finance.FinanceRules.BUDGET_LINES_TARGET_CHECK)
                .require(!periodEnd().isBefore(periodStart()), dev.atlvs.finance.FinanceRules.BUDGET_LINES_PERIOD_END_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
