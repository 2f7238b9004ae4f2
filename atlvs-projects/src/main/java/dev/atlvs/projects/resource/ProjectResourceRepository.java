package dev.atlvs.projects.resource;

import dev.atlvs.core.repository.Repository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Resource bookings of the current organization. */
public interface ProjectResourceRepository extends Repository<ProjectResource> {

    /** Every booking of a project, by start. */
    @SqlQuery("""
            select * from atlvs.project_resources
             where organization_id = :organizationId and project_id = :projectId
             order by start_at, id
            """)
    List<ProjectResource> ofProject(UUID projectId);

    /** The project's bookings whose window overlaps {@code from} (inclusive) to {@code to} (exclusive), by start. */
    @SqlQuery("""
            select * from atlvs.project_resources
             where organization_id = :organizationId and project_id = :projectId
               and start_at < :to and end_at > :from
             order by start_at, id
            """)
    List<ProjectResource> ofProjectBetween(UUID projectId, Instant from, Instant to);

    /** The bookings for one task, by start. */
    @SqlQuery("""
            select r.* from atlvs.project_tasks t
              join atlvs.project_resources r
                on r.organization_id = t.organization_id and r.project_id = t.project_id and r.task_id = t.id
             where t.organization_id = :organizationId and t.id = :taskId
             order by r.start_at, r.id
            """)
    List<ProjectResource> ofTask(UUID taskId);

    /**
     * The confirmed bookings of one resource, across projects, whose window overlaps {@code from} (inclusive)
     * to {@code to} (exclusive), by start: its availability.
     */
    @SqlQuery("""
            select * from atlvs.project_resources
             where organization_id = :organizationId and resource_type = :resourceType and resource_id = :resourceId
               and status = 'confirmed' and start_at < :to and end_at > :from
             order by start_at, id
            """)
    List<ProjectResource> confirmedBookingsOf(ResourceType resourceType, UUID resourceId, Instant from, Instant to);

    /**
     * The tentative and confirmed bookings of named people and assets, across projects, whose window overlaps
     * {@code from} (inclusive) to {@code to} (exclusive), by start: what {@link ResourcePlanner} loads.
     */
    @SqlQuery("""
            select * from atlvs.project_resources
             where organization_id = :organizationId and resource_type in ('person', 'asset')
               and resource_id is not null and status <> 'released' and start_at < :to and end_at > :from
             order by start_at, id
            """)
    List<ProjectResource> heldPeopleAndAssetsBetween(Instant from, Instant to);
}
