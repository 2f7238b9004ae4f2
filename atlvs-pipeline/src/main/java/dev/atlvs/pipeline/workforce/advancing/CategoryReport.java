package dev.atlvs.pipeline.workforce.advancing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One category of a {@link ChecklistReport}; amounts in the report's currency.
 *
 * @param category the category
 * @param counts the number of live items in each status (every status present, zero for none)
 * @param overdue the open (neither completed nor cancelled) items due before the report's day, by due date
 * @param estimated the estimated costs of the items that are not cancelled
 * @param actual the actual costs of the items that are not cancelled
 * @param settledEstimated the estimated costs of the items that have an actual cost (not cancelled)
 * @param variance {@code actual - settledEstimated}: what the items with an actual cost cost above (positive) or below
 *        (negative) their estimates
 */
public record CategoryReport(AdvancingCategory category, Map<AdvancingStatus, Integer> counts, List<AdvancingItem> overdue,
        BigDecimal estimated, BigDecimal actual, BigDecimal settledEstimated, BigDecimal variance) {

    public CategoryReport {
        requireNonNull(category, "category is null");
        counts = Map.copyOf(counts);
        overdue = List.copyOf(overdue);
        requireNonNull(estimated, "estimated is null");
        requireNonNull(actual, "actual is null");
        requireNonNull(settledEstimated, "settledEstimated is null");
        requireNonNull(variance, "variance is null");
    }

    /** The number of live items of the category. */
    public int items() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
