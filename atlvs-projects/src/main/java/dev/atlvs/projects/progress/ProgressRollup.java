package dev.atlvs.projects.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rolls task progress up to milestones and to the project, weighted by estimated hours.
 *
 * <p>Rules: cancelled tasks are left out; each remaining task weighs its estimated hours; when none of
 * the tasks being rolled up has an estimate, they weigh equally; a task without an estimate among tasks
 * that have one weighs the average estimate of those that do (so forgetting an estimate neither hides
 * nor inflates the task). The result is in percent, rounded half-up to two decimals; an empty set rolls
 * up to 0.
 *
 * <pre>{@code
 * BigDecimal project = ProgressRollup.of(workItems);                 // e.g. 62.50
 * Map<UUID, BigDecimal> milestones = ProgressRollup.byMilestone(workItems);
 * }</pre>
 */
public final class ProgressRollup {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProgressRollup() {}

    /** The weighted progress of {@code items}, 0 to 100. */
    public static BigDecimal of(Collection<WorkItem> items) {
        List<WorkItem> counted = items.stream().filter(item -> !item.cancelled()).toList();
        if (counted.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        List<BigDecimal> estimates = counted.stream()
                .map(item -> item.estimatedHours().filter(hours -> hours.signum() > 0).orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
        BigDecimal fallback = estimates.isEmpty()
                ? BigDecimal.ONE
                : estimates.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(estimates.size()), 10, RoundingMode.HALF_UP);
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (WorkItem item : counted) {
            BigDecimal weight = item.estimatedHours().filter(hours -> hours.signum() > 0).orElse(fallback);
            weighted = weighted.add(weight.multiply(item.progressPct()));
            total = total.add(weight);
        }
        return weighted.divide(total, 2, RoundingMode.HALF_UP);
    }

    /** The weighted progress of each milestone's tasks, keyed by milestone, in first-seen order. */
    public static Map<UUID, BigDecimal> byMilestone(Collection<WorkItem> items) {
        Map<UUID, List<WorkItem>> grouped = items.stream()
                .filter(item -> item.milestoneId().isPresent())
                .collect(Collectors.groupingBy(item -> item.milestoneId().get(), LinkedHashMap::new, Collectors.toList()));
        Map<UUID, BigDecimal> progress = new LinkedHashMap<>();
        grouped.forEach((milestone, tasks) -> progress.put(milestone, of(tasks)));
        return progress;
    }
}
