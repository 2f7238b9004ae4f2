package dev.atlvs.projects.cost;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What earned value needs of a task: its weight (estimated hours; absent when unknown), its planned
 * dates (inclusive), its progress in percent and whether it is cancelled (cancelled work is left out of
 * the plan and of the value earned).
 */
public record ScheduledWork(Optional<BigDecimal> estimatedHours, LocalDate plannedStart, LocalDate plannedFinish,
        BigDecimal progressPct, boolean cancelled) {

    public ScheduledWork {
        requireNonNull(estimatedHours, "estimatedHours is null");
        requireNonNull(plannedStart, "plannedStart is null");
        requireNonNull(plannedFinish, "plannedFinish is null");
        requireNonNull(progressPct, "progressPct is null");
        if (plannedFinish.isBefore(plannedStart)) {
            throw new IllegalArgumentException("planned finish must not be before planned start");
        }
        if (progressPct.signum() < 0 || progressPct.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("progress must be between 0 and 100");
        }
        if (estimatedHours.isPresent() && estimatedHours.get().signum() < 0) {
            throw new IllegalArgumentException("estimated hours must not be negative");
        }
    }
}
