package dev.atlvs.pipeline.testing;

import dev.atlvs.core.automation.AutomationRules;
import dev.atlvs.core.automation.Workflow;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.pipeline.sales.automation.PipelineAutomations;
import java.util.List;
import java.util.UUID;

/**
 * Pipeline automation rules for tests and demos: the rules a sales team starts with, saved as the organization's owner
 * through {@link AutomationRules}.
 *
 * <pre>{@code
 * List<Workflow> rules = AutomationsFixtures.salesPlaybook(org, proposalStageId);
 * }</pre>
 */
public final class AutomationsFixtures {

    private AutomationsFixtures() {}

    /**
     * A follow-up rule: a deal entering {@code proposalStageId} gets a task for its owner, due in three days, and the
     * owner a notification.
     */
    public static Workflow proposalFollowUp(FixtureOrganization org, UUID proposalStageId) {
        return save(org, Workflow.builder().organizationId(org.id()).module(PipelineAutomations.MODULE)
                .name("Proposal follow-up").description("Follow up three days after a proposal goes out")
                .triggerType(PipelineAutomations.STAGE_ENTERED).triggerConfig("{\"stage_id\": \"" + proposalStageId + "\"}")
                .actions("""
                        [{"type": "pipeline.create_task", "params": {"title": "Follow up the proposal", "due_in_days": 3}},
                         {"type": "pipeline.notify_owner", "params": {"title": "Proposal sent: follow up in three days"}}]
                        """).build());
    }

    /** An idle rule: the owner of an active deal without activity for {@code days} days is notified, once per idle period. */
    public static Workflow idleReminder(FixtureOrganization org, int days) {
        return save(org, Workflow.builder().organizationId(org.id()).module(PipelineAutomations.MODULE)
                .name("Idle for " + days + " days").triggerType(PipelineAutomations.IDLE_DAYS)
                .triggerConfig("{\"days\": " + days + "}")
                .actions("[{\"type\": \"pipeline.notify_owner\", \"params\": {\"title\": \"No activity on this deal for " + days
                        + " days\"}}]").build());
    }

    /** A close-date rule: an active deal whose expected close date passed gets a task to update it. */
    public static Workflow closeDateReminder(FixtureOrganization org) {
        return save(org, Workflow.builder().organizationId(org.id()).module(PipelineAutomations.MODULE)
                .name("Close date passed").triggerType(PipelineAutomations.CLOSE_DATE_PASSED)
                .actions("[{\"type\": \"pipeline.create_task\", \"params\": {\"title\": \"Update the expected close date\"}}]")
                .build());
    }

    /** The three rules above: proposal follow-up, idle for 14 days, close date passed. */
    public static List<Workflow> salesPlaybook(FixtureOrganization org, UUID proposalStageId) {
        return List.of(proposalFollowUp(org, proposalStageId), idleReminder(org, 14), closeDateReminder(org));
    }

    private static Workflow save(FixtureOrganization org, Workflow rule) {
        return org.asOwner(tx -> new AutomationRules(tx).create(rule));
    }
}
