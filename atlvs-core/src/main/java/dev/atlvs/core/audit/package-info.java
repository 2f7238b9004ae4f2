/**
 * The audit trail: history of a record, state at a point in time, reverting a transaction, restoring a
 * record. The database writes an audit row for every change of every registered table.
 *
 * <pre>{@code
 * AuditTrail audit = new AuditTrail(tx);
 * List<AuditEntry> changes = audit.history(Location.TABLE, stageId);
 * Optional<Location> lastWeek = audit.stateAt(Location.TABLE, stageId, Instant.parse("2026-11-18T00:00:00Z"));
 * audit.revertTransaction(changes.get(changes.size() - 1).transactionId());
 * }</pre>
 */
package dev.atlvs.core.audit;
