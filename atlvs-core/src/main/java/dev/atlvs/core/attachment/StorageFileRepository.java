package dev.atlvs.core.attachment;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Stored files of the current organization. Registering files, new versions and status changes go
 * through {@link StorageService}, which de-duplicates content and checks the quota first.
 */
public interface StorageFileRepository extends Repository<StorageFile> {

    /** The active file with this content, if any (there is at most one). */
    @SqlQuery("""
            select * from atlvs.storage_files
             where organization_id = :organizationId and checksum_sha256 = :checksumSha256 and status = 'active'
            """)
    Optional<StorageFile> findActiveByChecksum(String checksumSha256);

    /** The sizes of the organization's files that are not deleted, added up. */
    @SqlQuery("""
            select coalesce(sum(size_bytes), 0) from atlvs.storage_files
             where organization_id = :organizationId and status <> 'deleted'
            """)
    long usedBytes();

    /** The organization's storage quota in GiB; empty when unlimited. */
    @SqlQuery("""
            select storage_quota_gb from atlvs.organizations where id = :organizationId
            """)
    Optional<Integer> quotaGb();

    /** The file that is the next version of {@code id}, if any. */
    @SqlQuery("""
            select * from atlvs.storage_files where organization_id = :organizationId and version_of = :id
            """)
    Optional<StorageFile> nextVersion(UUID id);

    /** Every version of the document {@code id} belongs to, oldest first; empty when {@code id} does not exist. */
    @SqlQuery("""
            with recursive earlier (id, version_of, depth) as (
                select f.id, f.version_of, 0 from atlvs.storage_files f
                 where f.organization_id = :organizationId and f.id = :id
                union all
                select p.id, p.version_of, e.depth + 1 from earlier e
                  join atlvs.storage_files p on p.organization_id = :organizationId and p.id = e.version_of
                 where e.depth < 10000
            ), chain (id, position) as (
                select e.id, 0 from earlier e where e.version_of is null
                union all
                select n.id, c.position + 1 from chain c
                  join atlvs.storage_files n on n.organization_id = :organizationId and n.version_of = c.id
                 where c.position < 10000
            )
            select f.* from chain c
              join atlvs.storage_files f on f.organization_id = :organizationId and f.id = c.id
             order by c.position
            """)
    List<StorageFile> versions(UUID id);

    /** The files with these ids (in no particular order). */
    @SqlQuery("""
            select * from atlvs.storage_files where organization_id = :organizationId and id = any(:ids)
            """)
    List<StorageFile> withIds(UUID[] ids);
}
