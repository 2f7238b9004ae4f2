package dev.atlvs.core.entity;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.repository.Table;
import java.util.UUID;

/**
 * A kind of record that polymorphic references (comments, attachments, tags, notifications) may point
 * at: a stable name such as {@code location} and the table that holds those records. The database keeps
 * the same registry ({@code atlvs.entity_types}) and checks every reference against it.
 */
public record EntityType(String name, Table<?, ?> table) {
    public EntityType {
        requireNonNull(name, "name is null");
        requireNonNull(table, "table is null");
        if (!name.matches("[a-z][a-z_]{0,62}")) {
            throw new IllegalArgumentException("an entity type name is lower-case letters and underscores");
        }
    }

    /**
     * Throws a {@link ReferenceMissingException} on field {@code entityId} unless the record {@code id} of
     * this type exists, and is not soft-deleted, in the organization of {@code tx}. The database checks
     * existence too when the link is stored; this gives the clearer error first and also refuses deleted
     * records.
     *
     * @param linkingEntity the entity that would hold the link, for the message (e.g. {@code Comment})
     * @param linkingTable the table that would hold it (e.g. {@code comments})
     */
    public void requireLive(TenantTransaction tx, UUID id, String linkingEntity, String linkingTable) {
        boolean exists = tx.handle()
                .createQuery("select exists (select 1 from " + table.quotedName()
                        + " where " + dev.atlvs.core.repository.Identifiers.quote(table.tenantColumn().orElseThrow()) + " = :organizationId and id = :id"
                        + (table.softDelete() ? " and deleted_at is null" : "") + ")")
                .bind("id", id)
                .mapTo(Boolean.class)
                .one();
        if (!exists) {
            throw new ReferenceMissingException(linkingEntity, "entityId", linkingTable + "_entity_id_fkey", null);
        }
    }

    /** A reference to the record {@code id} of this type. */
    public EntityRef ref(UUID id) {
        return new EntityRef(name, id);
    }
}
