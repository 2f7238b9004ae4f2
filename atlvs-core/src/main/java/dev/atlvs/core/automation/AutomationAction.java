package dev.atlvs.core.automation;

import dev.atlvs.core.TenantTransaction;
import java.util.List;
import java.util.Map;

/**
 * An action type a module contributes ({@link dev.atlvs.core.module.AtlvsModule#automationActions()}): what an
 * automation does, inside the tenant transaction of the event that triggered it.
 *
 * <pre>{@code
 * final class NotifyOwner implements AutomationAction {
 *     public String name() { return "pipeline.notify_owner"; }
 *     public void validate(Params params) { params.only("title", "body"); params.text("title", 200); }
 *     public Map<String, Object> run(ActionContext context, Params params) { ...; return Map.of("notified", owner); }
 * }
 * }</pre>
 */
public interface AutomationAction {

    /** The action type's name, {@code <module>.<what>}, unique among the installed modules. */
    String name();

    /** Checks a rule's parameters of this action, recording each problem on {@code params}. */
    void validate(Params params);

    /**
     * The events this action may cause with these (valid) parameters, each a map with {@code trigger_type} and what
     * the action knows of the event (the stage it moves to), so that the static loop check can follow it to the rules
     * whose trigger {@link AutomationTrigger#mayMatch may match}. None by default.
     */
    default List<Map<String, Object>> mayCause(TenantTransaction tx, Params params) {
        return List.of();
    }

    /**
     * Runs the action for the event of {@code context} and returns what it changed (field to value, reported in
     * runs and dry runs). Events the action causes are fired by the module's own code through the
     * {@link AutomationEngine} of the same transaction, and so run in the same chain, one level deeper. A failure is an
     * exception; the engine undoes the rule's actions.
     */
    Map<String, Object> run(ActionContext context, Params params);
}
