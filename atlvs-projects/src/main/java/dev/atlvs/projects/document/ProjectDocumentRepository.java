package dev.atlvs.projects.document;

import dev.atlvs.core.attachment.AttachmentLabel;
import dev.atlvs.projects.document.internal.ProjectDocumentMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Typed reads of the {@code project_documents} view in the current organization. */
@RegisterRowMapper(ProjectDocumentMapper.class)
public interface ProjectDocumentRepository {

    /** The documents of a project, the latest attached first. */
    @SqlQuery("""
            select * from atlvs.project_documents
             where organization_id = :organizationId and project_id = :projectId
             order by created_at desc, id desc
            """)
    List<ProjectDocument> of(UUID projectId);

    /** The documents of a project that are the latest version of their file, by name. */
    @SqlQuery("""
            select * from atlvs.project_documents
             where organization_id = :organizationId and project_id = :projectId and is_latest
             order by name, id
            """)
    List<ProjectDocument> latestOf(UUID projectId);

    /** The documents of a project with {@code label} (contracts, stage plots, ...), by name. */
    @SqlQuery("""
            select * from atlvs.project_documents
             where organization_id = :organizationId and project_id = :projectId and label = :label
             order by name, id
            """)
    List<ProjectDocument> withLabel(UUID projectId, AttachmentLabel label);

    /** The document with attachment id {@code id}, if it is a project's. */
    @SqlQuery("""
            select * from atlvs.project_documents where organization_id = :organizationId and id = :id
            """)
    Optional<ProjectDocument> find(UUID id);
}
