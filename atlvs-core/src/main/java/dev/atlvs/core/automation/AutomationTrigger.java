package dev.atlvs.core.automation;

import java.util.Map;

/**
 * A trigger type a module contributes ({@link dev.atlvs.core.module.AtlvsModule#automationTriggers()}): what happens
 * to an entity of the module that automations may react to. The module raises its events through
 * {@link AutomationEngine#fire(AutomationEvent)}; a time-based trigger is a {@link ScheduledTrigger}, whose events the
 * engine's sweep asks for.
 *
 * <pre>{@code
 * final class StageEntered implements AutomationTrigger {
 *     public String name() { return "pipeline.stage_entered"; }
 *     public String entityType() { return "deal"; }
 *     public void validate(Params config) { config.only("stage_id", "pipeline_id"); config.optionalUuid("stage_id"); }
 *     public boolean matches(Params config, AutomationEvent event) {
 *         return config.optionalUuid("stage_id").map(s -> s.toString().equals(String.valueOf(event.state().get("stage_id")))).orElse(true);
 *     }
 * }
 * }</pre>
 */
public interface AutomationTrigger {

    /** The trigger type's name, {@code <module>.<what>}, unique among the installed modules. */
    String name();

    /** The type of the entities its events are about ({@code deal}). */
    String entityType();

    /** Checks a rule's configuration of this trigger, recording each problem on {@code config}. */
    void validate(Params config);

    /** Whether an event of this type matches a rule's (valid) configuration. */
    boolean matches(Params config, AutomationEvent event);

    /**
     * Whether an event an action may cause, described by {@code caused} (see {@link AutomationAction#mayCause}), may
     * match a rule's configuration: the static loop check follows these edges. When in doubt, true.
     */
    default boolean mayMatch(Params config, Map<String, Object> caused) {
        return true;
    }
}
