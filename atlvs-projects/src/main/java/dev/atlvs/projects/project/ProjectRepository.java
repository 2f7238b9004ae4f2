package dev.atlvs.projects.project;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Projects of the current organization. Status changes go through {@link ProjectService}. */
public interface ProjectRepository extends SoftDeleteRepository<Project> {

    /** The live project with job number {@code code}, ignoring case. */
    @SqlQuery("""
            select * from atlvs.projects
             where organization_id = :organizationId and lower(code) = lower(:code) and deleted_at is null
            """)
    Optional<Project> findByCode(String code);

    /** The live projects in {@code status}, earliest start first (undated last), then by name. */
    @SqlQuery("""
            select * from atlvs.projects
             where organization_id = :organizationId and status = :status and deleted_at is null
             order by start_date nulls last, name, id
            """)
    List<Project> withStatus(ProjectStatus status);

    /** The live projects {@code userId} manages, earliest start first (undated last). */
    @SqlQuery("""
            select * from atlvs.projects
             where organization_id = :organizationId and manager_user_id = :userId and deleted_at is null
             order by start_date nulls last, name, id
            """)
    List<Project> managedBy(UUID userId);
}
