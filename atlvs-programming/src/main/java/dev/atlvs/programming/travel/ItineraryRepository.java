package dev.atlvs.programming.travel;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The itineraries of the current organization. */
public interface ItineraryRepository extends SoftDeleteRepository<Itinerary> {

    /** The live itineraries of a project, by start date. */
    @SqlQuery("""
            select * from atlvs.itineraries
             where organization_id = :organizationId and project_id = :projectId and deleted_at is null
             order by start_date, id
            """)
    List<Itinerary> ofProject(UUID projectId);
}
