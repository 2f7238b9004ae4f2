package dev.atlvs.core.maintenance;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@link Maintenance#archive} did.
 *
 * @param plan              what was due
 * @param archived          the months exported, checked and removed from the live logs
 * @param droppedPartitions the partitions dropped because every row of their month had left (e.g. {@code audit_logs_y2019m01})
 */
public record ArchiveReport(RetentionPlan plan, List<ArchivedMonth> archived, List<String> droppedPartitions) {

    /** A report; the lists are copied. */
    public ArchiveReport {
        requireNonNull(plan, "plan is null");
        archived = List.copyOf(archived);
        droppedPartitions = List.copyOf(droppedPartitions);
    }

    /** How many rows left the live logs (sealed values not counted). */
    public long rows() {
        return archived.stream().mapToLong(month -> month.rows().rows()).sum();
    }
}
