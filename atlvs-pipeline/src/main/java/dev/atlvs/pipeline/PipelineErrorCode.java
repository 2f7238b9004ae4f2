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

    /** An assignment would take a manning slot above its required count (or into a cancelled or deleted slot). */
    MANNING_SLOT_FULL(6500, ErrorCategory.CONFLICT),

    /** A manning slot's required count is to be cut below its live assignments, or the slot cancelled with some live. */
    MANNING_SLOT_FILLED(6501, ErrorCategory.CONFLICT),

    /** The person is committed elsewhere over the slot's shift (another project, leave, another crew shift). */
    MANNING_PERSON_UNAVAILABLE(6502, ErrorCategory.SCHEDULE_CONFLICT),

    /** The person is not active (inactive, on leave, terminated or deleted) and takes no crew assignment. */
    MANNING_PERSON_NOT_ASSIGNABLE(6503, ErrorCategory.CONFLICT),

    // --- Onboarding and advancing (6600-6799) ---

    // --- Lifecycles: sales (6900-6909) ---

    // --- Lifecycles: contacts (6910-6914) ---

    // --- Lifecycles: forecasts (6915-6919) ---

    // --- Lifecycles: automations (6920-6924) ---

    // --- Lifecycles: manning (6925-6929) ---

    /** A move of a manning slot's status that its lifecycle does not allow. */
    MANNING_SLOT_TRANSITION_INVALID(6925, ErrorCategory.CONFLICT),

    /** A move of a manning assignment's status that its lifecycle does not allow. */
    MANNING_ASSIGNMENT_TRANSITION_INVALID(6926, ErrorCategory.CONFLICT),

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
