package dev.atlvs.pipeline.workforce.onboarding;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.pipeline.PipelineRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One item of an {@link OnboardingWorkflow}'s checklist: its {@link #category()}, whether it {@linkplain #isRequired() is
 * required}, its status along {@link TaskStatus#LIFECYCLE} (pending, done, waived), due date and assignee (a user). The
 * database stamps {@link #completedAt()} and {@link #completedBy()}. A required task is waived with a
 * {@linkplain #waiverReason() reason} (rule {@code onboarding_tasks_waiver_reason_required}) by a holder of
 * {@code pipeline.onboarding.approve} (rule {@code onboarding_tasks_waiver_permission}); a completed workflow's tasks do
 * not go back to pending (rule {@code onboarding_tasks_workflow_completed}).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("onboarding_tasks")
public interface OnboardingTask extends TenantEntity {

    Table<OnboardingTask, ImmutableOnboardingTask.Builder> TABLE = OnboardingTaskTable.TABLE;

    static ImmutableOnboardingTask.Builder builder() {
        return ImmutableOnboardingTask.builder();
    }

    /** The workflow; a task never moves to another. */
    @Db.Fixed
    @NotNull
    UUID workflowId();

    @NotNull
    TaskCategory category();

    @NotBlank
    @Size(max = 200)
    String title();

    Optional<@Size(max = 4000) String> description();

    @Value.Default
    default boolean isRequired() {
        return true;
    }

    @Value.Default
    default TaskStatus status() {
        return TaskStatus.PENDING;
    }

    Optional<LocalDate> dueDate();

    /** The user who sees the task through. */
    Optional<UUID> assigneeId();

    /** When the task was done or waived (set by the database). */
    Optional<Instant> completedAt();

    /** Who marked the task done or waived it (set by the database). */
    Optional<UUID> completedBy();

    /** Why a task was waived; required to waive a required task. */
    @Db.Sensitive
    Optional<@NonBlank @Size(max = 2000) String> waiverReason();

    @Db.Sortable
    @Value.Default
    @PositiveOrZero
    default int sortOrder() {
        return 0;
    }

    /** Whether the task counts as fulfilled: done or waived. */
    default boolean fulfilled() {
        return status() != TaskStatus.PENDING;
    }

    @Value.Check
    default void check() {
        Violations.of("OnboardingTask")
                .require(status() != TaskStatus.WAIVED || !isRequired() || waiverReason().isPresent(),
                        PipelineRules.ONBOARDING_TASKS_WAIVER_REASON_REQUIRED)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
