package dev.atlvs.core.repository;

import dev.atlvs.core.repository.internal.Engine;
import java.util.Optional;
import java.util.UUID;

/**
 * A repository of records that users delete and may restore. Deleted records are hidden from
 * {@link #find}, {@link #get} and pages unless asked for.
 *
 * @param <T> the value type
 */
public interface SoftDeleteRepository<T extends Entity & SoftDeletable> extends Repository<T> {

    /** The record with {@code id}, deleted or not. */
    default Optional<T> findIncludingDeleted(UUID id) {
        return Engine.find(getHandle(), table(), id, true);
    }

    /** Marks the record deleted, provided it still has {@code value.version()}. */
    default T softDelete(T value) {
        return Engine.softDelete(getHandle(), table(), value);
    }

    /** Brings a deleted record back, provided it still has {@code value.version()}. */
    default T restore(T value) {
        return Engine.restore(getHandle(), table(), value);
    }
}
