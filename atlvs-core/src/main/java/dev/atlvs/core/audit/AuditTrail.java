package dev.atlvs.core.audit;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.repository.DatabaseEnum;
import dev.atlvs.core.repository.Entity;
import dev.atlvs.core.repository.Identifiers;
import dev.atlvs.core.repository.Table;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The audit trail of the current organization: the history of a record, its state at a point in time,
 * reverting everything one transaction changed, and restoring a record to an earlier state. Every
 * change to a registered table is audited by the database itself, whatever code made it; a revert or
 * restore is itself audited.
 *
 * <pre>{@code
 * long txId = atlvs.inTenant(org, user, tx -> { ...changes...; return tx.transactionId(); });
 * atlvs.inTenant(org, admin, tx -> new AuditTrail(tx).revertTransaction(txId));
 * }</pre>
 *
 * <p>Reading needs {@link CorePermissions#AUDIT_READ}; reverting and restoring need {@link CorePermissions#AUDIT_MANAGE}.
 */
public final class AuditTrail {


    private static final String COLUMNS = """
            id, sequence, occurred_at, table_name, record_id, action, changed_fields, old_values::text as old_values,
            new_values::text as new_values, redacted_fields, record_version, actor_id, transaction_id, correlation_id, reason
            """;

    private final TenantTransaction tx;

    public AuditTrail(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Every audited change of one record, oldest first. */
    public List<AuditEntry> history(Table<?, ?> table, UUID recordId) {
        tx.require(CorePermissions.AUDIT_READ);
        return tx.handle().createQuery("select " + COLUMNS + """
                 from atlvs.audit_logs
                where organization_id = :organizationId and table_name = :table and record_id = :recordId
                order by sequence
                """)
                .bind("table", table.name())
                .bind("recordId", recordId)
                .map(ENTRY)
                .list();
    }

    /** Every change one transaction made in this organization, in the order it made them. */
    public List<AuditEntry> transaction(long transactionId) {
        tx.require(CorePermissions.AUDIT_READ);
        return tx.handle().createQuery("select " + COLUMNS + """
                 from atlvs.audit_logs
                where organization_id = :organizationId and transaction_id = :transactionId
                order by sequence
                """)
                .bind("transactionId", transactionId)
                .map(ENTRY)
                .list();
    }

    /**
     * The record as it was at {@code at} (empty when it did not exist then), replayed from the audit trail.
     * Sensitive values are absent; the standard columns are those of the replayed state.
     *
     * @throws ValidationException naming {@code table} when it is not the declaration an installed module registers
     */
    public <T extends Entity> Optional<T> stateAt(Table<T, ?> table, UUID recordId, Instant at) {
        tx.require(CorePermissions.AUDIT_READ);
        requireInstalled(table);
        return tx.handle().createQuery("""
                select r.* from (select atlvs.audit_state_at(:table, :recordId, :at) as state) s
                 cross join lateral jsonb_populate_record(null::%s, s.state) r
                 where s.state is not null
                """.formatted(table.quotedName()))
                .bind("table", table.name())
                .bind("recordId", recordId)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .map((rows, context) -> dev.atlvs.core.repository.internal.FieldEncryption.map(table, rows, context.getConfig()))
                .findOne();
    }

    /**
     * Undoes every change of transaction {@code transactionId} in this organization. Refused with a
     * {@link dev.atlvs.core.error.ConflictException} ({@code REVERT_CONFLICT}) when a later transaction
     * changed one of the same records; an unknown transaction is a {@link dev.atlvs.core.error.NotFoundException}.
     *
     * @return how many changes were undone
     */
    public int revertTransaction(long transactionId) {
        return revertTransaction(transactionId, false);
    }

    /** Like {@link #revertTransaction(long)}; with {@code force} later changes are overwritten. */
    public int revertTransaction(long transactionId, boolean force) {
        tx.require(CorePermissions.AUDIT_MANAGE);
        return tx.handle().createQuery("select atlvs.revert_transaction(:transactionId, :force)")
                .bind("transactionId", transactionId)
                .bind("force", force)
                .mapTo(Integer.class)
                .one();
    }

    /**
     * Restores one record to its state at {@code at}: brings it back if it was deleted since, deletes it
     * if it did not exist then, and otherwise writes back the values it had (sensitive columns keep their
     * current values). Returns the record as it now is.
     *
     * @throws ValidationException naming {@code table} when it is not the declaration an installed module registers
     */
    public <T extends Entity> Optional<T> restore(Table<T, ?> table, UUID recordId, Instant at) {
        tx.require(CorePermissions.AUDIT_MANAGE);
        requireInstalled(table);
        tx.handle().createQuery("select atlvs.restore_record(:table, :recordId, :at)")
                .bind("table", table.name())
                .bind("recordId", recordId)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .mapTo(Boolean.class)
                .one();
        String tenant = table.tenantColumn().map(column -> Identifiers.quote(column) + " = :organizationId and ").orElse("");
        return tx.handle().createQuery("select * from %s where %sid = :recordId".formatted(table.quotedName(), tenant))
                .bind("recordId", recordId)
                .map((rows, context) -> dev.atlvs.core.repository.internal.FieldEncryption.map(table, rows, context.getConfig()))
                .findOne();
    }

    /**
     * Refuses a declaration that is not the one an installed module registers under its name: the table's name goes
     * into the statement text (quoted), so only the schema's own tables are replayed or restored.
     */
    private static void requireInstalled(Table<?, ?> table) {
        requireNonNull(table, "table is null");
        boolean installed = AtlvsModules.installed().table(table.name()).filter(declared -> declared.type() == table.type()).isPresent();
        if (!installed) {
            throw ValidationException.of("AuditTrail", "table", "InstalledTable", "is not a table declared by an installed module");
        }
    }

    private static final RowMapper<AuditEntry> ENTRY = (rows, context) -> new AuditEntry(
            rows.getObject("id", UUID.class),
            rows.getLong("sequence"),
            rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rows.getString("table_name"),
            rows.getObject("record_id", UUID.class),
            DatabaseEnum.fromDatabase(AuditAction.class, rows.getString("action")),
            strings(rows, "changed_fields"),
            Optional.ofNullable(rows.getString("old_values")),
            Optional.ofNullable(rows.getString("new_values")),
            strings(rows, "redacted_fields"),
            Optional.ofNullable(rows.getObject("record_version", Long.class)),
            Optional.ofNullable(rows.getObject("actor_id", UUID.class)),
            rows.getLong("transaction_id"),
            Optional.ofNullable(rows.getObject("correlation_id", UUID.class)),
            Optional.ofNullable(rows.getString("reason")));

    private static List<String> strings(ResultSet rows, String column) throws SQLException {
        Array array = rows.getArray(column);
        try {
            return List.copyOf(Arrays.asList((String[]) array.getArray()));
        } finally {
            array.free();
        }
    }
}
