package dev.atlvs.programming.booking;

import dev.atlvs.core.repository.Repository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The space bookings of the current organization. */
public interface SpaceBookingRepository extends Repository<SpaceBooking> {

    /**
     * The live bookings (held or confirmed) of a space whose window, turnover included, overlaps {@code from} (inclusive)
     * to {@code to} (exclusive), by start.
     */
    @SqlQuery("""
            select * from atlvs.space_bookings
             where organization_id = :organizationId and space_id = :spaceId and status <> 'released'
               and starts_at < :to and buffer_until > :from
             order by starts_at, id
            """)
    List<SpaceBooking> liveInSpaceBetween(UUID spaceId, Instant from, Instant to);

    /** The booking of an event, if the event occupies a space or did. */
    @SqlQuery("""
            select * from atlvs.space_bookings
             where organization_id = :organizationId and event_id = :eventId
            """)
    Optional<SpaceBooking> ofEvent(UUID eventId);

    /** The live bookings of a space that end after {@code from}, by start: the bookings a closure of the space affects. */
    @SqlQuery("""
            select * from atlvs.space_bookings
             where organization_id = :organizationId and space_id = :spaceId and status <> 'released' and ends_at > :from
             order by starts_at, id
            """)
    List<SpaceBooking> liveInSpaceFrom(UUID spaceId, Instant from);
}
