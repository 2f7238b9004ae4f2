package dev.atlvs.core.tag;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Tags of the current organization. Creating and renaming go through {@link TagService}, which checks names. */
public interface TagRepository extends Repository<Tag> {

    /** The tag called {@code name}, ignoring case. */
    @SqlQuery("""
            select * from atlvs.tags where organization_id = :organizationId and lower(name) = lower(:name)
            """)
    Optional<Tag> findByName(String name);

    /** Every tag, by name ignoring case. */
    @SqlQuery("""
            select * from atlvs.tags where organization_id = :organizationId order by lower(name), id
            """)
    List<Tag> all();

    /** The tags on one record, by name ignoring case. */
    @SqlQuery("""
            select t.* from atlvs.taggings g
              join atlvs.tags t on t.organization_id = g.organization_id and t.id = g.tag_id
             where g.organization_id = :organizationId and g.entity_type = :entityType and g.entity_id = :entityId
             order by lower(t.name), t.id
            """)
    List<Tag> ofEntity(String entityType, UUID entityId);
}
