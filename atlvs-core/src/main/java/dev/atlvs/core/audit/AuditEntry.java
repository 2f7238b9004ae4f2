package dev.atlvs.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One audited change of one record. For an insert {@code newValues} holds the whole row; for a delete
 * {@code oldValues} does; for an update both hold only the {@code changedFields}. Values of sensitive
 * columns are null and listed in {@code redactedFields}. Values are JSON objects, as text.
 */
public record AuditEntry(
        UUID id,
        long sequence,
        Instant occurredAt,
        String table,
        UUID recordId,
        AuditAction action,
        List<String> changedFields,
        Optional<String> oldValues,
        Optional<String> newValues,
        List<String> redactedFields,
        Optional<Long> recordVersion,
        Optional<UUID> actorId,
        long transactionId,
        Optional<UUID> correlationId,
        Optional<String> reason) {

    public AuditEntry {
        changedFields = List.copyOf(changedFields);
        redactedFields = List.copyOf(redactedFields);
    }
}
