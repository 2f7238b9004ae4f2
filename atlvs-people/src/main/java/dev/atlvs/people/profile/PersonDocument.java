package dev.atlvs.people.profile;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * What an attachment on a person is (passport scan, right-to-work, tax form, NDA): its type, expiry and verification.
 * The file is an attachment (core's {@code AttachmentService}) on the entity {@code person}; describe it through
 * {@link PersonDocumentService#describe}, which checks that the attachment is on that person. Read documents with their
 * file through {@link ProfileDocumentRepository}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("person_documents")
public interface PersonDocument extends TenantEntity {

    Table<PersonDocument, ImmutablePersonDocument.Builder> TABLE = PersonDocumentTable.TABLE;

    static ImmutablePersonDocument.Builder builder() {
        return ImmutablePersonDocument.builder();
    }

    @Db.Fixed
    UUID personId();

    /** The attachment on the person holding the file; described once. */
    @Db.Fixed
    UUID attachmentId();

    @Value.Default
    default DocumentType documentType() {
        return DocumentType.OTHER;
    }

    /** The last day the document is valid (a passport, a visa). */
    Optional<LocalDate> expiresAt();

    Optional<UUID> verifiedBy();

    Optional<Instant> verifiedAt();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
