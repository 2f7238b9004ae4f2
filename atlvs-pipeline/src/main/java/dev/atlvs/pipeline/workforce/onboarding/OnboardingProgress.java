package dev.atlvs.pipeline.workforce.onboarding;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Where one onboarding workflow stands: its required tasks and how many of them are done or waived (the database's
 * {@link OnboardingWorkflow#progressPct()}), all its tasks, and its pending tasks past their due date.
 *
 * @param workflowId the workflow
 * @param personId the person onboarded
 * @param projectId the project
 * @param roleName the role's name
 * @param status the workflow's status
 * @param dueDate the workflow's due date, when it has one
 * @param required the number of required tasks
 * @param requiredFulfilled of those, the number done or waived
 * @param tasks the number of tasks
 * @param done the number of tasks done
 * @param waived the number of tasks waived
 * @param overdue the number of pending tasks due before the day the progress is read on
 * @param progressPct the share of the required tasks done or waived, 0 to 100 (100 without required tasks)
 */
public record OnboardingProgress(UUID workflowId, UUID personId, UUID projectId, String roleName, WorkflowStatus status,
        Optional<LocalDate> dueDate, int required, int requiredFulfilled, int tasks, int done, int waived, int overdue,
        BigDecimal progressPct) {

    public OnboardingProgress {
        requireNonNull(workflowId, "workflowId is null");
        requireNonNull(personId, "personId is null");
        requireNonNull(projectId, "projectId is null");
        requireNonNull(roleName, "roleName is null");
        requireNonNull(status, "status is null");
        requireNonNull(dueDate, "dueDate is null");
        requireNonNull(progressPct, "progressPct is null");
    }

    /** Whether every required task is done or waived. */
    public boolean ready() {
        return requiredFulfilled == required;
    }
}
