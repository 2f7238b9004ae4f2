package dev.atlvs.programming.callsheet;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The call sheets of the current organization. */
public interface CallSheetRepository extends SoftDeleteRepository<CallSheet> {

    /** The live call sheets of a project, by date and title. */
    @SqlQuery("""
            select * from atlvs.call_sheets
             where organization_id = :organizationId and project_id = :projectId and deleted_at is null
             order by event_date, title, id
            """)
    List<CallSheet> ofProject(UUID projectId);

    /** The live call sheets of an activation, by date and title. */
    @SqlQuery("""
            select * from atlvs.call_sheets
             where organization_id = :organizationId and activation_id = :activationId and deleted_at is null
             order by event_date, title, id
            """)
    List<CallSheet> ofActivation(UUID activationId);

    /** The live call sheets of a project on {@code eventDate}, by title. */
    @SqlQuery("""
            select * from atlvs.call_sheets
             where organization_id = :organizationId and project_id = :projectId and event_date = :eventDate
               and deleted_at is null
             order by title, id
            """)
    List<CallSheet> ofProjectOn(UUID projectId, LocalDate eventDate);

    /**
     * The schedule of {@code events} as the JSON array a sheet's {@code schedule} holds: one item per live event,
     * {@code {"event_id", "title", "event_type", "starts_at", "ends_at", "space"}}, by start.
     */
    @SqlQuery("""
            select coalesce(jsonb_agg(jsonb_build_object('event_id', e.id, 'title', e.title, 'event_type', e.event_type,
                                                         'starts_at', e.start_at, 'ends_at', e.end_at, 'space', s.name)
                                      order by e.start_at, e.id), '[]')::text
              from atlvs.events e
              left join atlvs.spaces s on s.organization_id = e.organization_id and s.id = e.space_id
             where e.organization_id = :organizationId and e.id = any(:events) and e.deleted_at is null
            """)
    String scheduleOf(UUID[] events);
}
