package dev.atlvs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.testing.AutomationsFixtures;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every name of the audit's pipeline inventory, and of the workforce tables the catalog adds, exists afterwards as a
 * table or as a documented view; the views show an organization its own rows only.
 */
@AtlvsTest
class InventoryNamesTest {

    private static final List<String> TABLES = List.of("pipeline_stages", "pipeline_opportunities", "pipeline_activities",
            "pipeline_contacts", "opportunity_contacts", "pipeline_forecasts", "pipeline_conversions", "manning_slots",
            "manning_assignments", "onboarding_workflows", "onboarding_tasks", "advancing_items");
    private static final List<String> VIEWS = List.of("pipeline_deals", "pipeline_metrics", "pipeline_automations");

    @Test
    void everyInventoryNameIsATableOrADocumentedView(TestDatabase db) {
        // when: the kind and comment of each name in the schema
        Map<String, String> kinds = new java.util.HashMap<>();
        Map<String, String> comments = new java.util.HashMap<>();
        try (var handle = org.jdbi.v3.core.Jdbi.create(db.ownerDataSource()).open()) {
            handle.createQuery("""
                    select c.relname, c.relkind::text as kind, coalesce(obj_description(c.oid, 'pg_class'), '') as comment
                      from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs' and c.relname in (<names>)
                    """).bindList("names", java.util.stream.Stream.concat(TABLES.stream(), VIEWS.stream()).toList())
                    .map((rs, ctx) -> Map.entry(rs.getString("relname"), rs.getString("kind") + "|" + rs.getString("comment")))
                    .forEach(e -> {
                        kinds.put(e.getKey(), e.getValue().substring(0, 1));
                        comments.put(e.getKey(), e.getValue().substring(2));
                    });
        }

        // then
        for (String table : TABLES) {
            assertThat(kinds.get(table)).as(table).isIn("r", "p");
        }
        for (String view : VIEWS) {
            assertThat(kinds.get(view)).as(view).isEqualTo("v");
            assertThat(comments.get(view)).as("comment of %s", view).isNotBlank();
        }
    }

    @Test
    void theDealAndAutomationViewsShowTheOrganizationsOwnRowsOnly(Fixtures fixtures) {
        // given: a deal at proposal and a proposal follow-up rule in each of two organizations
        OrganizationFixture north = fixtures.organization("Inventory North");
        OrganizationFixture south = fixtures.organization("Inventory South");
        PipelineSetup northPipeline = SalesFixtures.standardPipeline(north);
        PipelineSetup southPipeline = SalesFixtures.standardPipeline(south);
        Deal northDeal = SalesFixtures.dealIn(north, northPipeline, "Harbour festival production", "180000", "Proposal");
        SalesFixtures.dealIn(south, southPipeline, "Dockside tour", "90000", "Proposal");
        SalesFixtures.deal(north, northPipeline, "A lead only", "5000");
        UUID northRule = AutomationsFixtures.proposalFollowUp(north, northPipeline.stage("Proposal").id()).id();
        AutomationsFixtures.proposalFollowUp(south, southPipeline.stage("Proposal").id());

        // when
        List<UUID> deals = north.asOwner(tx -> tx.handle().createQuery("select id from atlvs.pipeline_deals").mapTo(UUID.class).list());
        List<UUID> rules = north.asOwner(tx -> tx.handle().createQuery("select id from atlvs.pipeline_automations")
                .mapTo(UUID.class).list());

        // then: the lead is not a deal yet, and nothing of the other organization shows
        assertThat(deals).containsExactly(northDeal.id());
        assertThat(rules).containsExactly(northRule);
    }
}
