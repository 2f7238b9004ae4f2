package dev.atlvs.projects.schedule;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.ProjectsErrorCode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A planned use of a resource (a person, crew role, asset, vendor service or space) on a project, or on
 * one of its tasks, for every calendar day from {@link #firstDay()} to {@link #lastDay()}, both inclusive,
 * at {@link #percent()} of the resource's capacity. Allocations stored with timestamps
 * ({@code project_resources.start_at/end_at}) are given here as the calendar dates they touch in the
 * project's time zone. Rejected when built, with every problem listed ({@link ValidationException},
 * {@link ProjectsErrorCode#ALLOCATION_INVALID}): a last day before the first (rule
 * {@code NotBeforeFirstDay}), a percentage below 0 ({@code DecimalMin}) or above 100 ({@code DecimalMax}).
 */
@Value.Immutable
@AtlvsStyle
public interface Allocation {

    static ImmutableAllocation.Builder builder() {
        return ImmutableAllocation.builder();
    }

    /** An allocation of {@code resourceId} to a project, without a task. */
    static Allocation of(UUID resourceId, UUID projectId, LocalDate firstDay, LocalDate lastDay, BigDecimal percent) {
        return builder().resourceId(resourceId).projectId(projectId).firstDay(firstDay).lastDay(lastDay).percent(percent).build();
    }

    /** The allocated resource: a person, asset, vendor, space or crew role id. */
    UUID resourceId();

    /** The project the resource is allocated to. */
    UUID projectId();

    /** The task the resource is allocated to, when the allocation is for one task. */
    Optional<UUID> taskId();

    /** The first day of the allocation. */
    LocalDate firstDay();

    /** The last day of the allocation, inclusive. */
    LocalDate lastDay();

    /** The share of the resource's capacity, 0 to 100 ({@code numeric(5,2)} in the database). */
    @DecimalMin("0")
    @DecimalMax("100")
    BigDecimal percent();

    /** Whether {@code date} lies within the allocation. */
    default boolean covers(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Value.Check
    default void check() {
        List<FieldViolation> violations = new ArrayList<>();
        if (lastDay().isBefore(firstDay())) {
            violations.add(new FieldViolation("lastDay", "NotBeforeFirstDay", "must not be before firstDay"));
        }
        if (percent().signum() < 0) {
            violations.add(new FieldViolation("percent", "DecimalMin", "must be at least 0"));
        }
        if (percent().compareTo(ResourceLoad.FULL_CAPACITY) > 0) {
            violations.add(new FieldViolation("percent", "DecimalMax", "must be at most 100"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(ProjectsErrorCode.ALLOCATION_INVALID, "Allocation", violations);
        }
    }
}
