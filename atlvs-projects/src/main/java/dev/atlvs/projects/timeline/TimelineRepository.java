package dev.atlvs.projects.timeline;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Timelines of the current organization. */
public interface TimelineRepository extends Repository<Timeline> {

    /** A project's timelines in display order, then by start. */
    @SqlQuery("""
            select * from atlvs.project_timelines
             where organization_id = :organizationId and project_id = :projectId
             order by sort_order, starts_at, id
            """)
    List<Timeline> ofProject(UUID projectId);

    /** A project's timelines of one kind in display order, then by start. */
    @SqlQuery("""
            select * from atlvs.project_timelines
             where organization_id = :organizationId and project_id = :projectId and kind = :kind
             order by sort_order, starts_at, id
            """)
    List<Timeline> ofProject(UUID projectId, TimelineKind kind);

    /** The baselines captured from {@code timelineId}, oldest first. */
    @SqlQuery("""
            select b.* from atlvs.project_timelines t
              join atlvs.project_timelines b
                on b.organization_id = t.organization_id and b.project_id = t.project_id and b.baseline_of = t.id
             where t.organization_id = :organizationId and t.id = :timelineId
             order by b.created_at, b.id
            """)
    List<Timeline> baselinesOf(UUID timelineId);
}
