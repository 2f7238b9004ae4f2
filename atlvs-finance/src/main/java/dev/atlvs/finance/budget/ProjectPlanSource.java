package dev.atlvs.finance.budget;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.projects.budget.BudgetCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Costs that another module plans against a project's budget categories, besides the expenses: for example the
 * production advance of the pipeline module, whose items carry an estimated and an actual cost. The finance module
 * stays the one writer of the project plan's committed and actual amounts: {@link BudgetService#refreshProjectPlan}
 * adds what every source on the class path reports to what the expenses give, converted into the plan line's currency
 * at each cost's date. A module that changes such a cost calls {@code refreshProjectPlan} for the category afterwards.
 *
 * <p>Sources are found through {@link java.util.ServiceLoader}: an implementation is a public class with a public
 * no-argument constructor, listed in {@code META-INF/services/dev.atlvs.finance.budget.ProjectPlanSource} of its jar.
 *
 * <pre>{@code
 * public final class AdvancingPlanSource implements ProjectPlanSource {
 *     public List<PlannedCost> costs(TenantTransaction tx, UUID projectId, BudgetCategory category) {
 *         return ...; // one PlannedCost per item of the category
 *     }
 * }
 * }</pre>
 */
public interface ProjectPlanSource {

    /**
     * The costs of project {@code projectId} in {@code category} that this source counts, read inside {@code tx}
     * (the tenant transaction of the operation that changed them).
     */
    List<PlannedCost> costs(TenantTransaction tx, UUID projectId, BudgetCategory category);

    /**
     * One cost counted in a plan line: what is committed (expected but not yet spent) and what is spent, each in its own
     * currency, and the day whose exchange rate converts them.
     *
     * @param committed the amount committed, zero for none
     * @param actual the amount spent, zero for none
     * @param on the day of the conversion rate
     */
    record PlannedCost(Money committed, Money actual, LocalDate on) {
        public PlannedCost {
            requireNonNull(committed, "committed is null");
            requireNonNull(actual, "actual is null");
            requireNonNull(on, "on is null");
        }
    }
}
