package dev.atlvs.projects.budget;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One line of a project's cost plan: the planned amount of a {@link #category()} in one
 * {@link #revision()} (a changed plan is a new revision of the category; a category has each revision
 * once per project), with what is committed (open purchase orders) and spent (posted costs), both fed by
 * the finance module, and a contingency percentage.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("project_budgets")
public interface ProjectBudget extends TenantEntity {

    Table<ProjectBudget, ImmutableProjectBudget.Builder> TABLE = ProjectBudgetTable.TABLE;

    static ImmutableProjectBudget.Builder builder() {
        return ImmutableProjectBudget.builder();
    }

    /** The project; a line never moves to another. */
    @Db.Fixed
    UUID projectId();

    @Db.Sortable
    BudgetCategory category();

    Optional<@Size(max = 2000) String> description();

    @Db.Sortable
    @NotNull
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    BigDecimal plannedAmount();

    /** Committed by open purchase orders (fed by finance). */
    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal committedAmount() {
        return new BigDecimal("0.0000");
    }

    /** Spent (fed by finance). */
    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal actualAmount() {
        return new BigDecimal("0.0000");
    }

    /** The ISO 4217 currency of the amounts. */
    @Db.Char(3)
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String currency();

    /** The reserve on top of the planned amount, 0 to 100 percent. */
    @Db.Numeric(precision = 5, scale = 2)
    @Value.Default
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    default BigDecimal contingencyPct() {
        return new BigDecimal("0.00");
    }

    /** The revision of the category's plan, from 1. */
    @Db.Sortable
    @Value.Default
    @Positive
    default int revision() {
        return 1;
    }

    /** The planned amount plus its contingency. */
    default BigDecimal plannedWithContingency() {
        return plannedAmount().add(plannedAmount().multiply(contingencyPct()).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP));
    }

    /** Whether what is committed and spent together exceeds the planned amount: the over-budget alert. */
    default boolean isOverBudget() {
        return committedAmount().add(actualAmount()).compareTo(plannedAmount()) > 0;
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
