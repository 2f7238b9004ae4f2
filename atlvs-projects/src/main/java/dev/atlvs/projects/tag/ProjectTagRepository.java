package dev.atlvs.projects.tag;

import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.tag.internal.ProjectTagMapper;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Typed reads of the {@code project_tags} view in the current organization. */
@RegisterRowMapper(ProjectTagMapper.class)
public interface ProjectTagRepository {

    /** The tags on a project, by name ignoring case. */
    @SqlQuery("""
            select * from atlvs.project_tags
             where organization_id = :organizationId and project_id = :projectId
             order by lower(tag), tag_id
            """)
    List<ProjectTag> of(UUID projectId);

    /** The live projects carrying the tag called {@code tag} (ignoring case), by name. */
    @SqlQuery("""
            select p.* from atlvs.project_tags t
              join atlvs.projects p on p.organization_id = t.organization_id and p.id = t.project_id
             where t.organization_id = :organizationId and lower(t.tag) = lower(:tag) and p.deleted_at is null
             order by p.name, p.id
            """)
    List<Project> projectsTagged(String tag);
}
