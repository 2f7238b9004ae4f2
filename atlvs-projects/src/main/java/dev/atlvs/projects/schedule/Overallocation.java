package dev.atlvs.projects.schedule;

import dev.atlvs.core.AtlvsStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One day on which a resource's allocations add up to more than 100 % of its capacity, with the
 * allocations that cover that day (in the order they were given to {@link ResourceLoad}).
 */
@Value.Immutable
@AtlvsStyle
public interface Overallocation {

    static ImmutableOverallocation.Builder builder() {
        return ImmutableOverallocation.builder();
    }

    /** The over-allocated resource. */
    UUID resourceId();

    /** The day. */
    LocalDate date();

    /** The sum of the {@link Allocation#percent() percentages} of {@link #allocations()}; above 100. */
    BigDecimal totalPercent();

    /** Every allocation of the resource that covers {@link #date()}. */
    List<Allocation> allocations();
}
