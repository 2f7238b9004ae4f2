package dev.atlvs.projects.resource;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
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
public interface ProjectResource extends TenantEntity {

    Table<ProjectResource, ImmutableProjectResource.Builder> TABLE = Table
            .tenant("project_resources", ProjectResource.class, ImmutableProjectResource::builder, ImmutableProjectResource.Builder::build)
            .column("project_id", ColumnType.UUID_TYPE, ProjectResource::projectId, ImmutableProjectResource.Builder::projectId).fixed()
            .optional("task_id", ColumnType.UUID_TYPE, ProjectResource::taskId, ImmutableProjectResource.Builder::taskId)
            .column("resource_type", ColumnType.enumeration(ResourceType.class), ProjectResource::resourceType,
                    ImmutableProjectResource.Builder::resourceType).sortable()
            .optional("resource_id", ColumnType.UUID_TYPE, ProjectResource::resourceId, ImmutableProjectResource.Builder::resourceId)
            .column("name", ColumnType.TEXT, ProjectResource::name, ImmutableProjectResource.Builder::name).sortable()
            .column("quantity", ColumnType.numeric(12, 2), ProjectResource::quantity, ImmutableProjectResource.Builder::quantity)
            .column("unit", ColumnType.enumeration(ResourceUnit.class), ProjectResource::unit, ImmutableProjectResource.Builder::unit)
            .column("start_at", ColumnType.TIMESTAMPTZ, ProjectResource::startAt, ImmutableProjectResource.Builder::startAt).sortable()
            .column("end_at", ColumnType.TIMESTAMPTZ, ProjectResource::endAt, ImmutableProjectResource.Builder::endAt).sortable()
            .column("allocation_pct", ColumnType.numeric(5, 2), ProjectResource::allocationPct, ImmutableProjectResource.Builder::allocationPct)
            .optional("planned_cost", ColumnType.numeric(19, 4), ProjectResource::plannedCost, ImmutableProjectResource.Builder::plannedCost)
            .optional("currency", ColumnType.character(3), ProjectResource::currency, ImmutableProjectResource.Builder::currency)
            .column("status", ColumnType.enumeration(ResourceStatus.class), ProjectResource::status, ImmutableProjectResource.Builder::status)
            .sortable()
            .build();

    static ImmutableProjectResource.Builder builder() {
        return ImmutableProjectResource.builder();
    }

    /** The project; a booking never moves to another. */
    UUID projectId();

    /** The task of the same project the resource is for, if any. */
    Optional<UUID> taskId();

    ResourceType resourceType();

    /** The booked person, asset, vendor or space; absent while only the need is known. */
    Optional<UUID> resourceId();

    /** What is booked, as shown on the plan: "Rigging crew", "Genie S-65 boom lift". */
    @NotBlank
    @Size(max = 200)
    String name();

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

    @NotNull
    Instant startAt();

    /** After {@link #startAt()}. */
    @NotNull
    Instant endAt();

    /** The share of the resource booked, above 0 and at most 100. */
    @Value.Default
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    default BigDecimal allocationPct() {
        return new BigDecimal("100.00");
    }

    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> plannedCost();

    /** The ISO 4217 currency of the planned cost; required with it. */
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

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
