package dev.atlvs.core.automation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the automation engine did, or in a dry run would do, for an event: one {@link RuleReport} per rule whose trigger
 * configuration matched the event, in the order the rules ran, each with the events its actions caused.
 *
 * @param rules the rules whose trigger matched
 */
public record AutomationReport(List<RuleReport> rules) {

    public AutomationReport {
        rules = List.copyOf(rules);
    }

    /** Every rule report, cascades included, depth first. */
    public List<RuleReport> all() {
        List<RuleReport> all = new ArrayList<>();
        for (RuleReport rule : rules) {
            rule.collect(all);
        }
        return all;
    }

    /** One action of a rule and what it changed. */
    public record ActionReport(String type, Map<String, Object> changes) {
        public ActionReport {
            changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
        }
    }

    /**
     * One rule matched by an event.
     *
     * @param workflowId the rule
     * @param name       its name
     * @param event      the event
     * @param depth      the event's depth in its chain
     * @param conditions whether its conditions held, with each comparison
     * @param outcome    the run's outcome; empty when the conditions did not hold or the rule ran for the occurrence
     *                   already (nothing recorded)
     * @param reason     why it failed or was skipped or did not run
     * @param actions    the actions that ran, with what each changed
     * @param cascades   the rules the actions' events matched, one level deeper
     * @param runId      the recorded run (rolled back with everything else in a dry run)
     */
    public record RuleReport(UUID workflowId, String name, AutomationEvent event, int depth, Conditions.Result conditions,
            Optional<RunOutcome> outcome, Optional<String> reason, List<ActionReport> actions, List<RuleReport> cascades,
            Optional<UUID> runId) {

        public RuleReport {
            actions = List.copyOf(actions);
            cascades = List.copyOf(cascades);
        }

        void collect(List<RuleReport> into) {
            into.add(this);
            for (RuleReport cascade : cascades) {
                cascade.collect(into);
            }
        }
    }
}
