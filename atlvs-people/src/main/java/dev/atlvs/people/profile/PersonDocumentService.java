package dev.atlvs.people.profile;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.personal.PersonalDataService;
import dev.atlvs.people.PeopleRules;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
import java.util.List;
import java.util.UUID;

/**
 * A person's identity and HR documents: describing an attachment on the person (requires
 * {@link PeoplePermissions#PERSONAL_ACCESS}) and reading them, which only the person themselves and members holding
 * {@link PeoplePermissions#PERSONAL_ACCESS} may do; anyone else gets an {@link AccessDeniedException}.
 *
 * <pre>{@code
 * Attachment scan = new AttachmentService(tx).attach(EntityTypes.require("person").ref(ana.id()), file.id(), ...);
 * new PersonDocumentService(tx).describe(PersonDocument.builder().organizationId(tx.organizationId()).personId(ana.id())
 *         .attachmentId(scan.id()).documentType(DocumentType.PASSPORT).expiresAt(LocalDate.of(2031, 5, 1)).build());
 * List<ProfileDocument> hers = new PersonDocumentService(tx).of(ana.id());
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
        if (!PersonalDataService.mayAccess(tx, document.personId(), PeoplePermissions.PERSONAL_ACCESS)) {
            throw PeopleRules.PERSON_DOCUMENTS_ACCESS.exception();
        }
        tx.validate("PersonDocument", document);
        PersonDocumentRepository documents = tx.repository(PersonDocumentRepository.class);
        if (!documents.isOnPerson(document.attachmentId(), document.personId())) {
            throw new ValidationException(PeopleErrorCode.PERSON_DOCUMENT_NOT_ON_PERSON, "PersonDocument", java.util.List.of(
                    new FieldViolation("attachmentId", "person_documents_attachment_person", "must be an attachment on the same person")));
        }
        return documents.insert(document);
    }

    /** The person's documents with their files, by type and expiry. */
    public List<ProfileDocument> of(UUID personId) {
        requireNonNull(personId, "personId is null");
        tx.repository(PersonRepository.class).get(personId);
        if (!PersonalDataService.mayAccess(tx, personId, PeoplePermissions.PERSONAL_ACCESS)) {
            throw AccessDeniedException.missing(PeoplePermissions.PERSONAL_ACCESS.name());
        }
        return tx.repository(ProfileDocumentRepository.class).of(personId);
    }
}
