package dev.atlvs.core.repository;

import java.time.Instant;
import java.util.Optional;

/** A record that users delete and may restore: deletion stamps {@code deletedAt} instead of removing the row. */
public interface SoftDeletable {

    /** When the record was deleted; empty while it is live. */
    Optional<Instant> deletedAt();

    /** Builder contract of soft-deletable entities. */
    interface Builder<B extends Builder<B>> {
        B deletedAt(Instant deletedAt);
    }
}
