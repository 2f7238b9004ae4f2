package dev.atlvs.pipeline.sales.automation;

import dev.atlvs.core.automation.AutomationRules;
import dev.atlvs.core.automation.AutomationRun;
import dev.atlvs.core.automation.ImmutableWorkflow;
import dev.atlvs.core.automation.Workflow;
import dev.atlvs.testing.OrganizationFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A sales pipeline for the automation tests, written with SQL (the deal services are another part of the module):
 * the default stages, deals owned by the organization's owner, and pipeline automation rules.
 */
final class Sales {

    private Sales() {}

    /** A pipeline and its stages by name: lead, qualified, proposal, negotiation, won, lost. */
    record Pipeline(UUID id, Map<String, UUID> stages) {
        UUID stage(String name) {
            return stages.get(name);
        }
    }

    static Pipeline pipeline(OrganizationFixture org, String name) {
        return org.asOwner(tx -> {
            UUID pipeline = tx.handle().createQuery("""
                    insert into atlvs.pipelines (organization_id, name, currency) values (:organizationId, :name, 'EUR') returning id
                    """).bind("organizationId", org.id()).bind("name", name).mapTo(UUID.class).one();
            Map<String, UUID> stages = new LinkedHashMap<>();
            Object[][] defaults = {{"lead", 10, "pipeline", false, false}, {"qualified", 25, "pipeline", false, false},
                    {"proposal", 50, "best_case", false, false}, {"negotiation", 75, "commit", false, false},
                    {"won", 100, "closed", true, false}, {"lost", 0, "omitted", false, true}};
            int order = 1;
            for (Object[] stage : defaults) {
                stages.put((String) stage[0], tx.handle().createQuery("""
                        insert into atlvs.pipeline_stages (organization_id, pipeline_id, name, stage_order, probability,
                                                           forecast_category, is_won, is_lost)
                        values (:organizationId, :pipeline, :name, :order, :probability, :category, :won, :lost)
                        returning id
                        """).bind("organizationId", org.id()).bind("pipeline", pipeline).bind("name", stage[0]).bind("order", order++)
                        .bind("probability", new BigDecimal(stage[1].toString())).bind("category", stage[2])
                        .bind("won", stage[3]).bind("lost", stage[4]).mapTo(UUID.class).one());
            }
            return new Pipeline(pipeline, Map.copyOf(stages));
        });
    }

    /** A deal in {@code stage}, owned by the organization's owner. */
    static UUID deal(OrganizationFixture org, Pipeline pipeline, String stage, String title, BigDecimal value, LocalDate closes) {
        return org.asOwner(tx -> tx.handle().createQuery("""
                insert into atlvs.pipeline_opportunities (organization_id, pipeline_id, stage_id, title, owner_user_id, value,
                                                          currency, expected_close_date)
                values (:organizationId, :pipeline, :stage, :title, :owner, :value, 'EUR', :closes)
                returning id
                """).bind("organizationId", org.id()).bind("pipeline", pipeline.id()).bind("stage", pipeline.stage(stage))
                .bind("title", title).bind("owner", org.owner().id()).bind("value", value).bind("closes", closes)
                .mapTo(UUID.class).one());
    }

    /** Moves the deal to {@code stage} as the deal service would, and runs the automations of the move. */
    static void move(OrganizationFixture org, Pipeline pipeline, UUID deal, String stage) {
        org.asOwner(tx -> {
            tx.handle().createUpdate("update atlvs.pipeline_opportunities set stage_id = :stage where organization_id = :organizationId and id = :id")
                    .bind("organizationId", org.id()).bind("stage", pipeline.stage(stage)).bind("id", deal).execute();
            return PipelineAutomations.stageEntered(tx, deal, pipeline.stage(stage));
        });
    }

    /** The state of the deal. */
    static DealState state(OrganizationFixture org, UUID deal) {
        return org.asOwner(tx -> tx.repository(DealAutomationRepository.class).find(deal).orElseThrow());
    }

    /** The stage name of the deal. */
    static String stageOf(OrganizationFixture org, UUID deal) {
        return state(org, deal).stageName();
    }

    /** How many activities of {@code type} the deal has. */
    static long activities(OrganizationFixture org, UUID deal, String type) {
        return org.asOwner(tx -> tx.handle().createQuery("""
                select count(*) from atlvs.pipeline_activities
                 where organization_id = :organizationId and opportunity_id = :deal and type = :type
                """).bind("organizationId", org.id()).bind("deal", deal).bind("type", type).mapTo(Long.class).one());
    }

    /** The owner's notifications from pipeline automations. */
    static long notifications(OrganizationFixture org) {
        return org.asOwner(tx -> tx.handle().createQuery("""
                select coalesce(sum(occurrences), 0) from atlvs.notifications
                 where organization_id = :organizationId and user_id = :owner and type = :type
                """).bind("organizationId", org.id()).bind("owner", org.owner().id()).bind("type", PipelineAutomations.NOTIFICATION_TYPE)
                .mapTo(Long.class).one());
    }

    /** A pipeline automation rule builder. */
    static ImmutableWorkflow.Builder rule(OrganizationFixture org, String name) {
        return Workflow.builder().organizationId(org.id()).module(PipelineAutomations.MODULE).name(name);
    }

    /** Saves the rule as the owner. */
    static Workflow save(OrganizationFixture org, Workflow rule) {
        return org.asOwner(tx -> new AutomationRules(tx).create(rule));
    }

    /** A rule moving deals that enter {@code from} to {@code to}. */
    static Workflow moving(OrganizationFixture org, Pipeline pipeline, String from, String to) {
        return rule(org, from + " to " + to).triggerType(PipelineAutomations.STAGE_ENTERED)
                .triggerConfig("{\"stage_id\": \"" + pipeline.stage(from) + "\"}")
                .actions("[{\"type\": \"pipeline.move_stage\", \"params\": {\"stage_id\": \"" + pipeline.stage(to) + "\"}}]").build();
    }

    /** The runs of the rule, newest first. */
    static List<AutomationRun> runs(OrganizationFixture org, UUID rule) {
        return org.asOwner(tx -> new AutomationRules(tx).runs(rule, 100));
    }
}
