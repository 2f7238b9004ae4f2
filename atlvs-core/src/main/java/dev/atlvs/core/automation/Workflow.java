package dev.atlvs.core.automation;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.CoreRules;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Json;
import dev.atlvs.core.validation.JsonObject;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.core.validation.internal.JsonText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule of the organization's rule store ({@code settings_workflows}): an automation of a module (its trigger type and
 * configuration, its conditions over the entity's state and its actions, in order) or an approval policy. The
 * configuration, conditions and actions are JSON text; {@link AutomationRules} checks them against the trigger and
 * action types the modules contribute before it saves a rule, and the {@link AutomationEngine} runs the active
 * automations. Users delete and restore rules (soft delete).
 *
 * <pre>{@code
 * Workflow rule = new AutomationRules(tx).create(Workflow.builder().organizationId(tx.organizationId())
 *         .module("pipeline").name("Follow up proposals").triggerType("pipeline.stage_entered")
 *         .triggerConfig("{\"stage_id\": \"" + proposal + "\"}")
 *         .actions("[{\"type\": \"pipeline.notify_owner\", \"params\": {\"title\": \"Proposal sent\"}}]")
 *         .build());
 * }</pre>
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("settings_workflows")
public interface Workflow extends TenantEntity, SoftDeletable {

    Table<Workflow, ImmutableWorkflow.Builder> TABLE = WorkflowTable.TABLE;

    static ImmutableWorkflow.Builder builder() {
        return ImmutableWorkflow.builder();
    }

    /** The module whose trigger type the rule uses ({@code pipeline}). */
    @NotBlank
    @Size(max = 50)
    String module();

    @Value.Default
    default WorkflowKind kind() {
        return WorkflowKind.AUTOMATION;
    }

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    Optional<@Size(max = 2000) String> description();

    /** A trigger type of the module, {@code <module>.<what>}. */
    @NotBlank
    @Size(max = 100)
    String triggerType();

    /** The trigger's configuration, a JSON object its trigger type validates. */
    @Db.Jsonb
    @JsonObject
    @Value.Default
    default String triggerConfig() {
        return "{}";
    }

    /** The conditions over the entity's state, a JSON object (see {@link Conditions}); {@code {}} always holds. */
    @Db.Jsonb
    @JsonObject
    @Value.Default
    default String conditions() {
        return "{}";
    }

    /** The actions, a JSON array of {@code {"type": ..., "params": {...}}}, run in order. */
    @Db.Jsonb
    @Json
    @Value.Default
    default String actions() {
        return "[]";
    }

    @Value.Default
    default boolean isActive() {
        return true;
    }

    /**
     * Whether a failing action fails the transaction that raised the event. When false (the default) the failure is
     * recorded ({@link #lastError()} and a failed run), the rule's actions are undone and the transaction goes on.
     */
    @Value.Default
    default boolean failOnError() {
        return false;
    }

    @Value.Default
    default RunAs runAs() {
        return RunAs.SYSTEM;
    }

    /** How many times the engine ran the rule (succeeded or failed), maintained by the engine. */
    @Value.Default
    @PositiveOrZero
    default long runCount() {
        return 0L;
    }

    /** When the engine last ran the rule. */
    Optional<Instant> lastRunAt();

    /** The last failure, without values of the records involved. */
    Optional<@Size(max = 1000) String> lastError();

    @Value.Check
    default void check() {
        Violations.of("Workflow")
                .require(JsonText.kind(actions()).map(k -> k == JsonText.Kind.ARRAY).orElse(true),
                        CoreRules.SETTINGS_WORKFLOWS_ACTIONS_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
