package dev.atlvs.people.profile.internal;

import dev.atlvs.core.repository.DatabaseEnum;
import dev.atlvs.people.profile.DocumentType;
import dev.atlvs.people.profile.ProfileActivity;
import dev.atlvs.people.profile.ProfileDocument;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers of the profile views. Public for Jdbi only. */
public final class ProfileViewMappers {
    private ProfileViewMappers() {}

    /** Maps a row of {@code profile_documents}. */
    public static final class Documents implements RowMapper<ProfileDocument> {
        @Override
        public ProfileDocument map(ResultSet rows, StatementContext context) throws SQLException {
            OffsetDateTime verifiedAt = rows.getObject("verified_at", OffsetDateTime.class);
            return new ProfileDocument(
                    rows.getObject("organization_id", UUID.class),
                    rows.getObject("id", UUID.class),
                    rows.getObject("person_id", UUID.class),
                    rows.getObject("attachment_id", UUID.class),
                    rows.getObject("file_id", UUID.class),
                    rows.getString("file_name"),
                    rows.getString("media_type"),
                    DatabaseEnum.fromDatabase(DocumentType.class, rows.getString("document_type")),
                    Optional.ofNullable(rows.getObject("expires_at", LocalDate.class)),
                    Optional.ofNullable(rows.getObject("verified_by", UUID.class)),
                    Optional.ofNullable(verifiedAt).map(OffsetDateTime::toInstant),
                    rows.getObject("created_at", OffsetDateTime.class).toInstant());
        }
    }

    /** Maps a row of {@code user_profile_activity}. */
    public static final class Activities implements RowMapper<ProfileActivity> {
        @Override
        public ProfileActivity map(ResultSet rows, StatementContext context) throws SQLException {
            Array changed = rows.getArray("changed_fields");
            return new ProfileActivity(
                    rows.getObject("organization_id", UUID.class),
                    rows.getObject("id", UUID.class),
                    rows.getObject("person_id", UUID.class),
                    Optional.ofNullable(rows.getObject("user_id", UUID.class)),
                    rows.getString("subject_table"),
                    rows.getObject("record_id", UUID.class),
                    rows.getString("activity_type"),
                    changed == null ? List.of() : List.of((String[]) changed.getArray()),
                    Optional.ofNullable(rows.getObject("performed_by", UUID.class)),
                    rows.getObject("occurred_at", OffsetDateTime.class).toInstant());
        }
    }
}
