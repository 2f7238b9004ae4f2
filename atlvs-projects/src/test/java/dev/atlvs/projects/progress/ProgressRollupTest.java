package dev.atlvs.projects.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressRollupTest {

    @Test
    void progressIsWeightedByEstimatedHours() {
        // 8 h at 100 % and 24 h at 0 %: 8 / 32 = 25 %
        List<WorkItem> items = List.of(item(8, 100), item(24, 0));

        assertThat(ProgressRollup.of(items)).isEqualByComparingTo("25.00");
    }

    @Test
    void cancelledTasksCountForNothing() {
        List<WorkItem> items = List.of(item(10, 100), new WorkItem(UUID.randomUUID(), hours(90), pct(0), true, Optional.empty()));

        assertThat(ProgressRollup.of(items)).isEqualByComparingTo("100.00");
    }

    @Test
    void tasksWithoutEstimatesWeighEquallyWhenNoneHasOne() {
        List<WorkItem> items = List.of(unestimated(100), unestimated(0), unestimated(50));

        assertThat(ProgressRollup.of(items)).isEqualByComparingTo("50.00");
    }

    @Test
    void aTaskWithoutAnEstimateWeighsTheAverageOfTheOthers() {
        // estimates 10 and 30 average 20: (10*100 + 30*0 + 20*50) / 60 = 33.33
        List<WorkItem> items = List.of(item(10, 100), item(30, 0), unestimated(50));

        assertThat(ProgressRollup.of(items)).isEqualByComparingTo("33.33");
    }

    @Test
    void nothingToRollUpIsZero() {
        assertThat(ProgressRollup.of(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void milestonesRollUpTheirOwnTasks() {
        UUID loadIn = UUID.randomUUID();
        UUID showDay = UUID.randomUUID();
        List<WorkItem> items = List.of(
                new WorkItem(UUID.randomUUID(), hours(4), pct(100), false, Optional.of(loadIn)),
                new WorkItem(UUID.randomUUID(), hours(12), pct(50), false, Optional.of(loadIn)),
                new WorkItem(UUID.randomUUID(), hours(6), pct(0), false, Optional.of(showDay)),
                item(100, 100));

        Map<UUID, BigDecimal> byMilestone = ProgressRollup.byMilestone(items);

        assertThat(byMilestone).containsOnlyKeys(loadIn, showDay);
        assertThat(byMilestone.get(loadIn)).isEqualByComparingTo("62.50");
        assertThat(byMilestone.get(showDay)).isEqualByComparingTo("0.00");
    }

    @Test
    void progressOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> item(1, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkItem(UUID.randomUUID(), hours(-1), pct(0), false, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @PropertyTest
    void theRollupLiesBetweenTheLeastAndMostProgressedTask(Gen gen) {
        List<Integer> progress = gen.listOf(1, 30, () -> gen.intBetween(0, 100));
        List<Integer> estimates = gen.listOf(30, 30, () -> gen.intBetween(0, 200));
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < progress.size(); i++) {
            items.add(estimates.get(i) == 0 ? unestimated(progress.get(i)) : item(estimates.get(i), progress.get(i)));
        }

        BigDecimal rollup = ProgressRollup.of(items);

        int least = progress.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int most = progress.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(rollup).isBetween(BigDecimal.valueOf(least), BigDecimal.valueOf(most));
    }

    private static WorkItem item(int hours, int progress) {
        return new WorkItem(UUID.randomUUID(), hours(hours), pct(progress), false, Optional.empty());
    }

    private static WorkItem unestimated(int progress) {
        return new WorkItem(UUID.randomUUID(), Optional.empty(), pct(progress), false, Optional.empty());
    }

    private static Optional<BigDecimal> hours(int hours) {
        return Optional.of(BigDecimal.valueOf(hours));
    }

    private static BigDecimal pct(int value) {
        return BigDecimal.valueOf(value);
    }
}
