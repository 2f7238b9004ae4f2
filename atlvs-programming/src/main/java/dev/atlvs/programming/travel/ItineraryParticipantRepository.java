package dev.atlvs.programming.travel;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The participants of itineraries of the current organization. */
public interface ItineraryParticipantRepository extends Repository<ItineraryParticipant> {

    /** The participants of an itinerary, in the order they were added. */
    @SqlQuery("""
            select * from atlvs.itinerary_participants
             where organization_id = :organizationId and itinerary_id = :itineraryId
             order by created_at, id
            """)
    List<ItineraryParticipant> ofItinerary(UUID itineraryId);

    /** The participation of a person in an itinerary, if any. */
    @SqlQuery("""
            select * from atlvs.itinerary_participants
             where organization_id = :organizationId and itinerary_id = :itineraryId and person_id = :personId
            """)
    Optional<ItineraryParticipant> find(UUID itineraryId, UUID personId);
}
