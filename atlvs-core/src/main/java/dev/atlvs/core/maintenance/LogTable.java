package dev.atlvs.core.maintenance;

import java.util.Locale;

/** The partitioned logs the maintenance keeps: monthly partitions, per-organization retention, archives. */
public enum LogTable {

    /** The audit trail ({@code atlvs.audit_logs}, by {@code occurred_at}), archived with its sealed values. */
    AUDIT_LOGS("audit_logs", "occurred_at", "audit_log_retention_days"),

    /** The webhook delivery attempts ({@code atlvs.webhook_logs}, by {@code attempted_at}). */
    WEBHOOK_LOGS("webhook_logs", "attempted_at", "webhook_log_retention_days");

    private final String tableName;
    private final String timeColumn;
    private final String retentionColumn;

    LogTable(String tableName, String timeColumn, String retentionColumn) {
        this.tableName = tableName;
        this.timeColumn = timeColumn;
        this.retentionColumn = retentionColumn;
    }

    /** The table's name in the {@code atlvs} schema, also the folder of its archives. */
    public String tableName() {
        return tableName;
    }

    /** The column the table is partitioned by. */
    public String timeColumn() {
        return timeColumn;
    }

    /**
     * The column of {@code atlvs.organizations} that says how many days an organization keeps this log's rows
     * ({@link dev.atlvs.core.organization.Organization#auditLogRetentionDays()},
     * {@link dev.atlvs.core.organization.Organization#webhookLogRetentionDays()}).
     */
    public String retentionColumn() {
        return retentionColumn;
    }

    /** The log named {@code name} ({@code audit_logs} or {@code webhook_logs}). */
    public static LogTable named(String name) {
        for (LogTable table : values()) {
            if (table.tableName.equals(name.toLowerCase(Locale.ROOT))) {
                return table;
            }
        }
        throw new IllegalArgumentException("table must be audit_logs or webhook_logs, not " + name);
    }
}
