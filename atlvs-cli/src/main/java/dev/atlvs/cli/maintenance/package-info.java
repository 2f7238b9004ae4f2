/**
 * {@code atlvs maintenance}: the partitions of the audit trail and the webhook attempt log created ahead, retention
 * applied by archiving months to files, and archives restored. {@code atlvs maintenance run --dir D} is the one
 * command to schedule (monthly); see {@code docs/maintenance.md}.
 */
package dev.atlvs.cli.maintenance;
