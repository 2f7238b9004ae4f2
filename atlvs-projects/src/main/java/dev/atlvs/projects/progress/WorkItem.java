package dev.atlvs.projects.progress;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * What progress rollup needs of a task: its weight (estimated hours; absent or zero when unknown), its
 * progress in percent, whether it is cancelled (cancelled work counts for nothing), and the milestone it
 * belongs to, if any.
 */
public record WorkItem(UUID taskId, Optional<BigDecimal> estimatedHours, BigDecimal progressPct, boolean cancelled,
        Optional<UUID> milestoneId) {

    public WorkItem {
        requireNonNull(taskId, "taskId is null");
        requireNonNull(estimatedHours, "estimatedHours is null");
        requireNonNull(progressPct, "progressPct is null");
        requireNonNull(milestoneId, "milestoneId is null");
        if (estimatedHours.isPresent() && estimatedHours.get().signum() < 0) {
            throw new IllegalArgumentException("estimated hours must not be negative");
        }
        if (progressPct.signum() < 0 || progressPct.compareTo(ProgressRollup.HUNDRED) > 0) {
            throw new IllegalArgumentException("progress must be between 0 and 100");
        }
    }
}
