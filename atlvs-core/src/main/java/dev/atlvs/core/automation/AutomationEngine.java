package dev.atlvs.core.automation;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.TransactionKey;
import dev.atlvs.core.automation.AutomationReport.ActionReport;
import dev.atlvs.core.automation.AutomationReport.RuleReport;
import dev.atlvs.core.automation.internal.JsonValues;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.internal.Json;
import dev.atlvs.core.repository.Ids;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Runs the organization's automations inside a tenant transaction: {@link #fire(AutomationEvent)} finds the active
 * rules of the event's trigger type, keeps those whose trigger configuration matches the event and whose conditions
 * hold over the entity's state, runs their actions in order, records each run ({@code automation_runs}) and counts it
 * on the rule ({@code run_count}, {@code last_run_at}, {@code last_error}).
 *
 * <p><b>Failures.</b> Each rule's actions run inside a savepoint. When an action fails, the savepoint is rolled back
 * (none of the rule's actions stays), the run is recorded as {@code failed} with the error (its code and message,
 * never values of the records) and the rule's {@code last_error} is set; the transaction that raised the event goes on.
 * Only a rule with {@link Workflow#failOnError()} fails it, with {@link CoreErrorCode#AUTOMATION_FAILED}.
 *
 * <p><b>Chains.</b> Events that actions cause (a moved deal enters a stage) are fired by the module's code through an
 * engine of the same transaction; they run in the chain of the event that caused them, one level deeper (the chain is
 * a {@link TenantTransaction#attribute transaction attribute}). A rule runs at most once per entity in a chain, and a
 * chain stops at its depth limit ({@link #DEFAULT_MAX_DEPTH} unless configured): a rule not run for either reason is
 * recorded as {@code skipped} with the reason. This stops at run time a loop that the check when a rule is saved
 * ({@code settings_workflows_loop}) did not see, such as one written by raw SQL.
 *
 * <p><b>Dry run.</b> {@link #dryRun(AutomationEvent)} does all of it inside a savepoint that it then rolls back, and
 * reports what happened: nothing it did stays. <b>Sweep.</b> {@link #sweep(Instant)} asks each time-based trigger type
 * ({@link ScheduledTrigger}) for its due entities under each active rule and fires the rule once per occurrence.
 *
 * <pre>{@code
 * AutomationReport report = new AutomationEngine(tx).fire(AutomationEvent.of("pipeline.stage_entered", "deal", deal, state));
 * AutomationReport preview = new AutomationEngine(tx).dryRun(event);
 * new AutomationEngine(tx).sweep(tx.now());
 * }</pre>
 */
public final class AutomationEngine {

    /** How deep a chain of events caused by actions goes, unless configured otherwise. */
    public static final int DEFAULT_MAX_DEPTH = 5;

    private static final TransactionKey<Chain> CHAIN = TransactionKey.of("core.automation_chain", Chain.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final TenantTransaction tx;
    private final AutomationCatalog catalog;
    private final int maxDepth;

    /** The engine of {@code tx} with the installed modules' types and the default depth limit. */
    public AutomationEngine(TenantTransaction tx) {
        this(tx, AutomationCatalog.installed(), DEFAULT_MAX_DEPTH);
    }

    /** The engine of {@code tx} with the types of {@code catalog} and the default depth limit. */
    public AutomationEngine(TenantTransaction tx, AutomationCatalog catalog) {
        this(tx, catalog, DEFAULT_MAX_DEPTH);
    }

    private AutomationEngine(TenantTransaction tx, AutomationCatalog catalog, int maxDepth) {
        this.tx = requireNonNull(tx, "tx is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        if (maxDepth < 1) {
            throw new IllegalArgumentException("the depth limit is at least 1");
        }
        this.maxDepth = maxDepth;
    }

    /**
     * This engine with a chain depth limit of {@code limit} (at least 1): an event at depth {@code limit} or deeper
     * runs no rule. A chain keeps the limit of the engine that started it.
     */
    public AutomationEngine withMaxDepth(int limit) {
        return new AutomationEngine(tx, catalog, limit);
    }

    /**
     * Whether the organization has an active automation of {@code triggerType}: one indexed query, so that a module
     * builds an event's state (which may cost queries of its own) only when a rule would read it.
     */
    public boolean listensTo(String triggerType) {
        requireNonNull(triggerType, "triggerType is null");
        return tx.repository(WorkflowRepository.class).hasActive(triggerType);
    }

    /**
     * Runs the active automations that {@code event} triggers, and the events their actions cause, and reports what
     * they did. Needs no permission of its own; the actions run under the transaction's actor, through services that
     * check theirs (see {@link RunAs}).
     */
    public AutomationReport fire(AutomationEvent event) {
        requireNonNull(event, "event is null");
        AutomationTrigger trigger = catalog(event).trigger(event.triggerType()).orElseThrow(() -> new ValidationException(
                CoreErrorCode.AUTOMATION_TYPE_UNKNOWN, "AutomationEvent",
                List.of(new dev.atlvs.core.error.FieldViolation("triggerType", "automation_trigger_type",
                        "is not a trigger type of an installed module"))));
        Chain chain = chain();
        boolean starts = !chain.active();
        if (starts) {
            chain.start(catalog, maxDepth);
        }
        try {
            List<RuleReport> reports = new ArrayList<>();
            for (Workflow rule : tx.repository(WorkflowRepository.class).activeOf(event.triggerType())) {
                Optional<Map<String, Object>> config = JsonValues.object(rule.triggerConfig());
                if (config.isPresent() && !trigger.matches(Params.of("triggerConfig", config.get()), event)) {
                    continue;
                }
                RuleReport report = runAt(chain, chain.depth + 1, rule, event, config.isPresent());
                if (!starts && !chain.sinks.isEmpty()) {
                    chain.sinks.peek().add(report);
                }
                reports.add(report);
            }
            return new AutomationReport(reports);
        } finally {
            if (starts) {
                chain.stop();
            }
        }
    }

    /**
     * What {@link #fire} would do for {@code event}: it fires the event inside a savepoint and rolls the savepoint
     * back, so that the report shows the matched rules, their conditions, each action with what it changed and the
     * cascades, and nothing of it stays. Needs {@code core.automations.read}.
     */
    public AutomationReport dryRun(AutomationEvent event) {
        tx.require(CorePermissions.AUTOMATIONS_READ);
        Chain chain = chain();
        String savepoint = "automation_dry_run_" + (++chain.savepoints);
        tx.handle().savepoint(savepoint);
        try {
            return fire(event);
        } finally {
            tx.handle().rollbackToSavepoint(savepoint);
        }
    }

    /**
     * Fires every time-based trigger that is due at {@code now}: for each active rule of a {@link ScheduledTrigger}
     * type, the events its trigger reports due under the rule's configuration, each at most once per entity and
     * occurrence (an occurrence already run is passed over silently). Each due event starts a chain of its own. Needs
     * {@code core.automations.manage}; hosts call it from their scheduler, once per organization.
     */
    public AutomationReport sweep(Instant now) {
        requireNonNull(now, "now is null");
        tx.require(CorePermissions.AUTOMATIONS_MANAGE);
        List<RuleReport> reports = new ArrayList<>();
        for (Workflow rule : tx.repository(WorkflowRepository.class).active()) {
            if (!(catalog.trigger(rule.triggerType()).orElse(null) instanceof ScheduledTrigger trigger)) {
                continue;
            }
            Optional<Map<String, Object>> config = JsonValues.object(rule.triggerConfig());
            if (config.isEmpty()) {
                continue;
            }
            Params params = Params.of("triggerConfig", config.get());
            trigger.validate(params);
            if (!params.violations().isEmpty()) {
                continue;
            }
            for (AutomationEvent event : trigger.due(tx, params, now)) {
                reports.add(runScheduled(rule, event));
            }
        }
        return new AutomationReport(reports);
    }

    /** The chain of the transaction. */
    private Chain chain() {
        return tx.attribute(CHAIN, t -> new Chain());
    }

    private AutomationCatalog catalog(AutomationEvent event) {
        Chain chain = chain();
        return chain.active() ? chain.catalog : catalog;
    }

    /** Runs one rule for a due event of a time-based trigger, in a chain of its own. */
    private RuleReport runScheduled(Workflow rule, AutomationEvent event) {
        Chain chain = chain();
        boolean starts = !chain.active();
        if (starts) {
            chain.start(catalog, maxDepth);
        }
        try {
            return runAt(chain, chain.depth + 1, rule, event, true);
        } finally {
            if (starts) {
                chain.stop();
            }
        }
    }

    private RuleReport runAt(Chain chain, int depth, Workflow rule, AutomationEvent event, boolean configValid) {
        Optional<Map<String, Object>> conditions = JsonValues.object(rule.conditions());
        Optional<List<Object>> actions = JsonValues.array(rule.actions());
        if (!configValid || conditions.isEmpty() || actions.isEmpty()) {
            return failed(chain, depth, rule, event, new Conditions.Result(false, List.of()), List.of(), List.of(),
                    "the rule's configuration, conditions or actions are not valid JSON of their kind", null);
        }
        Conditions.Result holds;
        try {
            Conditions.validate("conditions", conditions.get());
            holds = Conditions.evaluate(conditions.get(), event);
        } catch (ValidationException e) {
            return failed(chain, depth, rule, event, new Conditions.Result(false, List.of()), List.of(), List.of(), error(e), null);
        }
        if (!holds.holds()) {
            return report(rule, event, depth, holds, Optional.empty(), Optional.of("the conditions do not hold"), List.of(), List.of(),
                    Optional.empty());
        }
        String key = rule.id() + "/" + event.entityId();
        if (depth >= chain.maxDepth) {
            return skipped(chain, depth, rule, event, holds, "the chain reached its depth limit of " + chain.maxDepth);
        }
        if (chain.fired.contains(key)) {
            return skipped(chain, depth, rule, event, holds, "the rule ran on this entity in this chain already");
        }
        if (event.occurrence().isPresent() && ranFor(rule, event)) {
            return report(rule, event, depth, holds, Optional.empty(), Optional.of("the rule ran for this occurrence already"),
                    List.of(), List.of(), Optional.empty());
        }
        chain.fired.add(key);
        String savepoint = "automation_rule_" + (++chain.savepoints);
        tx.handle().savepoint(savepoint);
        List<ActionReport> taken = new ArrayList<>();
        List<RuleReport> cascades = new ArrayList<>();
        int previousDepth = chain.depth;
        chain.depth = depth;
        chain.sinks.push(cascades);
        RuntimeException failure = null;
        try {
            for (int i = 0; i < actions.get().size(); i++) {
                taken.add(act(rule, event, actions.get().get(i), i));
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            chain.sinks.pop();
            chain.depth = previousDepth;
        }
        if (failure != null) {
            tx.handle().rollbackToSavepoint(savepoint);
            return failed(chain, depth, rule, event, holds, taken, cascades, error(failure), failure);
        }
        Optional<UUID> runId = record(chain, depth, rule, event, event.occurrence(), RunOutcome.SUCCEEDED, taken, null);
        if (runId.isEmpty()) {
            // a concurrent sweep ran the rule for this occurrence first: undo this run's actions
            tx.handle().rollbackToSavepoint(savepoint);
            return report(rule, event, depth, holds, Optional.empty(), Optional.of("the rule ran for this occurrence already"),
                    List.of(), List.of(), Optional.empty());
        }
        tx.handle().releaseSavepoint(savepoint);
        tx.repository(WorkflowRepository.class).recordRun(rule.id(), tx.now(), null);
        return report(rule, event, depth, holds, Optional.of(RunOutcome.SUCCEEDED), Optional.empty(), taken, cascades, runId);
    }

    @SuppressWarnings("unchecked")
    private ActionReport act(Workflow rule, AutomationEvent event, Object item, int index) {
        String path = "actions[" + index + "]";
        if (!(item instanceof Map<?, ?> spec) || !(spec.get("type") instanceof String type)) {
            throw invalid(path + ".type", "must name an action type");
        }
        AutomationAction action = chain().catalog.action(type).orElseThrow(() -> invalid(path + ".type", "is not an action type of an installed module"));
        Object raw = spec.get("params");
        if (raw != null && !(raw instanceof Map<?, ?>)) {
            throw invalid(path + ".params", "must be a JSON object");
        }
        Params params = Params.of(path + ".params", raw == null ? Map.of() : (Map<String, Object>) raw);
        action.validate(params);
        params.throwIfAny();
        Map<String, Object> changes = action.run(new ActionContext(tx, rule, event), params);
        return new ActionReport(type, changes == null ? Map.of() : changes);
    }

    private static ValidationException invalid(String field, String message) {
        return new ValidationException(CoreErrorCode.AUTOMATION_CONFIG_INVALID, "Automation",
                List.of(new dev.atlvs.core.error.FieldViolation(field, Params.RULE, message)));
    }

    private boolean ranFor(Workflow rule, AutomationEvent event) {
        return tx.handle().createQuery("""
                select exists (select 1 from atlvs.automation_runs
                                where organization_id = :organizationId and workflow_id = :workflow
                                  and entity_id = :entity and occurrence = :occurrence)
                """).bind("organizationId", tx.organizationId()).bind("workflow", rule.id()).bind("entity", event.entityId())
                .bind("occurrence", event.occurrence().orElseThrow()).mapTo(Boolean.class).one();
    }

    private RuleReport skipped(Chain chain, int depth, Workflow rule, AutomationEvent event, Conditions.Result holds, String reason) {
        Optional<UUID> runId = record(chain, depth, rule, event, Optional.empty(), RunOutcome.SKIPPED, List.of(), reason);
        return report(rule, event, depth, holds, Optional.of(RunOutcome.SKIPPED), Optional.of(reason), List.of(), List.of(), runId);
    }

    private RuleReport failed(Chain chain, int depth, Workflow rule, AutomationEvent event, Conditions.Result holds,
            List<ActionReport> taken, List<RuleReport> cascades, String error, RuntimeException cause) {
        Optional<UUID> runId = record(chain, depth, rule, event, event.occurrence(), RunOutcome.FAILED, List.of(), error);
        tx.repository(WorkflowRepository.class).recordRun(rule.id(), tx.now(), error);
        if (rule.failOnError()) {
            throw new ConflictException(CoreErrorCode.AUTOMATION_FAILED, "actions", "automation_failed",
                    "an action of an automation failed, and the automation fails the transaction: " + error, cause);
        }
        return report(rule, event, depth, holds, Optional.of(RunOutcome.FAILED), Optional.of(error), taken, cascades, runId);
    }

    private static RuleReport report(Workflow rule, AutomationEvent event, int depth, Conditions.Result holds,
            Optional<RunOutcome> outcome, Optional<String> reason, List<ActionReport> actions, List<RuleReport> cascades,
            Optional<UUID> runId) {
        return new RuleReport(rule.id(), rule.name(), event, depth, holds, outcome, reason, actions, cascades, runId);
    }

    /** Records a run; empty when a run of the rule for the entity and occurrence is recorded already. */
    private Optional<UUID> record(Chain chain, int depth, Workflow rule, AutomationEvent event, Optional<String> occurrence,
            RunOutcome outcome, List<ActionReport> actions, String error) {
        List<Map<String, Object>> taken = new ArrayList<>();
        for (ActionReport action : actions) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", action.type());
            entry.put("changes", action.changes());
            taken.add(entry);
        }
        return tx.handle().createQuery("""
                insert into atlvs.automation_runs (organization_id, workflow_id, entity_type, entity_id, trigger_type, occurrence,
                                                   chain_id, depth, outcome, actions, error, ran_at)
                values (:organizationId, :workflow, :entityType, :entity, :triggerType, :occurrence, :chain, :depth, :outcome,
                        cast(:actions as jsonb), :error, :ranAt)
                on conflict on constraint automation_runs_occurrence_unique do nothing
                returning id
                """).bind("organizationId", tx.organizationId()).bind("workflow", rule.id()).bind("entityType", event.entityType())
                .bind("entity", event.entityId()).bind("triggerType", event.triggerType()).bind("occurrence", occurrence.orElse(null))
                .bind("chain", chain.id).bind("depth", depth).bind("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .bind("actions", Json.write(taken)).bind("error", error).bind("ranAt", tx.now())
                .mapTo(UUID.class).findOne();
    }

    /** The error of a failure as recorded: the SDK's code and message (which never hold values), else the kind of failure. */
    private static String error(RuntimeException failure) {
        String text = failure instanceof AtlvsException e
                ? e.code() + ": " + e.getMessage()
                : "the action failed (" + failure.getClass().getSimpleName() + ")";
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    /** The chain of events of a transaction: who ran on what, how deep, and where cascades are reported. */
    static final class Chain {
        UUID id;
        int depth = -1;
        int maxDepth;
        int savepoints;
        AutomationCatalog catalog;
        final Set<String> fired = new HashSet<>();
        final Deque<List<RuleReport>> sinks = new ArrayDeque<>();

        boolean active() {
            return id != null;
        }

        void start(AutomationCatalog with, int limit) {
            id = Ids.newId();
            depth = -1;
            maxDepth = limit;
            catalog = with;
            fired.clear();
            sinks.clear();
        }

        void stop() {
            id = null;
            depth = -1;
            fired.clear();
            sinks.clear();
        }
    }
}
