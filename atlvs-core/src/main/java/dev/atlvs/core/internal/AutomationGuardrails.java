package dev.atlvs.core.internal;

import dev.atlvs.core.CoreRules;
import dev.atlvs.core.automation.ActionContext;
import dev.atlvs.core.automation.AutomationAction;
import dev.atlvs.core.automation.AutomationCatalog;
import dev.atlvs.core.automation.AutomationEngine;
import dev.atlvs.core.automation.AutomationEvent;
import dev.atlvs.core.automation.AutomationRules;
import dev.atlvs.core.automation.AutomationTrigger;
import dev.atlvs.core.automation.ImmutableWorkflow;
import dev.atlvs.core.automation.Params;
import dev.atlvs.core.automation.Workflow;
import dev.atlvs.core.automation.WorkflowRepository;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.repository.Ids;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The guardrail samples, mutations and rule probes of the automation tables. The core contributes no trigger or
 * action types of its own, so the probes check and run their rules against a catalog of two probe types: a record
 * entering a place, and an action moving it to another place (which causes it to enter that place).
 */
final class AutomationGuardrails {

    private AutomationGuardrails() {}

    /** A record entered a place ({@code {"place": ...}}). */
    static final AutomationTrigger ENTERED = new AutomationTrigger() {
        @Override
        public String name() {
            return "core.guardrail_entered";
        }

        @Override
        public String entityType() {
            return "location";
        }

        @Override
        public void validate(Params config) {
            config.only("place").text("place", 100);
        }

        @Override
        public boolean matches(Params config, AutomationEvent event) {
            return config.text("place", 100).equals(event.state().get("place"));
        }

        @Override
        public boolean mayMatch(Params config, Map<String, Object> caused) {
            return config.text("place", 100).equals(caused.get("place"));
        }
    };

    /** Moves the record to a place ({@code {"to": ...}}): it enters that place. */
    static final AutomationAction MOVE = new AutomationAction() {
        @Override
        public String name() {
            return "core.guardrail_move";
        }

        @Override
        public void validate(Params params) {
            params.only("to").text("to", 100);
        }

        @Override
        public List<Map<String, Object>> mayCause(dev.atlvs.core.TenantTransaction tx, Params params) {
            return List.of(Map.of("trigger_type", ENTERED.name(), "place", params.text("to", 100)));
        }

        @Override
        public Map<String, Object> run(ActionContext context, Params params) {
            return Map.of("place", params.text("to", 100));
        }
    };

    /** The probe types. */
    static final AutomationCatalog CATALOG = AutomationCatalog.of(List.of(ENTERED), List.of(MOVE));

    static Guardrails.Builder declare(Guardrails.Builder guardrails) {
        return guardrails
                .table("settings_workflows",
                        AutomationGuardrails::rule,
                        (org, id) -> org.asOwner(tx -> {
                            AutomationRules rules = new AutomationRules(tx, CATALOG);
                            return rules.update(ImmutableWorkflow.copyOf(rules.get(id))
                                    .withDescription("Sends the stage crew to the stage once they are backstage"));
                        }))
                .sample("automation_runs",
                        org -> {
                            rule(org);
                            return org.asOwner(tx -> new AutomationEngine(tx, CATALOG)
                                    .fire(AutomationEvent.of(ENTERED.name(), "location", Ids.newId(), Map.of("place", "backstage")))
                                    .rules().get(0).runId().orElseThrow());
                        })
                .rule("settings_workflows_actions_check",
                        (tx, id) -> {
                            WorkflowRepository workflows = tx.repository(WorkflowRepository.class);
                            workflows.update(ImmutableWorkflow.copyOf(workflows.get(id)).withActions("{\"type\": \"core.guardrail_move\"}"));
                        },
                        (tx, id) -> tx.handle().createUpdate("update atlvs.settings_workflows set actions = cast(:actions as jsonb) where id = :id")
                                .bind("actions", "{\"type\": \"core.guardrail_move\"}").bind("id", id).execute())
                .ruleWithoutSql(CoreRules.SETTINGS_WORKFLOWS_LOOP.name(),
                        (tx, id) -> {
                            AutomationRules rules = new AutomationRules(tx, CATALOG);
                            rules.update(ImmutableWorkflow.copyOf(rules.get(id))
                                    .withActions("[{\"type\": \"core.guardrail_move\", \"params\": {\"to\": \"backstage\"}}]"));
                        },
                        "whether rules loop depends on the trigger and action types, which only the SDK knows; the engine "
                                + "stops a loop written by raw SQL at run time (a rule runs once per entity and chain, a chain "
                                + "stops at its depth limit)");
    }

    /** A rule sending whoever is backstage to the stage. */
    private static UUID rule(FixtureOrganization org) {
        return org.asOwner(tx -> new AutomationRules(tx, CATALOG).create(Workflow.builder().organizationId(org.id())
                .module("core").name("Backstage to stage " + UUID.randomUUID().toString().substring(0, 8))
                .triggerType(ENTERED.name()).triggerConfig("{\"place\": \"backstage\"}")
                .actions("[{\"type\": \"core.guardrail_move\", \"params\": {\"to\": \"stage\"}}]").build()).id());
    }
}
