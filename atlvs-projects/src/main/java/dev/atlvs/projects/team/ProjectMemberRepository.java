package dev.atlvs.projects.team;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Project teams of the current organization. */
public interface ProjectMemberRepository extends Repository<ProjectMember> {

    /** The team of a project: managers first, then by role and joining order. */
    @SqlQuery("""
            select * from atlvs.project_members
             where organization_id = :organizationId and project_id = :projectId
             order by array_position(array['owner', 'manager', 'member', 'viewer', 'client'], role), id
            """)
    List<ProjectMember> ofProject(UUID projectId);

    /** The seat of {@code userId} on a project, if any. */
    @SqlQuery("""
            select * from atlvs.project_members
             where organization_id = :organizationId and project_id = :projectId and user_id = :userId
            """)
    Optional<ProjectMember> findByUser(UUID projectId, UUID userId);

    /** Every seat of {@code userId}, across projects, oldest first. */
    @SqlQuery("""
            select * from atlvs.project_members
             where organization_id = :organizationId and user_id = :userId
             order by id
            """)
    List<ProjectMember> seatsOf(UUID userId);
}
