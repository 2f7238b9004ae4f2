package dev.atlvs.core.entity;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.repository.Table;

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

    /** A reference to the record {@code id} of this type. */
    public EntityRef ref(java.util.UUID id) {
        return new EntityRef(name, id);
    }
}
