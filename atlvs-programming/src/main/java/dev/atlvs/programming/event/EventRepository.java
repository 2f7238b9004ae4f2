package dev.atlvs.programming.event;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The events of the current organization. */
public interface EventRepository extends SoftDeleteRepository<Event> {

    /** The live events of a project, by start. */
    @SqlQuery("""
            select * from atlvs.events
             where organization_id = :organizationId and project_id = :projectId and deleted_at is null
             order by start_at, id
            """)
    List<Event> ofProject(UUID projectId);

    /** The live children of an event (the days of a festival, the sets of a day), by start. */
    @SqlQuery("""
            select * from atlvs.events
             where organization_id = :organizationId and parent_event_id = :parentEventId and deleted_at is null
             order by start_at, id
            """)
    List<Event> childrenOf(UUID parentEventId);

    /** The live events in a space whose occupancy window overlaps {@code from} (inclusive) to {@code to} (exclusive). */
    @SqlQuery("""
            select * from atlvs.events
             where organization_id = :organizationId and space_id = :spaceId and deleted_at is null
               and coalesce(setup_start, start_at) < :to and coalesce(teardown_end, end_at) > :from
             order by start_at, id
            """)
    List<Event> inSpaceBetween(UUID spaceId, Instant from, Instant to);
}
