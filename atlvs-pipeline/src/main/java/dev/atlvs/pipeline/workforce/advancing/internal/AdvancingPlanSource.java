package dev.atlvs.pipeline.workforce.advancing.internal;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.finance.budget.ProjectPlanSource;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.pipeline.workforce.advancing.AdvancingItem;
import dev.atlvs.pipeline.workforce.advancing.AdvancingItemRepository;
import dev.atlvs.pipeline.workforce.advancing.AdvancingService;
import dev.atlvs.projects.budget.BudgetCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The production advance's costs in a project's budget plan, for the finance module's
 * {@link dev.atlvs.finance.budget.BudgetService#refreshProjectPlan}: see {@link AdvancingService} for what counts as
 * committed and as actual. Public only for {@link java.util.ServiceLoader}.
 */
public final class AdvancingPlanSource implements ProjectPlanSource {

    @Override
    public List<PlannedCost> costs(TenantTransaction tx, UUID projectId, BudgetCategory category) {
        LocalDate today = LocalDate.now(tx.clock());
        return tx.repository(AdvancingItemRepository.class).ofProject(projectId).stream()
                .filter(item -> item.category().budgetCategory() == category && AdvancingService.counts(item))
                .map(item -> cost(item, today))
                .toList();
    }

    private static PlannedCost cost(AdvancingItem item, LocalDate today) {
        String currency = item.currency().orElseThrow();
        Money none = new Money(BigDecimal.ZERO, currency);
        LocalDate on = AdvancingService.rateDay(item, today);
        return item.actualCost().isPresent()
                ? new PlannedCost(none, new Money(item.actualCost().get(), currency), on)
                : new PlannedCost(new Money(item.estimatedCost().orElseThrow(), currency), none, on);
    }
}
