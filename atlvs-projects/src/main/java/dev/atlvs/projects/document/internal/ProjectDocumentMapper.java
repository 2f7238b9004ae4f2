package dev.atlvs.projects.document.internal;

import dev.atlvs.core.attachment.AttachmentLabel;
import dev.atlvs.core.attachment.FileStatus;
import dev.atlvs.core.repository.DatabaseEnum;
import dev.atlvs.projects.document.ProjectDocument;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of the {@code project_documents} view. Public for Jdbi only. */
public final class ProjectDocumentMapper implements RowMapper<ProjectDocument> {
    @Override
    public ProjectDocument map(ResultSet rows, StatementContext context) throws SQLException {
        return new ProjectDocument(
                rows.getObject("organization_id", UUID.class),
                rows.getObject("id", UUID.class),
                rows.getObject("project_id", UUID.class),
                rows.getObject("file_id", UUID.class),
                rows.getString("name"),
                rows.getString("media_type"),
                rows.getLong("size_bytes"),
                DatabaseEnum.fromDatabase(FileStatus.class, rows.getString("file_status")),
                Optional.ofNullable(rows.getObject("version_of", UUID.class)),
                rows.getBoolean("is_latest"),
                DatabaseEnum.fromDatabase(AttachmentLabel.class, rows.getString("label")),
                Optional.ofNullable(rows.getString("description")),
                rows.getBoolean("is_public"),
                rows.getObject("uploaded_by", UUID.class),
                rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rows.getObject("created_by", UUID.class)));
    }
}
