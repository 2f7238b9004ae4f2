package dev.atlvs.projects.schedule;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The daily load of resources from their {@link Allocation allocations}, across projects, and the days
 * on which a resource is over-allocated: the percentages of the allocations covering that day add up to
 * more than 100 (exactly 100 is fully, not over-, allocated). Every calendar day counts, weekends and
 * holidays included, because live events work them; restrict the range with
 * {@link #overallocations(LocalDate, LocalDate)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ResourceLoad load = ResourceLoad.of(allocations);
 * for (Overallocation day : load.overallocations(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31))) {
 *     warn(day.resourceId(), day.date(), day.totalPercent(), day.allocations());
 * }
 * }</pre>
 */
public final class ResourceLoad {
    /** 100 %: the capacity of a resource. */
    public static final BigDecimal FULL_CAPACITY = BigDecimal.valueOf(100);

    private final List<Allocation> allocations;
    private final Map<UUID, List<Allocation>> byResource;

    private ResourceLoad(List<Allocation> allocations) {
        this.allocations = allocations;
        Map<UUID, List<Allocation>> grouped = new LinkedHashMap<>();
        for (Allocation allocation : allocations) {
            grouped.computeIfAbsent(allocation.resourceId(), id -> new ArrayList<>()).add(allocation);
        }
        this.byResource = grouped;
    }

    /** The load of {@code allocations}. */
    public static ResourceLoad of(Collection<Allocation> allocations) {
        return new ResourceLoad(List.copyOf(requireNonNull(allocations, "allocations is null")));
    }

    /** The allocations, in the order given. */
    public List<Allocation> allocations() {
        return allocations;
    }

    /**
     * Every over-allocated day of every resource: ordered by resource (in the order each resource first
     * appears among the allocations), then by date.
     */
    public List<Overallocation> overallocations() {
        return overallocations(LocalDate.MIN, LocalDate.MAX);
    }

    /** The over-allocated days from {@code first} to {@code last}, both inclusive, ordered as {@link #overallocations()}. */
    public List<Overallocation> overallocations(LocalDate first, LocalDate last) {
        requireNonNull(first, "first is null");
        requireNonNull(last, "last is null");
        List<Overallocation> result = new ArrayList<>();
        for (Map.Entry<UUID, List<Allocation>> resource : byResource.entrySet()) {
            // The set of covering allocations only changes on a first day or the day after a last day.
            TreeSet<LocalDate> changes = new TreeSet<>();
            for (Allocation allocation : resource.getValue()) {
                LocalDate from = max(allocation.firstDay(), first);
                LocalDate to = min(allocation.lastDay(), last);
                if (!to.isBefore(from)) {
                    changes.add(from);
                    if (to.isBefore(LocalDate.MAX)) {
                        changes.add(to.plusDays(1));
                    }
                }
            }
            for (LocalDate from : changes) {
                LocalDate next = changes.higher(from);
                LocalDate to = next == null ? from : next.minusDays(1);
                List<Allocation> covering = covering(resource.getValue(), from);
                BigDecimal total = total(covering);
                if (total.compareTo(FULL_CAPACITY) > 0) {
                    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                        result.add(Overallocation.builder().resourceId(resource.getKey()).date(day).totalPercent(total).allocations(covering).build());
                        if (day.equals(LocalDate.MAX)) {
                            break;
                        }
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    /** The sum of the percentages of {@code resourceId}'s allocations covering {@code date}; 0 when none does. */
    public BigDecimal loadOn(UUID resourceId, LocalDate date) {
        return total(allocationsOn(resourceId, date));
    }

    /** The allocations of {@code resourceId} that cover {@code date}, in the order given. */
    public List<Allocation> allocationsOn(UUID resourceId, LocalDate date) {
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(date, "date is null");
        return covering(byResource.getOrDefault(resourceId, List.of()), date);
    }

    private static List<Allocation> covering(List<Allocation> allocations, LocalDate date) {
        return allocations.stream().filter(allocation -> allocation.covers(date)).toList();
    }

    private static BigDecimal total(List<Allocation> allocations) {
        return allocations.stream().map(Allocation::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
