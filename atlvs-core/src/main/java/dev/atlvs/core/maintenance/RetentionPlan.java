package dev.atlvs.core.maintenance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * What the retention settings make due on a day: one entry per log, month and organization whose rows are older
 * than the organization keeps them (the month's end is further back than its retention).
 *
 * @param today the day the plan is for
 * @param due   the months due, by log, month and organization
 */
public record RetentionPlan(LocalDate today, List<Due> due) {

    /** A plan; {@code due} is copied. */
    public RetentionPlan {
        requireNonNull(today, "today is null");
        due = List.copyOf(due);
    }

    /** Whether nothing is due. */
    public boolean isEmpty() {
        return due.isEmpty();
    }

    /** The entries of one log. */
    public List<Due> of(LogTable table) {
        return due.stream().filter(entry -> entry.table() == table).toList();
    }

    /**
     * One organization's rows of one month of a log that retention makes due for the archive.
     *
     * @param table          the log
     * @param month          the month (UTC)
     * @param organizationId the organization
     * @param retentionDays  the organization's retention for the log
     * @param rows           how many live rows the month holds
     */
    public record Due(LogTable table, YearMonth month, UUID organizationId, int retentionDays, long rows) {

        /** An entry. */
        public Due {
            requireNonNull(table, "table is null");
            requireNonNull(month, "month is null");
            requireNonNull(organizationId, "organizationId is null");
        }
    }
}
