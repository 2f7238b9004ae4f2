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

    // --- Contacts (6200-6299) ---

    // --- Forecasts and funnel analytics (6300-6399) ---

    // --- Automations (6400-6499) ---

    // --- Manning (6500-6599) ---

    // --- Onboarding and advancing (6600-6799) ---

    /** An onboarding workflow is completed only when every required task is done or waived. */
    ONBOARDING_TASKS_OPEN(6600, ErrorCategory.CONFLICT),

    /** A completed onboarding workflow's tasks stay done or waived until the workflow is reopened. */
    ONBOARDING_WORKFLOW_COMPLETED(6601, ErrorCategory.CONFLICT),

    // --- Lifecycles: sales (6900-6909) ---

    // --- Lifecycles: contacts (6910-6914) ---

    // --- Lifecycles: forecasts (6915-6919) ---

    // --- Lifecycles: automations (6920-6924) ---

    // --- Lifecycles: manning (6925-6929) ---

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
