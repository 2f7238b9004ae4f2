package dev.atlvs.people.profile;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * An identity or HR document of a person as the {@code profile_documents} view shows it: the attachment on the person,
 * its file, and the metadata of {@link PersonDocument}. Read-only.
 *
 * @param organizationId the organization
 * @param id the person document's id
 * @param personId the person
 * @param attachmentId the attachment on the person
 * @param fileId the stored file
 * @param fileName the file's name
 * @param mediaType the file's media type
 * @param documentType what the document is
 * @param expiresAt the last day it is valid, if it expires
 * @param verifiedBy who verified it
 * @param verifiedAt when it was verified
 * @param createdAt when it was described
 */
public record ProfileDocument(UUID organizationId, UUID id, UUID personId, UUID attachmentId, UUID fileId, String fileName, String mediaType,
        DocumentType documentType, Optional<LocalDate> expiresAt, Optional<UUID> verifiedBy, Optional<Instant> verifiedAt, Instant createdAt) {

    public ProfileDocument {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(id, "id is null");
        requireNonNull(personId, "personId is null");
        requireNonNull(attachmentId, "attachmentId is null");
        requireNonNull(fileId, "fileId is null");
        requireNonNull(fileName, "fileName is null");
        requireNonNull(mediaType, "mediaType is null");
        requireNonNull(documentType, "documentType is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(verifiedBy, "verifiedBy is null");
        requireNonNull(verifiedAt, "verifiedAt is null");
        requireNonNull(createdAt, "createdAt is null");
    }
}
