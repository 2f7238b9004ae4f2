package dev.atlvs.core.repository;

import dev.atlvs.core.repository.internal.Engine;
import dev.atlvs.core.repository.internal.RepositoryTables;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.SqlObject;

/**
 * The generic operations every repository inherits, derived from its {@link Table} declaration. A
 * repository is a Jdbi SqlObject interface that names its table and adds only its domain queries:
 *
 * <pre>{@code
 * public interface LocationRepository extends Repository<Location> {
 *     @SqlQuery("""
 *             select * from atlvs.locations
 *              where organization_id = :organizationId and parent_id = :parentId and deleted_at is null
 *              order by name, id
 *             """)
 *     List<Location> children(UUID parentId);
 * }
 * }</pre>
 *
 * <p>Repositories are handed out only inside a tenant transaction ({@code tx.repository(LocationRepository.class)});
 * {@code :organizationId} is bound to the transaction's tenant automatically. Values are validated before
 * any SQL runs, and every database failure surfaces as an {@link dev.atlvs.core.error.AtlvsException}.
 *
 * @param <T> the value type
 */
public interface Repository<T extends Entity> extends SqlObject {

    /** The table this repository serves: the declaration of the value type {@code T} names. */
    default Table<T, ?> table() {
        return RepositoryTables.of(getClass());
    }

    /** The live record with {@code id}, if it exists in the current tenant. */
    default Optional<T> find(UUID id) {
        return Engine.find(getHandle(), table(), id, false);
    }

    /** The live record with {@code id}, or a {@link dev.atlvs.core.error.NotFoundException}. */
    default T get(UUID id) {
        return Engine.get(getHandle(), table(), id);
    }

    /** One page of records; see {@link PageRequest}. */
    default Page<T> page(PageRequest request) {
        return Engine.page(getHandle(), table(), request);
    }

    /**
     * The records whose encrypted {@code column} (declared {@code @Db.Encrypted(blindIndex = true)}) holds
     * {@code value}, found through its blind index without decrypting the table.
     */
    default java.util.List<T> findByBlindIndex(String column, Object value) {
        return Engine.findByBlindIndex(getHandle(), table(), column, value);
    }

    /** Validates and inserts {@code value}; returns the stored record (version 1, stamps set). */
    default T insert(T value) {
        return Engine.insert(getHandle(), table(), value);
    }

    /**
     * Validates and writes {@code value} over the stored record, provided nobody changed it since
     * {@code value.version()}; otherwise a {@link dev.atlvs.core.error.StaleVersionException}.
     */
    default T update(T value) {
        return Engine.update(getHandle(), table(), value);
    }

    /** Removes the record for good, provided it still has {@code value.version()}. */
    default void delete(T value) {
        Engine.delete(getHandle(), table(), value);
    }
}
