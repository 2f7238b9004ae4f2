package dev.atlvs.programming.travel;

import dev.atlvs.core.repository.Repository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The segments of itineraries of the current organization. */
public interface ItinerarySegmentRepository extends Repository<ItinerarySegment> {

    /** The segments of an itinerary, by departure. */
    @SqlQuery("""
            select * from atlvs.itinerary_segments
             where organization_id = :organizationId and itinerary_id = :itineraryId
             order by depart_at, arrive_at, id
            """)
    List<ItinerarySegment> ofItinerary(UUID itineraryId);

    /** When the person's travel of the project gets them to the show on the date ({@code atlvs.person_arrival_at}). */
    @SqlQuery("""
            select arrival from (select atlvs.person_arrival_at(:organizationId, :personId, :projectId, :onDate) as arrival) a
             where arrival is not null
            """)
    Optional<Instant> arrivalOf(UUID personId, UUID projectId, LocalDate onDate);
}
