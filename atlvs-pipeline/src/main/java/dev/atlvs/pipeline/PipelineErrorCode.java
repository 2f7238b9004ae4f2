package dev.atlvs.pipeline;

import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.ErrorCode;

/**
 * Error codes of the pipeline module, numbered 6000-6999. Numbers are stable: never reuse or renumber one once
 * released.
 *
 * <p>Blocks: 6000-6199 pipelines, stages, deals, activities and conversions; 6200-6299 contacts; 6300-6399 forecasts
 * and funnel analytics; 6400-6499 pipeline automations; 6500-6599 manning; 6600-6799 onboarding and advancing;
 * 6900-6949 the status lifecycles (one {@code <AGGREGATE>_TRANSITION_INVALID} per aggregate with a
 * {@link dev.atlvs.core.lifecycle.Lifecycle}).
 */
public enum PipelineErrorCode implements ErrorCode {

    // --- Sales: pipelines, stages, deals, activities, conversions (6000-6199) ---

    /** A pipeline lacks its one won or its one lost stage at commit. */
    PIPELINE_OUTCOME_STAGES_MISSING(6000, ErrorCategory.VALIDATION),

    /** A won or lost stage carries another probability or forecast category than its outcome's, or a stage is both. */
    STAGE_OUTCOME_INVALID(6001, ErrorCategory.VALIDATION),

    /** A deal's status does not follow its stage: won exactly in the won stage, lost exactly in the lost stage. */
    DEAL_STATUS_NOT_OF_STAGE(6002, ErrorCategory.CONFLICT),

    /** A deal is lost without a reason. */
    DEAL_LOST_REASON_REQUIRED(6003, ErrorCategory.VALIDATION),

    /** A stage move is dated in the future or before the deal's previous move. */
    DEAL_MOVE_DATE_INVALID(6004, ErrorCategory.VALIDATION),

    /** A conversion fact or a stage-change activity is written by hand: only the database records a move. */
    MOVE_RECORDED_BY_DATABASE(6005, ErrorCategory.CONFLICT),

    /** A conversion fact is changed or removed. */
    CONVERSION_APPEND_ONLY(6006, ErrorCategory.CONFLICT),

    /** A deal is opened in, or moved into, an archived or deleted pipeline. */
    PIPELINE_ARCHIVED(6007, ErrorCategory.CONFLICT),

    /** A stage is moved between pipelines, or a stage of another pipeline is named. */
    STAGE_OF_ANOTHER_PIPELINE(6008, ErrorCategory.VALIDATION),

    /** A deal's value is given without its currency. */
    DEAL_VALUE_CURRENCY_REQUIRED(6009, ErrorCategory.VALIDATION),

    /** An activity's completion flag and time disagree, or its stage columns do not fit its type. */
    ACTIVITY_INVALID(6010, ErrorCategory.VALIDATION),

    /** A closed (won or lost) deal's activity is rescheduled, or a completed activity completed again. */
    ACTIVITY_NOT_OPEN(6011, ErrorCategory.CONFLICT),

    // --- Contacts (6200-6299) ---

    /** A deal with contacts has no primary contact, or two. */
    DEAL_PRIMARY_CONTACT_INVALID(6200, ErrorCategory.CONFLICT),

    // --- Forecasts and funnel analytics (6300-6399) ---

    /** The accuracy of a forecast snapshot is asked before its period is over. */
    FORECAST_PERIOD_NOT_OVER(6300, ErrorCategory.CONFLICT),

    /** A funnel or forecast is asked for over a range that ends before it starts, or spans too many periods. */
    FORECAST_RANGE_INVALID(6301, ErrorCategory.VALIDATION),

    /** The refresh of the materialized funnel failed (the connection's role does not own the reporting schema...). */
    REPORTING_REFRESH_FAILED(6302, ErrorCategory.CONFLICT),


    // --- Automations (6400-6499) ---

    // --- Manning (6500-6599) ---

    /** An assignment would take a manning slot above its required count (or into a cancelled or deleted slot). */
    MANNING_SLOT_FULL(6500, ErrorCategory.CONFLICT),

    /** A manning slot's required count is to be cut below its live assignments, or the slot cancelled with some live. */
    MANNING_SLOT_FILLED(6501, ErrorCategory.CONFLICT),

    /** The person is committed elsewhere over the slot's shift (another project, leave, another crew shift). */
    MANNING_PERSON_UNAVAILABLE(6502, ErrorCategory.SCHEDULE_CONFLICT),

    /** The person is not active (inactive, on leave, terminated or deleted) and takes no crew assignment. */
    MANNING_PERSON_NOT_ASSIGNABLE(6503, ErrorCategory.CONFLICT),

    // --- Onboarding and advancing (6600-6799) ---

    /** An onboarding workflow is completed only when every required task is done or waived. */
    ONBOARDING_TASKS_OPEN(6600, ErrorCategory.CONFLICT),

    /** A completed onboarding workflow's tasks stay done or waived until the workflow is reopened. */
    ONBOARDING_WORKFLOW_COMPLETED(6601, ErrorCategory.CONFLICT),

    // --- Lifecycles: sales (6900-6909) ---

    /** A deal's status move is not allowed: active and on hold move between each other and to won or lost, which are final. */
    DEAL_TRANSITION_INVALID(6900, ErrorCategory.CONFLICT),

    // --- Lifecycles: contacts (6910-6914) ---

    // --- Lifecycles: forecasts (6915-6919) ---

    // --- Lifecycles: automations (6920-6924) ---

    // --- Lifecycles: manning (6925-6929) ---

    /** A move of a manning slot's status that its lifecycle does not allow. */
    MANNING_SLOT_TRANSITION_INVALID(6925, ErrorCategory.CONFLICT),

    /** A move of a manning assignment's status that its lifecycle does not allow. */
    MANNING_ASSIGNMENT_TRANSITION_INVALID(6926, ErrorCategory.CONFLICT),

    // --- Lifecycles: onboarding and advancing (6930-6939) ---

    /** A move of an onboarding workflow that its lifecycle does not allow. */
    ONBOARDING_WORKFLOW_TRANSITION_INVALID(6930, ErrorCategory.CONFLICT),

    /** A move of an onboarding task that its lifecycle does not allow. */
    ONBOARDING_TASK_TRANSITION_INVALID(6931, ErrorCategory.CONFLICT),

    /** A move of an advancing item that its lifecycle does not allow. */
    ADVANCING_ITEM_TRANSITION_INVALID(6935, ErrorCategory.CONFLICT),

    ;

    private final int number;
    private final ErrorCategory category;

    PipelineErrorCode(int number, ErrorCategory category) {
        this.number = number;
        this.category = category;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
