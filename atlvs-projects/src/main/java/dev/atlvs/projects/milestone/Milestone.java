package dev.atlvs.projects.milestone;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A dated checkpoint of a project: contract signed, load-in complete, show day, settlement. A payment
 * milestone may carry the {@link #amount()} it releases (only a payment milestone does). Its status is
 * derived, not stored: see {@link #status(LocalDate)}. Complete it through {@link MilestoneService}, which
 * requires the tasks counting towards it to be done unless the completion is forced with a reason.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("project_milestones")
public interface Milestone extends TenantEntity {

    Table<Milestone, ImmutableMilestone.Builder> TABLE = MilestoneTable.TABLE;

    static ImmutableMilestone.Builder builder() {
        return ImmutableMilestone.builder();
    }

    /** The project; a milestone never moves to another. */
    @Db.Fixed
    UUID projectId();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String title();

    Optional<@Size(max = 10_000) String> description();

    @Db.Sortable
    @Value.Default
    default MilestoneType type() {
        return MilestoneType.MILESTONE;
    }

    @Db.Sortable
    @NotNull
    LocalDate dueDate();

    /** When the milestone was reached. */
    Optional<Instant> completedAt();

    /** Whether reaching the milestone releases a payment. */
    @Value.Default
    default boolean isPaymentMilestone() {
        return false;
    }

    /** The payment released; only a payment milestone has one, always with its currency. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> amount();

    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** Derived: the share of the milestone's tasks that are done, 0 to 100. */
    @Db.Numeric(precision = 5, scale = 2)
    @Value.Default
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    default BigDecimal progressPct() {
        return new BigDecimal("0.00");
    }

    /**
     * The milestone's status on {@code today}: {@link MilestoneStatus#COMPLETED} once completed,
     * {@link MilestoneStatus#OVERDUE} when its due date is before {@code today}, {@link MilestoneStatus#PENDING}
     * otherwise (a milestone due today is still pending).
     */
    default MilestoneStatus status(LocalDate today) {
        if (completedAt().isPresent()) {
            return MilestoneStatus.COMPLETED;
        }
        return dueDate().isBefore(today) ? MilestoneStatus.OVERDUE : MilestoneStatus.PENDING;
    }

    /** The milestone's status today by {@code clock} (in the clock's zone). */
    default MilestoneStatus status(Clock clock) {
        return status(LocalDate.now(clock));
    }

    @Value.Check
    default void check() {
        Violations.of("Milestone")
                .require(isPaymentMilestone() || amount().isEmpty(), dev.atlvs.projects.ProjectsRules.PROJECT_MILESTONES_PAYMENT_AMOUNT_CHECK)
                .require(amount().isPresent() == currency().isPresent(), dev.atlvs.projects.ProjectsRules.PROJECT_MILESTONES_AMOUNT_CURRENCY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
