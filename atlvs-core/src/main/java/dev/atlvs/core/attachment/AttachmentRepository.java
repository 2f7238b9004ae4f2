package dev.atlvs.core.attachment;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Attachments of the current organization. Attaching goes through {@link AttachmentService}. */
public interface AttachmentRepository extends Repository<Attachment> {

    /** The attachments of one record, oldest first. */
    @SqlQuery("""
            select * from atlvs.attachments
             where organization_id = :organizationId and entity_type = :entityType and entity_id = :entityId
             order by created_at, id
            """)
    List<Attachment> of(String entityType, UUID entityId);

    /** The attachment of {@code fileId} to one record, if any. */
    @SqlQuery("""
            select * from atlvs.attachments
             where organization_id = :organizationId and entity_type = :entityType and entity_id = :entityId
               and file_id = :fileId
            """)
    Optional<Attachment> findLink(String entityType, UUID entityId, UUID fileId);

    /** Every attachment of {@code fileId}, oldest first. */
    @SqlQuery("""
            select * from atlvs.attachments
             where organization_id = :organizationId and file_id = :fileId
             order by created_at, id
            """)
    List<Attachment> ofFile(UUID fileId);

    /** How many records {@code fileId} is attached to. */
    @SqlQuery("""
            select count(*) from atlvs.attachments where organization_id = :organizationId and file_id = :fileId
            """)
    long countOfFile(UUID fileId);
}
