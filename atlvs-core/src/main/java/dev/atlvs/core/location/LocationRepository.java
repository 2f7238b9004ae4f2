package dev.atlvs.core.location;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Locations of the current organization. */
public interface LocationRepository extends SoftDeleteRepository<Location> {

    /** The live locations directly inside {@code parentId}, by name. */
    @SqlQuery("""
            select * from atlvs.locations
             where organization_id = :organizationId and parent_id = :parentId and deleted_at is null
             order by name, id
            """)
    List<Location> children(UUID parentId);

    /** The chain of enclosing locations of {@code id}, nearest first. */
    @SqlQuery("""
            with recursive ancestors as (
                select l.*, 0 as depth from atlvs.locations l
                 where l.organization_id = :organizationId and l.id = :id
                union all
                select p.*, a.depth + 1 from ancestors a
                  join atlvs.locations p on p.organization_id = :organizationId and p.id = a.parent_id
                 where a.depth < 100
            )
            select * from ancestors where depth > 0 order by depth
            """)
    List<Location> ancestors(UUID id);
}
