package dev.atlvs.people.profile;

import dev.atlvs.people.profile.internal.ProfileViewMappers;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Typed reads of the {@code profile_documents} view in the current organization. */
@RegisterRowMapper(ProfileViewMappers.Documents.class)
public interface ProfileDocumentRepository {

    /** A person's documents, by type and expiry. */
    @SqlQuery("""
            select * from atlvs.profile_documents
             where organization_id = :organizationId and person_id = :personId
             order by document_type, expires_at nulls last, id
            """)
    List<ProfileDocument> of(UUID personId);

    /** The documents that expire on or before {@code through}, soonest first. */
    @SqlQuery("""
            select * from atlvs.profile_documents
             where organization_id = :organizationId and expires_at <= :through
             order by expires_at, id
            """)
    List<ProfileDocument> expiringThrough(LocalDate through);
}
