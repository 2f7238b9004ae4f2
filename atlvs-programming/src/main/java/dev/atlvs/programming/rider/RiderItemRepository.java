package dev.atlvs.programming.rider;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The rider items of the current organization. */
public interface RiderItemRepository extends Repository<RiderItem> {

    /** The items of a rider, by category then item. */
    @SqlQuery("""
            select * from atlvs.rider_items
             where organization_id = :organizationId and rider_id = :riderId
             order by category, item, id
            """)
    List<RiderItem> ofRider(UUID riderId);
}
