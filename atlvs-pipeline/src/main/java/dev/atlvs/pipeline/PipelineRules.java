package dev.atlvs.pipeline;

import static dev.atlvs.core.error.CoreErrorCode.PERMISSION_DENIED;
import static dev.atlvs.core.error.CoreErrorCode.RULE_VIOLATED;
import static dev.atlvs.core.error.CoreErrorCode.VALIDATION_FAILED;

import dev.atlvs.core.error.Rule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The named rules of the pipeline module's tables, declared once here: each is held by the database (a trigger, a
 * unique or exclusion constraint, or a CHECK over several columns) or, where stated, by the SDK alone, and reported
 * with the same code, field and name whoever catches it (see {@link Rule}). The single-column CHECK constraints are not
 * listed: validation reports them under their own names through the annotations that mirror them.
 */
@SuppressWarnings("unused")
public final class PipelineRules {

    // --- sales ---

    // --- contacts ---

    // --- forecasts ---

    // --- automations ---

    // --- manning ---

    // --- onboarding and advancing ---

    public static final Rule ONBOARDING_WORKFLOWS_COMPLETED_TASKS = Rule.of("onboarding_workflows_completed_tasks",
            PipelineErrorCode.ONBOARDING_TASKS_OPEN, "onboarding_workflows", "status",
            "an onboarding workflow is completed only when every required task is done or waived");

    public static final Rule ONBOARDING_TASKS_WORKFLOW_COMPLETED = Rule.of("onboarding_tasks_workflow_completed",
            PipelineErrorCode.ONBOARDING_WORKFLOW_COMPLETED, "onboarding_tasks", "status",
            "a completed onboarding workflow's tasks stay done or waived until the workflow is reopened");

    public static final Rule ONBOARDING_TASKS_WAIVER_REASON_REQUIRED = Rule.of("onboarding_tasks_waiver_reason_required",
            VALIDATION_FAILED, "onboarding_tasks", "waiverReason", "a required onboarding task is waived with a reason");

    public static final Rule ONBOARDING_TASKS_WAIVER_PERMISSION = Rule.of("onboarding_tasks_waiver_permission",
            PERMISSION_DENIED, "onboarding_tasks", "status", "waiving a required onboarding task needs pipeline.onboarding.approve");

    public static final Rule ADVANCING_ITEMS_COST_CURRENCY = Rule.of("advancing_items_cost_currency", VALIDATION_FAILED,
            "advancing_items", "currency", "an advancing item's costs are given with their currency");

    /** The rules of pipelines, stages, deals, activities and conversions. */
    private static final List<Rule> SALES = List.of();

    /** The rules of contacts. */
    private static final List<Rule> CONTACTS = List.of();

    /** The rules of forecasts and funnel analytics. */
    private static final List<Rule> FORECASTS = List.of();

    /** The rules of pipeline automations. */
    private static final List<Rule> AUTOMATIONS = List.of();

    /** The rules of manning. */
    private static final List<Rule> MANNING = List.of();

    /** The rules of onboarding and advancing. */
    private static final List<Rule> ONBOARDING = List.of(ONBOARDING_WORKFLOWS_COMPLETED_TASKS, ONBOARDING_TASKS_WORKFLOW_COMPLETED,
            ONBOARDING_TASKS_WAIVER_REASON_REQUIRED, ONBOARDING_TASKS_WAIVER_PERMISSION, ADVANCING_ITEMS_COST_CURRENCY);

    /** Every rule of the module. */
    public static final List<Rule> ALL = Stream.of(SALES, CONTACTS, FORECASTS, AUTOMATIONS, MANNING, ONBOARDING)
            .flatMap(List::stream).toList();

    private PipelineRules() {}
}
