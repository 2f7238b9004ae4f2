package dev.atlvs.core.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The standard attributes of every stored record. The id is assigned when the value is built (a
 * time-ordered UUID); the version is 0 until the record is stored and then counts its changes; the
 * creation and update stamps are maintained by the database whatever code writes the row.
 */
public interface Entity {

    /** The record's identifier. */
    @Value.Default
    default UUID id() {
        return Ids.newId();
    }

    /** The optimistic-locking version: 0 before the first insert, then 1, 2, ... */
    @Value.Default
    default long version() {
        return 0L;
    }

    /** When the record was inserted; empty until it is stored. */
    Optional<Instant> createdAt();

    /** Who inserted the record, when an actor was known. */
    Optional<UUID> createdBy();

    /** When the record last changed; empty until it is stored. */
    Optional<Instant> updatedAt();

    /** Who last changed the record, when an actor was known. */
    Optional<UUID> updatedBy();

    /**
     * What the generated builder of every entity offers, so that the repository engine can fill the
     * standard attributes. Each value type declares {@code interface Builder extends Entity.Builder<Builder>}
     * (or the tenant variant) and Immutables makes its builder implement it.
     */
    interface Builder<B extends Builder<B>> {
        B id(UUID id);

        B version(long version);

        B createdAt(Instant createdAt);

        B createdBy(UUID createdBy);

        B updatedAt(Instant updatedAt);

        B updatedBy(UUID updatedBy);
    }
}
