/**
 * The maintenance of the partitioned logs, run as the schema owner on a schedule: monthly partitions created ahead,
 * per-organization retention ({@code Organization.auditLogRetentionDays}, {@code webhookLogRetentionDays}) applied by
 * archiving whole months to compressed files, and archives restored exactly.
 *
 * <pre>{@code
 * Maintenance maintenance = atlvs.maintenance();
 * maintenance.createPartitions(LocalDate.now().plusMonths(3));
 * RetentionPlan plan = maintenance.plan(LocalDate.now());          // what is due, per log, month and organization
 * ArchiveReport report = maintenance.archive(archiveDir, LocalDate.now());
 * RestoreReport back = maintenance.restore(archiveDir.resolve("audit_logs/2019-01"));
 * }</pre>
 *
 * <p>See {@code docs/maintenance.md} for the schedule, the archive's layout and the permissions involved.
 */
package dev.atlvs.core.maintenance;
