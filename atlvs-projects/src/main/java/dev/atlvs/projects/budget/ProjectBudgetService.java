package dev.atlvs.projects.budget;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * The budget figures of a project that other modules keep: the committed and actual amounts of its plan
 * lines ({@code project_budgets}) and its total budget ({@code projects.budget_amount}), which the
 * finance module derives from its budgets and expenses. Other modules change these figures only
 * through this service. It checks no permission of its own: the figures are derived, and the module
 * that derives them has authorised the operation that changed their sources (an expense approved, a
 * budget activated), whatever scopes an API key of that operation holds.
 *
 * <pre>{@code
 * ProjectBudgetService plan = new ProjectBudgetService(tx);
 * plan.currentLine(projectId, BudgetCategory.EQUIPMENT)
 *         .ifPresent(line -> plan.recordSpend(line, committed, actual));
 * }</pre>
 */
public final class ProjectBudgetService {

    private final TenantTransaction tx;
    private final ProjectBudgetRepository budgets;

    public ProjectBudgetService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.budgets = tx.repository(ProjectBudgetRepository.class);
    }

    /** The plan line of {@code category} in the latest revision of project {@code projectId}'s budget, if it has one. */
    public Optional<ProjectBudget> currentLine(UUID projectId, BudgetCategory category) {
        requireNonNull(projectId, "projectId is null");
        requireNonNull(category, "category is null");
        return budgets.currentOf(projectId).stream().filter(line -> line.category() == category).findFirst();
    }

    /**
     * Records the committed and actual amounts of plan line {@code line}, in the line's currency, when they
     * differ from the stored ones; returns the line as stored. The write is checked against
     * {@code line}'s version, so a concurrent change of the line is refused rather than overwritten.
     */
    public ProjectBudget recordSpend(ProjectBudget line, BigDecimal committed, BigDecimal actual) {
        requireNonNull(line, "line is null");
        requireNonNull(committed, "committed is null");
        requireNonNull(actual, "actual is null");
        if (committed.compareTo(line.committedAmount()) == 0 && actual.compareTo(line.actualAmount()) == 0) {
            return line;
        }
        return budgets.update(ImmutableProjectBudget.copyOf(line).withCommittedAmount(committed).withActualAmount(actual));
    }

    /**
     * Records the total budget of project {@code projectId} in the project's currency ({@code null}: no
     * budget), when it differs from the stored one.
     */
    public void recordBudgetTotal(UUID projectId, BigDecimal total) {
        requireNonNull(projectId, "projectId is null");
        tx.handle().createUpdate("""
                update atlvs.projects set budget_amount = :total
                 where organization_id = :organizationId and id = :projectId and budget_amount is distinct from cast(:total as numeric)
                """)
                .bind("organizationId", tx.organizationId())
                .bind("projectId", projectId)
                .bind("total", total)
                .execute();
    }
}
