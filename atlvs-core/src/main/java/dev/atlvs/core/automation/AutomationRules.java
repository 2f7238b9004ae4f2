package dev.atlvs.core.automation;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.CoreRules;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.automation.internal.JsonValues;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The organization's automation rules: create, change, activate, deactivate, delete and restore them, each checked
 * before it is written. A rule's trigger and action types must be contributed by an installed module (the trigger's
 * module is the rule's module), its trigger configuration and each action's parameters must be what their types accept,
 * its conditions well formed ({@link Conditions}), and an active automation must not start a loop: when its actions
 * may cause a trigger that matches an active rule whose actions lead back to it (a rule that moves a deal to the stage
 * that triggers it, or two rules moving a deal back and forth), it is refused with {@code settings_workflows_loop}
 * (field {@code actions}). The loop check is the SDK's alone; the {@link AutomationEngine} stops at run time a loop
 * written past it. Two transactions saving rules of one organization are checked one after the other, so that two rules
 * that loop together are not both saved. Changes need {@code core.automations.manage}, reads {@code core.automations.read}; every change is
 * in the audit trail.
 *
 * <pre>{@code
 * AutomationRules rules = new AutomationRules(tx);
 * Workflow rule = rules.create(Workflow.builder().organizationId(tx.organizationId()).module("pipeline")
 *         .name("Idle deals").triggerType("pipeline.idle_days").triggerConfig("{\"days\": 14}")
 *         .actions("[{\"type\": \"pipeline.notify_owner\", \"params\": {\"title\": \"This deal is idle\"}}]").build());
 * rules.deactivate(rule.id());
 * }</pre>
 */
public final class AutomationRules {

    private final TenantTransaction tx;
    private final AutomationCatalog catalog;
    private final WorkflowRepository workflows;

    /** The rules of {@code tx}'s organization, checked against the installed modules' types. */
    public AutomationRules(TenantTransaction tx) {
        this(tx, AutomationCatalog.installed());
    }

