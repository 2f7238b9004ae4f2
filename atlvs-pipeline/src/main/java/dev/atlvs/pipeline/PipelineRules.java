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

    /** At commit every pipeline has exactly one won stage and one lost stage (a deferred constraint trigger). */
    public static final Rule PIPELINE_STAGES_WON_AND_LOST = Rule.of("pipeline_stages_won_and_lost",
            PipelineErrorCode.PIPELINE_OUTCOME_STAGES_MISSING, "pipeline_stages", "isWon",
            "a pipeline has exactly one won stage and one lost stage");

    /** No stage is both the won and the lost stage. */
    public static final Rule PIPELINE_STAGES_OUTCOME_CHECK = Rule.of("pipeline_stages_outcome_check",
            PipelineErrorCode.STAGE_OUTCOME_INVALID, "pipeline_stages", "isLost", "a stage is not both won and lost");

    /**
     * A won stage has probability 100 and the forecast category closed, a lost stage probability 0 and the category
     * omitted, and only they are closed or omitted.
     */
    public static final Rule PIPELINE_STAGES_OUTCOME_VALUES = Rule.of("pipeline_stages_outcome_values",
            PipelineErrorCode.STAGE_OUTCOME_INVALID, "pipeline_stages", "probability",
            "a won stage has probability 100 and category closed, a lost stage probability 0 and category omitted, "
                    + "and an open stage neither");

    /** A deal's value carries its currency. */
    public static final Rule PIPELINE_OPPORTUNITIES_VALUE_CURRENCY_CHECK = Rule.of("pipeline_opportunities_value_currency_check",
            PipelineErrorCode.DEAL_VALUE_CURRENCY_REQUIRED, "pipeline_opportunities", "currency",
            "a deal's value needs its currency");

    /** A lost deal has a reason. */
    public static final Rule PIPELINE_OPPORTUNITIES_LOST_REASON = Rule.of("pipeline_opportunities_lost_reason",
            PipelineErrorCode.DEAL_LOST_REASON_REQUIRED, "pipeline_opportunities", "lostReason", "a lost deal needs a reason");

    /** A deal's show ends on or after the day it starts. */
    public static final Rule PIPELINE_OPPORTUNITIES_SHOW_DATES_CHECK = Rule.of("pipeline_opportunities_show_dates_check",
            VALIDATION_FAILED, "pipeline_opportunities", "endsOn", "the show ends on or after the day it starts");

    /** A deal is won exactly in the won stage, lost exactly in the lost stage, and active or on hold elsewhere. */
    public static final Rule PIPELINE_OPPORTUNITIES_STATUS_OF_STAGE = Rule.of("pipeline_opportunities_status_of_stage",
            PipelineErrorCode.DEAL_STATUS_NOT_OF_STAGE, "pipeline_opportunities", "status",
            "a deal is won exactly in the won stage and lost exactly in the lost stage");

    /** A won or lost deal moves no further (the rule of {@code DealStatus.LIFECYCLE}). */
    public static final Rule PIPELINE_OPPORTUNITIES_STATUS_TRANSITION = Rule.of("pipeline_opportunities_status_transition",
            PipelineErrorCode.DEAL_TRANSITION_INVALID, "pipeline_opportunities", "status", "a won or lost deal moves no further");

    /** A move is dated neither in the future nor before the deal's previous move. */
    public static final Rule PIPELINE_OPPORTUNITIES_STAGE_ENTERED_AT = Rule.of("pipeline_opportunities_stage_entered_at",
            PipelineErrorCode.DEAL_MOVE_DATE_INVALID, "pipeline_opportunities", "stageEnteredAt",
            "a move is dated neither in the future nor before the previous move");

    /** An activity is completed exactly when it has a completion time. */
    public static final Rule PIPELINE_ACTIVITIES_COMPLETED_CHECK = Rule.of("pipeline_activities_completed_check",
            PipelineErrorCode.ACTIVITY_INVALID, "pipeline_activities", "completedAt",
            "an activity is completed exactly when it has a completion time");

    /** A stage-change activity names the stage entered, and only stage changes name stages. */
    public static final Rule PIPELINE_ACTIVITIES_STAGE_CHANGE_CHECK = Rule.of("pipeline_activities_stage_change_check",
            PipelineErrorCode.ACTIVITY_INVALID, "pipeline_activities", "toStageId",
            "a stage change names the stage entered, and only stage changes name stages");

    /** Stage-change activities are written by the database when a deal moves, never by hand. */
    public static final Rule PIPELINE_ACTIVITIES_STAGE_CHANGE_BY_SYSTEM = Rule.of("pipeline_activities_stage_change_by_system",
            PipelineErrorCode.MOVE_RECORDED_BY_DATABASE, "pipeline_activities", "type",
            "stage changes are recorded by the database when a deal moves");

    /** Conversion facts are written by the database when a deal moves, never by hand. */
    public static final Rule PIPELINE_CONVERSIONS_STAGE_MOVE_ONLY = Rule.of("pipeline_conversions_stage_move_only",
            PipelineErrorCode.MOVE_RECORDED_BY_DATABASE, "pipeline_conversions", "toStageId",
            "conversion facts are written by the database when a deal moves");

    /** Conversion facts are never changed or removed. */
    public static final Rule PIPELINE_CONVERSIONS_APPEND_ONLY = Rule.of("pipeline_conversions_append_only",
            PipelineErrorCode.CONVERSION_APPEND_ONLY, "pipeline_conversions", "toStageId",
            "conversion facts are never changed or removed");

    // --- contacts ---

    /** A deal has at most one primary contact at any time (a partial unique index). */
    public static final Rule OPPORTUNITY_CONTACTS_ONE_PRIMARY = Rule.of("opportunity_contacts_one_primary",
            PipelineErrorCode.DEAL_PRIMARY_CONTACT_INVALID, "opportunity_contacts", "isPrimary",
            "a deal has one primary contact");

    /** At commit a deal with contacts has a primary contact (a deferred constraint trigger). */
    public static final Rule OPPORTUNITY_CONTACTS_PRIMARY_REQUIRED = Rule.of("opportunity_contacts_primary_required",
            PipelineErrorCode.DEAL_PRIMARY_CONTACT_INVALID, "opportunity_contacts", "isPrimary",
            "a deal with contacts has exactly one primary contact");

    // --- forecasts ---

    /** A forecast snapshot's period ends on or after its start. */
    public static final Rule PIPELINE_FORECASTS_PERIOD_CHECK = Rule.of("pipeline_forecasts_period_check", VALIDATION_FAILED,
            "pipeline_forecasts", "periodEnd", "must not be before the period's start");

    /** A forecast snapshot's figures never change once written; only its notes may. */
    public static final Rule PIPELINE_FORECASTS_IMMUTABLE = Rule.of("pipeline_forecasts_immutable", RULE_VIOLATED,
            "pipeline_forecasts", "weightedValue", "a forecast snapshot's figures never change once written; only its notes may");

    // --- automations ---

    // --- manning ---

    /** A manning slot's shift ends after it starts. */
    public static final Rule MANNING_SLOTS_ENDS_AT_CHECK = Rule.of("manning_slots_ends_at_check", VALIDATION_FAILED,
            "manning_slots", "endsAt", "must be after the start of the shift");

    /** A slot keeps room for its live assignments: required count not below them, not cancelled while any is live. */
    public static final Rule MANNING_SLOTS_REQUIRED_COVERS_FILLED = Rule.of("manning_slots_required_covers_filled",
            PipelineErrorCode.MANNING_SLOT_FILLED, "manning_slots", "requiredCount",
            "a slot keeps room for its live assignments: its required count is not cut below them and it is not cancelled while any is live");

    /** A slot takes no more live assignments than its required count; a cancelled or deleted slot takes none. */
    public static final Rule MANNING_ASSIGNMENTS_WITHIN_REQUIRED = Rule.of("manning_assignments_within_required",
            PipelineErrorCode.MANNING_SLOT_FULL, "manning_assignments", "slotId",
            "a slot takes no more live assignments than its required count");

    /** Only an active person of the directory is assigned to crew. */
    public static final Rule MANNING_ASSIGNMENTS_PERSON_ASSIGNABLE = Rule.of("manning_assignments_person_assignable",
            PipelineErrorCode.MANNING_PERSON_NOT_ASSIGNABLE, "manning_assignments", "personId",
            "only an active person of the directory is assigned to crew");

    /** An assigned or confirmed person is free over the shift: no other project's commitment, leave or crew shift. */
    public static final Rule MANNING_ASSIGNMENTS_PERSON_AVAILABLE = Rule.of("manning_assignments_person_available",
            PipelineErrorCode.MANNING_PERSON_UNAVAILABLE, "manning_assignments", "personId",
            "the person is not free over the shift");

    /** An assignment's status moves along its lifecycle only. */
    public static final Rule MANNING_ASSIGNMENTS_STATUS_TRANSITION = Rule.of("manning_assignments_status_transition",
            PipelineErrorCode.MANNING_ASSIGNMENT_TRANSITION_INVALID, "manning_assignments", "status",
            "an assignment moves assigned, then confirmed, declined or cancelled, and a confirmed one completed or cancelled");

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
    private static final List<Rule> SALES = List.of(PIPELINE_STAGES_WON_AND_LOST, PIPELINE_STAGES_OUTCOME_CHECK,
            PIPELINE_STAGES_OUTCOME_VALUES, PIPELINE_OPPORTUNITIES_VALUE_CURRENCY_CHECK, PIPELINE_OPPORTUNITIES_LOST_REASON,
            PIPELINE_OPPORTUNITIES_SHOW_DATES_CHECK, PIPELINE_OPPORTUNITIES_STATUS_OF_STAGE,
            PIPELINE_OPPORTUNITIES_STATUS_TRANSITION, PIPELINE_OPPORTUNITIES_STAGE_ENTERED_AT, PIPELINE_ACTIVITIES_COMPLETED_CHECK,
            PIPELINE_ACTIVITIES_STAGE_CHANGE_CHECK, PIPELINE_ACTIVITIES_STAGE_CHANGE_BY_SYSTEM, PIPELINE_CONVERSIONS_STAGE_MOVE_ONLY,
            PIPELINE_CONVERSIONS_APPEND_ONLY);

    /** The rules of contacts. */
    private static final List<Rule> CONTACTS = List.of(OPPORTUNITY_CONTACTS_ONE_PRIMARY,
            OPPORTUNITY_CONTACTS_PRIMARY_REQUIRED);

    /** The rules of forecasts and funnel analytics. */
    private static final List<Rule> FORECASTS = List.of(PIPELINE_FORECASTS_PERIOD_CHECK, PIPELINE_FORECASTS_IMMUTABLE);

    /** The rules of pipeline automations. */
    private static final List<Rule> AUTOMATIONS = List.of();

    /** The rules of manning. */
    private static final List<Rule> MANNING = List.of(MANNING_SLOTS_ENDS_AT_CHECK, MANNING_SLOTS_REQUIRED_COVERS_FILLED,
            MANNING_ASSIGNMENTS_WITHIN_REQUIRED, MANNING_ASSIGNMENTS_PERSON_ASSIGNABLE, MANNING_ASSIGNMENTS_PERSON_AVAILABLE,
            MANNING_ASSIGNMENTS_STATUS_TRANSITION);

    /** The rules of onboarding and advancing. */
    private static final List<Rule> ONBOARDING = List.of(ONBOARDING_WORKFLOWS_COMPLETED_TASKS, ONBOARDING_TASKS_WORKFLOW_COMPLETED,
            ONBOARDING_TASKS_WAIVER_REASON_REQUIRED, ONBOARDING_TASKS_WAIVER_PERMISSION, ADVANCING_ITEMS_COST_CURRENCY);

    /** Every rule of the module. */
    public static final List<Rule> ALL = Stream.of(SALES, CONTACTS, FORECASTS, AUTOMATIONS, MANNING, ONBOARDING)
            .flatMap(List::stream).toList();

    private PipelineRules() {}
}
