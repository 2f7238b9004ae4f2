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
    /** An automation's stage move names a stage that is not of the deal's pipeline. */
    AUTOMATION_STAGE_NOT_OF_PIPELINE(6400, ErrorCategory.VALIDATION),

    // --- Manning (6500-6599) ---

    // --- Onboarding and advancing (6600-6799) ---

    // --- Lifecycles: sales (6900-6909) ---

    // --- Lifecycles: contacts (6910-6914) ---

    // --- Lifecycles: forecasts (6915-6919) ---

    // --- Lifecycles: automations (6920-6924) ---

    // --- Lifecycles: manning (6925-6929) ---

    // --- Lifecycles: onboarding and advancing (6930-6939) ---

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
