package dev.atlvs.core.feed;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.audit.AuditAction;
import java.util.UUID;

/**
 * One committed change of a record, by identifiers only: read the record itself (under the
 * subscriber's own permissions) if its content matters. {@link #id()} is the change's audit row, unique,
 * for de-duplication; {@link #transactionId()} groups the changes of one transaction.
 */
public record Change(UUID id, UUID organizationId, String table, UUID recordId, AuditAction action, long transactionId, long sequence) {
    public Change {
        requireNonNull(id, "id is null");
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(table, "table is null");
        requireNonNull(recordId, "recordId is null");
        requireNonNull(action, "action is null");
    }
}
