package dev.atlvs.pipeline.sales.deal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.UUID;

/**
 * What winning a deal did.
 *
 * @param deal           the won deal, linked to its project
 * @param projectId      the deal's project
 * @param seedBudgetId   the seed budget created with the project, if one was
 * @param projectCreated whether this call created the project (false when the deal had one already)
 */
public record WonDeal(Deal deal, UUID projectId, Optional<UUID> seedBudgetId, boolean projectCreated) {
    public WonDeal {
        requireNonNull(deal, "deal is null");
        requireNonNull(projectId, "projectId is null");
        requireNonNull(seedBudgetId, "seedBudgetId is null");
    }
}
