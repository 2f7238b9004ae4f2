package dev.atlvs.pipeline.workforce.onboarding;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The onboarding of one {@linkplain #personId() person} onto one {@linkplain #projectId() project} in a role: a checklist
 * of {@link OnboardingTask}s. The database derives {@link #progressPct()} (the share of the required tasks that are done
 * or waived; 100 without required tasks) whatever is written, completes the workflow only when every required task is
 * done or waived (rule {@code onboarding_workflows_completed_tasks}) and stamps {@link #completedAt()}. A person has one
 * live (not cancelled) workflow per project. It moves along {@link WorkflowStatus#LIFECYCLE}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("onboarding_workflows")
public interface OnboardingWorkflow extends TenantEntity {

    Table<OnboardingWorkflow, ImmutableOnboardingWorkflow.Builder> TABLE = OnboardingWorkflowTable.TABLE;

    static ImmutableOnboardingWorkflow.Builder builder() {
        return ImmutableOnboardingWorkflow.builder();
    }

    /** The person onboarded (people module); a workflow never moves to another. */
    @Db.Fixed
    @Db.Sensitive
    @NotNull
    UUID personId();

    /** The project; a workflow never moves to another. */
    @Db.Fixed
    @NotNull
    UUID projectId();

    /** The crew role of the people module the person is onboarded for, when it is one of the directory's. */
    Optional<UUID> crewRoleId();

    /** The role's name as the checklist shows it. */
    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String roleName();

    @Value.Default
    default WorkflowStatus status() {
        return WorkflowStatus.NOT_STARTED;
    }

    Optional<LocalDate> dueDate();

    /** Derived by the database: the share of the required tasks that are done or waived, 0 to 100. */
    @Db.Numeric(precision = 5, scale = 2)
    @Value.Default
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    default BigDecimal progressPct() {
        return new BigDecimal("0.00");
    }

    /** When the workflow was completed (set by the database). */
    Optional<Instant> completedAt();

    @Db.Sensitive
    Optional<@Size(max = 4000) String> notes();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
