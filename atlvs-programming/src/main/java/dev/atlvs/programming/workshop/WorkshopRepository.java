package dev.atlvs.programming.workshop;

import dev.atlvs.core.repository.Repository;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The workshops of the current organization. */
public interface WorkshopRepository extends Repository<Workshop> {

    /** The workshop of an event. */
    @SqlQuery("""
            select * from atlvs.workshops
             where organization_id = :organizationId and event_id = :eventId
            """)
    Optional<Workshop> ofEvent(UUID eventId);
}
