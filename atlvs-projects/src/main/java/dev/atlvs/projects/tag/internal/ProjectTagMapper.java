package dev.atlvs.projects.tag.internal;

import dev.atlvs.projects.tag.ProjectTag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of the {@code project_tags} view. Public for Jdbi only. */
public final class ProjectTagMapper implements RowMapper<ProjectTag> {
    @Override
    public ProjectTag map(ResultSet rows, StatementContext context) throws SQLException {
        return new ProjectTag(
                rows.getObject("organization_id", UUID.class),
                rows.getObject("project_id", UUID.class),
                rows.getObject("tag_id", UUID.class),
                rows.getString("tag"),
                Optional.ofNullable(rows.getString("color")),
                rows.getObject("tagging_id", UUID.class),
                rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rows.getObject("created_by", UUID.class)));
    }
}
