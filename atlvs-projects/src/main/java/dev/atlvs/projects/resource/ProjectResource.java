package dev.atlvs.projects.resource;

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
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The planned use of a person, crew role, asset, vendor service or space on a project (or one of its
 * tasks) over a time window that ends after it starts. Confirmed bookings of one person or one serialized
 * asset never add up to more than 100% at any moment across the organization's projects: the database
 * refuses the booking that would, with a {@link dev.atlvs.core.error.ScheduleConflictException}.
 * {@link #plannedCost()} rolls into the project's cost forecast.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("project_resources")
public interface ProjectResource extends TenantEntity {

    Table<ProjectResource, ImmutableProjectResource.Builder> TABLE = ProjectResourceTable.TABLE;

    static ImmutableProjectResource.Builder builder() {
        return ImmutableProjectResource.builder();
    }

    /** The project; a booking never moves to another. */
    @Db.Fixed
    UUID projectId();

    /** The task of the same project the resource is for, if any. */
    Optional<UUID> taskId();

    @Db.Sortable
    ResourceType resourceType();

    /** The booked person, asset, vendor or space; absent while only the need is known. */
    Optional<UUID> resourceId();

    /** What is booked, as shown on the plan: "Rigging crew", "Genie S-65 boom lift". */
    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    @Db.Numeric(precision = 12, scale = 2)
    @Value.Default
    @Positive
    @Digits(integer = 10, fraction = 2)
    default BigDecimal quantity() {
        return new BigDecimal("1.00");
    }

    @Value.Default
    default ResourceUnit unit() {
        return ResourceUnit.EACH;
    }

    @Db.Sortable
    @NotNull
    Instant startAt();

    /** After {@link #startAt()}. */
    @Db.Sortable
    @NotNull
    Instant endAt();

    /** The share of the resource booked, above 0 and at most 100. */
    @Db.Numeric(precision = 5, scale = 2)
    @Value.Default
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    default BigDecimal allocationPct() {
        return new BigDecimal("100.00");
    }

    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> plannedCost();

    /** The ISO 4217 currency of the planned cost; required with it. */
    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    @Db.Sortable
    @Value.Default
    default ResourceStatus status() {
        return ResourceStatus.TENTATIVE;
    }

    /** Whether the booking's window overlaps {@code from} (inclusive) to {@code to} (exclusive). */
    default boolean overlaps(Instant from, Instant to) {
        return startAt().isBefore(to) && endAt().isAfter(from);
    }

    @Value.Check
    default void check() {
        Violations.of("ProjectResource")
                .require(endAt().isAfter(startAt()), dev.atlvs.projects.ProjectsRules.PROJECT_RESOURCES_END_AT_CHECK)
                .require(plannedCost().isEmpty() || currency().isPresent(), dev.atlvs.projects.ProjectsRules.PROJECT_RESOURCES_COST_CURRENCY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
