package dev.atlvs.programming.lineup;

import dev.atlvs.core.repository.Repository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The lineup slots of the current organization. */
public interface LineupRepository extends Repository<Lineup> {

    /** Every slot of an event, cancelled ones included, in running order (position, then start). */
    @SqlQuery("""
            select * from atlvs.lineups
             where organization_id = :organizationId and event_id = :eventId
             order by position, set_start, id
            """)
    List<Lineup> ofEvent(UUID eventId);

    /** The live (not cancelled) slots of an event by start. */
    @SqlQuery("""
            select * from atlvs.lineups
             where organization_id = :organizationId and event_id = :eventId and status <> 'cancelled'
             order by set_start, id
            """)
    List<Lineup> liveOfEvent(UUID eventId);

    /** The live slots on a stage occupying it (changeover included) between {@code from} and {@code to}, by start. */
    @SqlQuery("""
            select * from atlvs.lineups
             where organization_id = :organizationId and space_id = :spaceId and status <> 'cancelled'
               and occupied_from < :to and set_end > :from
             order by set_start, id
            """)
    List<Lineup> liveInSpaceBetween(UUID spaceId, Instant from, Instant to);
}
