package dev.atlvs.pipeline.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.pipeline.workforce.advancing.AdvancingCategory;
import dev.atlvs.pipeline.workforce.advancing.AdvancingItemRepository;
import dev.atlvs.pipeline.workforce.advancing.AdvancingService;
import dev.atlvs.pipeline.workforce.advancing.AdvancingStatus;
import dev.atlvs.pipeline.workforce.advancing.ImmutableAdvancingItem;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.util.Optional;

/** Samples, mutations, lifecycles and rule probes of advancing items. */
public final class AdvancingGuardrails {

    private AdvancingGuardrails() {}

    /** Declares the advancing table, its lifecycle and its rules. */
    public static void declare(Guardrails.Builder builder) {
        builder.table("advancing_items",
                        org -> AdvancingFixtures.item(org, ProjectFixtures.project(org), AdvancingCategory.POWER, "Generators, 2 x 500 kVA",
                                "18000", "EUR").id(),
                        (org, id) -> org.asOwner(tx -> new AdvancingService(tx).update(ImmutableAdvancingItem.copyOf(items(tx).get(id))
                                .withNotes("Fuel bowser on site from the first build day"))))
                .lifecycle(AdvancingStatus.LIFECYCLE);
        builder.rule("advancing_items_cost_currency",
                (tx, id) -> new AdvancingService(tx).update(ImmutableAdvancingItem.copyOf(items(tx).get(id)).withCurrency(Optional.empty())),
                (tx, id) -> OnboardingGuardrails.sql(tx, "update atlvs.advancing_items set currency = null where id = :id", id));
    }

    private static AdvancingItemRepository items(TenantTransaction tx) {
        return tx.repository(AdvancingItemRepository.class);
    }
}
