package dev.atlvs.people.profile;

import dev.atlvs.core.repository.Repository;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The document metadata of the current organization's people. */
public interface PersonDocumentRepository extends Repository<PersonDocument> {

    /** Whether {@code attachmentId} is an attachment on the person {@code personId}. */
    @SqlQuery("""
            select exists (select 1 from atlvs.attachments
                            where organization_id = :organizationId and id = :attachmentId
                              and entity_type = 'person' and entity_id = :personId)
            """)
    boolean isOnPerson(UUID attachmentId, UUID personId);

    /** The metadata of an attachment, if described. */
    @SqlQuery("""
            select * from atlvs.person_documents
             where organization_id = :organizationId and attachment_id = :attachmentId
            """)
    Optional<PersonDocument> ofAttachment(UUID attachmentId);
}
