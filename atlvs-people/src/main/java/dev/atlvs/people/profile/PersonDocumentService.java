package dev.atlvs.people.profile;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.PeoplePermissions;

/**
 * Describes the identity and HR documents attached to a person. Requires {@link PeoplePermissions#PERSONAL_ACCESS}.
 *
 * <pre>{@code
 * Attachment scan = new AttachmentService(tx).attach(EntityTypes.require("person").ref(ana.id()), file.id(), ...);
 * new PersonDocumentService(tx).describe(PersonDocument.builder().organizationId(tx.organizationId()).personId(ana.id())
 *         .attachmentId(scan.id()).documentType(DocumentType.PASSPORT).expiresAt(LocalDate.of(2031, 5, 1)).build());
 * }</pre>
 */
public final class PersonDocumentService {
    private final TenantTransaction tx;

    public PersonDocumentService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /**
     * Records what an attachment on a person is.
     *
     * @throws ValidationException {@link PeopleErrorCode#PERSON_DOCUMENT_NOT_ON_PERSON} on {@code attachmentId} when the
     *         attachment is not on that person; nothing is written
     */
    public PersonDocument describe(PersonDocument document) {
        requireNonNull(document, "document is null");
        tx.require(PeoplePermissions.PERSONAL_ACCESS);
        tx.validate("PersonDocument", document);
        PersonDocumentRepository documents = tx.repository(PersonDocumentRepository.class);
        if (!documents.isOnPerson(document.attachmentId(), document.personId())) {
            throw new ValidationException(PeopleErrorCode.PERSON_DOCUMENT_NOT_ON_PERSON, "PersonDocument", java.util.List.of(
                    new FieldViolation("attachmentId", "person_documents_attachment_person", "must be an attachment on the same person")));
        }
        return documents.insert(document);
    }
}
