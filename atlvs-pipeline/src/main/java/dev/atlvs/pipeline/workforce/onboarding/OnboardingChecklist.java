package dev.atlvs.pipeline.workforce.onboarding;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A workflow with its generated tasks, in checklist order.
 *
 * @param workflow the workflow as stored after its tasks (its progress derived)
 * @param tasks its tasks
 */
public record OnboardingChecklist(OnboardingWorkflow workflow, List<OnboardingTask> tasks) {

    public OnboardingChecklist {
        requireNonNull(workflow, "workflow is null");
        tasks = List.copyOf(tasks);
    }
}
