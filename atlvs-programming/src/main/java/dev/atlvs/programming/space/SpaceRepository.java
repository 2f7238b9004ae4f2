package dev.atlvs.programming.space;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The spaces of the current organization. */
public interface SpaceRepository extends SoftDeleteRepository<Space> {

    /** The space that is this location, if any. */
    @SqlQuery("""
            select * from atlvs.spaces
             where organization_id = :organizationId and location_id = :locationId and deleted_at is null
            """)
    Optional<Space> findByLocation(UUID locationId);

    /** The live spaces of a kind, by name. */
    @SqlQuery("""
            select * from atlvs.spaces
             where organization_id = :organizationId and kind = :kind and deleted_at is null
             order by name, id
            """)
    List<Space> ofKind(SpaceKind kind);
}
