package dev.atlvs.core.entity;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * A reference to one record of a registered {@link EntityType}, e.g. {@code location:01a2...}. The type
 * must be registered ({@link EntityTypes#require(String)}); that the record exists in the same
 * organization is checked by the database when the reference is stored.
 */
public record EntityRef(String type, UUID id) {
    public EntityRef {
        requireNonNull(type, "type is null");
        requireNonNull(id, "id is null");
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
