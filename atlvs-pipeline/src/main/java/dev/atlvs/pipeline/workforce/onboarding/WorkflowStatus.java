package dev.atlvs.pipeline.workforce.onboarding;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.pipeline.PipelineErrorCode;

/**
 * The lifecycle of an onboarding workflow: it starts not started, is in progress once work on it begins, is completed
 * when every required task is done or waived (the database holds that: {@code onboarding_workflows_completed_tasks}),
 * and may be reopened (back to in progress) after completion; it is cancelled from any state but completed, and a
 * cancelled workflow is final (the person's next workflow on the project is a new one).
 */
public enum WorkflowStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** The transition table; a refused move is {@link PipelineErrorCode#ONBOARDING_WORKFLOW_TRANSITION_INVALID}. */
    public static final Lifecycle<OnboardingWorkflow, WorkflowStatus> LIFECYCLE = Lifecycle.of(WorkflowStatus.class, OnboardingWorkflow::status)
            .entity("onboarding workflow").table("onboarding_workflows").code(PipelineErrorCode.ONBOARDING_WORKFLOW_TRANSITION_INVALID)
            .initial(NOT_STARTED)
            .allow(NOT_STARTED, IN_PROGRESS, COMPLETED, CANCELLED)
            .allow(IN_PROGRESS, COMPLETED, CANCELLED)
            .allow(COMPLETED, IN_PROGRESS)
            .build();

    /** Whether the workflow counts: not cancelled. */
    public boolean live() {
        return this != CANCELLED;
    }
}
