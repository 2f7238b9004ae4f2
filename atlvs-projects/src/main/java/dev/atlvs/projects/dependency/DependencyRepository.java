package dev.atlvs.projects.dependency;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Task dependencies of the current organization. Adding one goes through {@link DependencyService}. */
public interface DependencyRepository extends Repository<Dependency> {

    /** Every dependency of a project, by predecessor then successor. */
    @SqlQuery("""
            select * from atlvs.project_dependencies
             where organization_id = :organizationId and project_id = :projectId
             order by predecessor_id, successor_id
            """)
    List<Dependency> ofProject(UUID projectId);

    /** The edges into {@code taskId}: what it depends on. */
    @SqlQuery("""
            select d.* from atlvs.project_tasks t
              join atlvs.project_dependencies d
                on d.organization_id = t.organization_id and d.project_id = t.project_id and d.successor_id = t.id
             where t.organization_id = :organizationId and t.id = :taskId
             order by d.predecessor_id
            """)
    List<Dependency> predecessorsOf(UUID taskId);

    /** The edges out of {@code taskId}: what depends on it. */
    @SqlQuery("""
            select d.* from atlvs.project_tasks t
              join atlvs.project_dependencies d
                on d.organization_id = t.organization_id and d.project_id = t.project_id and d.predecessor_id = t.id
             where t.organization_id = :organizationId and t.id = :taskId
             order by d.successor_id
            """)
    List<Dependency> successorsOf(UUID taskId);

    /** The edge from {@code predecessorId} to {@code successorId}, if any. */
    @SqlQuery("""
            select * from atlvs.project_dependencies
             where organization_id = :organizationId and predecessor_id = :predecessorId and successor_id = :successorId
            """)
    Optional<Dependency> findEdge(UUID predecessorId, UUID successorId);

    /**
     * Whether an edge from {@code predecessorId} to {@code successorId} would close a cycle: the predecessor is
     * reachable from the successor over the existing edges (or they are the same task).
     */
    @SqlQuery("""
            with recursive reachable(task_id) as (
                select cast(:successorId as uuid)
                union
                select d.successor_id
                  from reachable r
                  join atlvs.project_dependencies d
                    on d.organization_id = :organizationId and d.predecessor_id = r.task_id
            )
            select exists (select 1 from reachable where task_id = :predecessorId)
            """)
    boolean wouldCloseCycle(UUID predecessorId, UUID successorId);
}
