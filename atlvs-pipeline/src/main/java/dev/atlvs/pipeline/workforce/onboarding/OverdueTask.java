package dev.atlvs.pipeline.workforce.onboarding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A pending onboarding task past its due date.
 *
 * @param taskId the task
 * @param workflowId its workflow
 * @param personId the person onboarded
 * @param category the task's category
 * @param title the task's title
 * @param isRequired whether the task is required
 * @param dueDate its due date
 * @param daysOverdue the days from the due date to the day the report is read on
 * @param assigneeId the user who sees it through, when there is one
 */
public record OverdueTask(UUID taskId, UUID workflowId, UUID personId, TaskCategory category, String title, boolean isRequired,
        LocalDate dueDate, long daysOverdue, Optional<UUID> assigneeId) {

    public OverdueTask {
        requireNonNull(taskId, "taskId is null");
        requireNonNull(workflowId, "workflowId is null");
        requireNonNull(personId, "personId is null");
        requireNonNull(category, "category is null");
        requireNonNull(title, "title is null");
        requireNonNull(dueDate, "dueDate is null");
        requireNonNull(assigneeId, "assigneeId is null");
    }
}
