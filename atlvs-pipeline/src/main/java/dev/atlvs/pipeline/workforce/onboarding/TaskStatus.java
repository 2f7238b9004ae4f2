package dev.atlvs.pipeline.workforce.onboarding;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.pipeline.PipelineErrorCode;

/**
 * The lifecycle of an onboarding task: pending until it is done or waived, and reopened (back to pending) from either,
 * unless its workflow is completed ({@code onboarding_tasks_workflow_completed}). Waiving a required task needs a
 * reason and {@code pipeline.onboarding.approve}.
 */
public enum TaskStatus {
    PENDING, DONE, WAIVED;

    /** The transition table; a refused move is {@link PipelineErrorCode#ONBOARDING_TASK_TRANSITION_INVALID}. */
    public static final Lifecycle<OnboardingTask, TaskStatus> LIFECYCLE = Lifecycle.of(TaskStatus.class, OnboardingTask::status)
            .entity("onboarding task").table("onboarding_tasks").code(PipelineErrorCode.ONBOARDING_TASK_TRANSITION_INVALID)
            .initial(PENDING)
            .allow(PENDING, DONE, WAIVED)
            .allow(DONE, PENDING)
            .allow(WAIVED, PENDING)
            .build();
}
