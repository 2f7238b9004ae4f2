package dev.atlvs.pipeline.sales.automation;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.TransactionKey;
import dev.atlvs.core.automation.AutomationAction;
import dev.atlvs.core.automation.AutomationEngine;
import dev.atlvs.core.automation.AutomationEvent;
import dev.atlvs.core.automation.AutomationReport;
import dev.atlvs.core.automation.AutomationTrigger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Pipeline automations: the trigger and action types the pipeline module contributes to the core's automation engine
 * ({@link AutomationEngine}), and the entry points through which the deal service raises a deal's events. Rules are
 * saved with {@link dev.atlvs.core.automation.AutomationRules} (module {@code pipeline}) and listed by the
 * {@code pipeline_automations} view.
 *
 * <p>Triggers: {@value #STAGE_ENTERED} (config {@code stage_id}, or {@code pipeline_id} for any of its stages),
 * {@value #IDLE_DAYS} (config {@code days}; time-based: an active deal with no activity for that many days, once per
 * idle period), {@value #VALUE_ABOVE} (config {@code amount} and {@code currency}: a deal's value rises above it) and
 * {@value #CLOSE_DATE_PASSED} (time-based: an active deal whose expected close date is past, once per close date).
 * Actions: {@value #CREATE_TASK} (a task of the deal for its owner: {@code title}, {@code description},
 * {@code due_in_days}), {@value #NOTIFY_OWNER} ({@code title}, {@code body}), {@value #SET_PROBABILITY}
 * ({@code probability}) and {@value #MOVE_STAGE} ({@code stage_id}; the deal then enters that stage, in the same chain).
 * Conditions compare the fields of {@link DealState#snapshot()} ({@code value}, {@code currency}, {@code status},
 * {@code probability}, {@code expected_close_date}, {@code deal_size}, {@code tags}, ...).
 *
 * <pre>{@code
 * // after the deal service has moved a deal, or changed its value, in the same transaction:
 * PipelineAutomations.stageEntered(tx, dealId, stageId);
 * PipelineAutomations.valueChanged(tx, dealId, oldValue, newValue);
 *
 * // a rule: entering Proposal creates a follow-up task and notifies the owner
 * new AutomationRules(tx).create(Workflow.builder().organizationId(tx.organizationId()).module("pipeline")
 *         .name("Proposal follow-up").triggerType(PipelineAutomations.STAGE_ENTERED)
 *         .triggerConfig("{\"stage_id\": \"" + proposal + "\"}")
 *         .actions("[{\"type\": \"pipeline.create_task\", \"params\": {\"title\": \"Follow up the proposal\", \"due_in_days\": 3}},"
 *                 + " {\"type\": \"pipeline.notify_owner\", \"params\": {\"title\": \"Proposal sent\"}}]")
 *         .build());
 * }</pre>
 */
public final class PipelineAutomations {

    /** The module of pipeline automation rules. */
    public static final String MODULE = "pipeline";
    /** The entity type of pipeline automation events: a deal. */
    public static final String ENTITY_TYPE = "deal";
    /** The type of the notifications {@value #NOTIFY_OWNER} sends. */
    public static final String NOTIFICATION_TYPE = "pipeline.deal_automation";

    /** A deal entered a stage. */
    public static final String STAGE_ENTERED = "pipeline.stage_entered";
    /** An active deal had no activity for a number of days. */
    public static final String IDLE_DAYS = "pipeline.idle_days";
    /** A deal's value rose above an amount. */
    public static final String VALUE_ABOVE = "pipeline.value_above";
    /** An active deal's expected close date passed. */
    public static final String CLOSE_DATE_PASSED = "pipeline.close_date_passed";

    /** Adds a task to the deal, for its owner. */
    public static final String CREATE_TASK = "pipeline.create_task";
    /** Notifies the deal's owner. */
    public static final String NOTIFY_OWNER = "pipeline.notify_owner";
    /** Sets the deal's probability. */
    public static final String SET_PROBABILITY = "pipeline.set_probability";
    /** Moves the deal to a stage of its pipeline. */
    public static final String MOVE_STAGE = "pipeline.move_stage";

    /** The moves whose stage-entered event the transaction fired, by their conversion facts. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final TransactionKey<java.util.Set<UUID>> REPORTED_MOVES =
            (TransactionKey) TransactionKey.of("pipeline.automation_reported_moves", java.util.Set.class);

    private PipelineAutomations() {}

    /** The trigger types of the module. */
    public static List<AutomationTrigger> triggers() {
        return List.of(PipelineTriggers.STAGE_ENTERED, PipelineTriggers.IDLE_DAYS, PipelineTriggers.VALUE_ABOVE,
                PipelineTriggers.CLOSE_DATE_PASSED);
    }

    /** The action types of the module. */
    public static List<AutomationAction> actions() {
        return List.of(PipelineActions.CREATE_TASK, PipelineActions.NOTIFY_OWNER, PipelineActions.SET_PROBABILITY,
                PipelineActions.MOVE_STAGE);
    }

    /**
     * Runs the automations of a deal entering a stage. The deal service calls it in the transaction of the move, after
     * the move is written (and {@value #MOVE_STAGE} calls it after its own moves, in the same chain).
     */
    public static AutomationReport stageEntered(TenantTransaction tx, UUID dealId, UUID stageId) {
        return stageEntered(tx, dealId, stageId, Map.of());
    }

    /**
     * Runs the automations of a deal moved from {@code fromStageId} to {@code stageId}: as
     * {@link #stageEntered(TenantTransaction, UUID, UUID)}, with the stage before the move as the previous state (for
     * conditions such as {@code {"field": "stage_id", "op": "changed"}} or on {@code stage_name}).
     */
    public static AutomationReport stageEntered(TenantTransaction tx, UUID dealId, UUID fromStageId, UUID stageId) {
        return stageEntered(tx, dealId, stageId, Map.of("stage_id", fromStageId));
    }

    /**
     * Fires a deal's entering a stage once per move, whoever reports it (the deal service after its write, an action
     * after the move it asked for): a move is its conversion fact, and a fact reported already in the transaction
     * fires nothing again.
     */
    private static AutomationReport stageEntered(TenantTransaction tx, UUID dealId, UUID stageId, Map<String, Object> previous) {
        AutomationEngine engine = new AutomationEngine(tx);
        if (!engine.listensTo(STAGE_ENTERED)) {
            return new AutomationReport(List.of());
        }
        Optional<UUID> move = tx.repository(DealAutomationRepository.class).latestMove(dealId);
        if (move.isPresent() && !tx.attribute(REPORTED_MOVES, t -> new java.util.HashSet<>()).add(move.get())) {
            return new AutomationReport(List.of());
        }
        return engine.fire(stageEnteredEvent(tx, dealId, stageId).withPrevious(previous));
    }

    /**
     * Runs the automations of a change of a deal's value. The deal service calls it in the transaction of the change,
     * after the change is written, with the value before and after.
     */
    public static AutomationReport valueChanged(TenantTransaction tx, UUID dealId, Optional<BigDecimal> before,
            Optional<BigDecimal> after) {
        AutomationEngine engine = new AutomationEngine(tx);
        if (!engine.listensTo(VALUE_ABOVE)) {
            return new AutomationReport(List.of());
        }
        return engine.fire(valueChangedEvent(tx, dealId, before, after));
    }

    /** The event of the deal {@code dealId} entering {@code stageId} (for a dry run, say). */
    public static AutomationEvent stageEnteredEvent(TenantTransaction tx, UUID dealId, UUID stageId) {
        DealState deal = PipelineActions.deal(tx, dealId);
        Map<String, Object> state = deal.snapshot();
        state.put("stage_id", stageId);
        return AutomationEvent.of(STAGE_ENTERED, ENTITY_TYPE, dealId, state);
    }

    /** The event of a change of the deal {@code dealId}'s value from {@code before} (for a dry run, say). */
    public static AutomationEvent valueChangedEvent(TenantTransaction tx, UUID dealId, Optional<BigDecimal> before,
            Optional<BigDecimal> after) {
        DealState deal = PipelineActions.deal(tx, dealId);
        Map<String, Object> state = deal.snapshot();
        state.put("value", after.orElse(null));
        Map<String, Object> previous = new java.util.HashMap<>(state);
        previous.put("value", before.orElse(null));
        return AutomationEvent.of(VALUE_ABOVE, ENTITY_TYPE, dealId, state).withPrevious(previous);
    }

    /** The event {@code triggerType} of {@code deal} as it is now. */
    static AutomationEvent event(String triggerType, DealState deal) {
        return AutomationEvent.of(triggerType, ENTITY_TYPE, deal.id(), deal.snapshot());
    }
}
