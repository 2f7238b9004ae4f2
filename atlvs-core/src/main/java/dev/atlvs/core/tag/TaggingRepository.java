package dev.atlvs.core.tag;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Taggings of the current organization. Tagging goes through {@link TagService}. */
public interface TaggingRepository extends Repository<Tagging> {

    /** The tagging of one record with {@code tagId}, if any. */
    @SqlQuery("""
            select * from atlvs.taggings
             where organization_id = :organizationId and tag_id = :tagId and entity_type = :entityType and entity_id = :entityId
            """)
    Optional<Tagging> findTagging(UUID tagId, String entityType, UUID entityId);

    /** The taggings with {@code tagId}, oldest first. */
    @SqlQuery("""
            select * from atlvs.taggings
             where organization_id = :organizationId and tag_id = :tagId
             order by created_at, id
            """)
    List<Tagging> withTag(UUID tagId);
}