    /** The rules of {@code tx}'s organization, checked against the types of {@code catalog}. */
    public AutomationRules(TenantTransaction tx, AutomationCatalog catalog) {
        this.tx = requireNonNull(tx, "tx is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.workflows = tx.repository(WorkflowRepository.class);
    }

    /** Saves a new rule of the organization after the checks above. */
    public Workflow create(Workflow rule) {
        tx.require(CorePermissions.AUTOMATIONS_MANAGE);
        Workflow value = ImmutableWorkflow.copyOf(rule).withOrganizationId(tx.organizationId());
        check(value);
        return workflows.insert(value);
    }

    /** Saves a changed rule (its version must be the stored one) after the checks above. */
    public Workflow update(Workflow rule) {
        tx.require(CorePermissions.AUTOMATIONS_MANAGE);
        Workflow value = ImmutableWorkflow.copyOf(rule).withOrganizationId(tx.organizationId());
        workflows.get(value.id());
        check(value);
        return workflows.update(value);
    }

    /** Switches a rule on, after the checks above (the loop check included). */
    public Workflow activate(UUID id) {
        tx.require(CorePermissions.AUTOMATIONS_MANAGE);
        Workflow rule = ImmutableWorkflow.copyOf(workflows.get(id)).withIsActive(true);
        check(rule);
        return workflows.update(rule);
    }

    /** Switches a rule off: the engine no longer runs it. */
    public Workflow deactivate(UUID id) {
        tx.require(CorePermissions.AUTOMATIONS_MANAGE);
        return workflows.update(ImmutableWorkflow.copyOf(workflows.get(id)).withIsActive(false));
    }

    /** Deletes a rule (soft delete: it can be restored, and its runs stay). */
    public Workflow delete(UUID id) {
        tx.require(CorePermissions.AUTOMATIONS_MANAGE);
        return workflows.softDelete(workflows.get(id));
    }

    /** Restores a deleted rule, after the checks above. */
    public Workflow restore(UUID id) {
        tx.require(CorePermissions.AUTOMATIONS_MANAGE);
        Workflow rule = workflows.findIncludingDeleted(id).orElseGet(() -> workflows.get(id));
        check(rule);
        return workflows.restore(rule);
    }

    /** The rule {@code id}. */
    public Workflow get(UUID id) {
        tx.require(CorePermissions.AUTOMATIONS_READ);
        return workflows.get(id);
    }

    /** The live rules of {@code module}, by name. */
    public List<Workflow> ofModule(String module) {
        tx.require(CorePermissions.AUTOMATIONS_READ);
        return workflows.ofModule(module);
    }

    /** The latest {@code limit} runs of the rule {@code id}, newest first. */
    public List<AutomationRun> runs(UUID id, int limit) {
        tx.require(CorePermissions.AUTOMATIONS_READ);
        return tx.handle().createQuery("""
                select * from atlvs.automation_runs
                 where organization_id = :organizationId and workflow_id = :workflow
                 order by ran_at desc, id desc
                 limit :limit
                """).bind("organizationId", tx.organizationId()).bind("workflow", id).bind("limit", Math.max(1, Math.min(limit, 1000)))
                .map((row, ctx) -> AutomationRun.map(row)).list();
    }

    /**
     * Checks {@code rule} as a save would, without saving it: types, configuration, parameters, conditions and, for an
     * active automation, the loop check.
     */
    public void check(Workflow rule) {
        tx.validate("Workflow", rule);
        if (rule.kind() != WorkflowKind.AUTOMATION) {
            return;
        }
        List<FieldViolation> unknown = new ArrayList<>();
        Optional<AutomationTrigger> trigger = catalog.trigger(rule.triggerType());
        if (trigger.isEmpty()) {
            unknown.add(new FieldViolation("triggerType", "automation_trigger_type", "is not a trigger type of an installed module"));
        } else if (!rule.triggerType().startsWith(rule.module() + ".")) {
            unknown.add(new FieldViolation("module", "automation_module", "must be the module of the trigger type"));
        }
        List<Object> actions = JsonValues.array(rule.actions()).orElse(List.of());
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i) instanceof Map<?, ?> spec && spec.get("type") instanceof String type && catalog.action(type).isEmpty()) {
                unknown.add(new FieldViolation("actions[" + i + "].type", "automation_action_type", "is not an action type of an installed module"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException(CoreErrorCode.AUTOMATION_TYPE_UNKNOWN, "Workflow", unknown);
        }
        List<FieldViolation> violations = new ArrayList<>();
        Params config = Params.of("triggerConfig", JsonValues.object(rule.triggerConfig()).orElse(Map.of()));
        trigger.get().validate(config);
        violations.addAll(config.violations());
        try {
            Conditions.validate("conditions", JsonValues.object(rule.conditions()).orElse(Map.of()));
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        if (actions.isEmpty()) {
            violations.add(new FieldViolation("actions", Params.RULE, "must hold at least one action"));
        }
        for (int i = 0; i < actions.size(); i++) {
            violations.addAll(actionViolations(actions.get(i), i));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(CoreErrorCode.AUTOMATION_CONFIG_INVALID, "Workflow", violations);
        }
        if (rule.isActive() && rule.deletedAt().isEmpty()) {
            // the organization's rules are checked for loops one transaction at a time, at every isolation level
            tx.handle().createQuery("select count(*) from (select atlvs.serialize_decision(:organizationId, :rule, :organizationId)) decided")
                    .bind("organizationId", tx.organizationId()).bind("rule", CoreRules.SETTINGS_WORKFLOWS_LOOP.name())
                    .mapTo(Long.class).one();
            if (loops(rule)) {
                throw CoreRules.SETTINGS_WORKFLOWS_LOOP.exception();
            }
        }
    }

    /** The problems of the action {@code spec} at {@code index}. */
    private List<FieldViolation> actionViolations(Object spec, int index) {
        String path = "actions[" + index + "]";
        if (!(spec instanceof Map<?, ?> map)) {
            return List.of(new FieldViolation(path, Params.RULE, "must be an object {\"type\": ..., \"params\": {...}}"));
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (Object key : map.keySet()) {
            if (!"type".equals(key) && !"params".equals(key)) {
                violations.add(new FieldViolation(path + "." + key, Params.RULE, "is not part of an action (type, params)"));
            }
        }
        if (!(map.get("type") instanceof String type)) {
            violations.add(new FieldViolation(path + ".type", Params.RULE, "must name an action type"));
            return violations;
        }
        if (map.get("params") != null && !(map.get("params") instanceof Map<?, ?>)) {
            violations.add(new FieldViolation(path + ".params", Params.RULE, "must be a JSON object"));
            return violations;
        }
        Params params = actionParams(map, index);
        catalog.action(type).ifPresent(action -> action.validate(params));
        violations.addAll(params.violations());
        return violations;
    }

    /** The parameters of the action {@code spec} at {@code index}, unchecked. */
    @SuppressWarnings("unchecked")
    private static Params actionParams(Map<?, ?> spec, int index) {
        Object raw = spec.get("params");
        return Params.of("actions[" + index + "].params", raw instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of());
    }

    /** Whether {@code candidate}'s actions lead back to it through the organization's active automations. */
    private boolean loops(Workflow candidate) {
        List<Workflow> rules = new ArrayList<>();
        rules.add(candidate);
        for (Workflow rule : workflows.active()) {
            if (!rule.id().equals(candidate.id())) {
                rules.add(rule);
            }
        }
        Set<UUID> seen = new HashSet<>();
        Deque<Workflow> todo = new ArrayDeque<>(successors(candidate, rules));
        while (!todo.isEmpty()) {
            Workflow next = todo.pop();
            if (next.id().equals(candidate.id())) {
                return true;
            }
            if (seen.add(next.id())) {
                todo.addAll(successors(next, rules));
            }
        }
        return false;
    }

    /** The rules whose trigger an action of {@code rule} may cause. */
    private List<Workflow> successors(Workflow rule, List<Workflow> rules) {
        List<Workflow> next = new ArrayList<>();
        List<Object> actions = JsonValues.array(rule.actions()).orElse(List.of());
        for (int i = 0; i < actions.size(); i++) {
            if (!(actions.get(i) instanceof Map<?, ?> spec) || !(spec.get("type") instanceof String type)) {
                continue;
            }
            Optional<AutomationAction> action = catalog.action(type);
            if (action.isEmpty() || !actionViolations(spec, i).isEmpty()) {
                continue;
            }
            Params params = actionParams(spec, i);
            for (Map<String, Object> caused : action.get().mayCause(tx, params)) {
                for (Workflow other : rules) {
                    if (!other.triggerType().equals(caused.get("trigger_type"))) {
                        continue;
                    }
                    Optional<AutomationTrigger> trigger = catalog.trigger(other.triggerType());
                    Optional<Map<String, Object>> config = JsonValues.object(other.triggerConfig());
                    if (trigger.isPresent() && config.isPresent() && trigger.get().mayMatch(Params.of("triggerConfig", config.get()), caused)) {
                        next.add(other);
                    }
                }
            }
        }
        return next;
    }
}
