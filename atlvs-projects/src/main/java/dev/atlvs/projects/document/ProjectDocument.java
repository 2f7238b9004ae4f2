package dev.atlvs.projects.document;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.attachment.AttachmentLabel;
import dev.atlvs.core.attachment.FileStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A file attached to a project, as the {@code project_documents} view shows it: the attachment (its id,
 * label, description, visibility) joined with the stored file (name, media type, size, status, version
 * chain). Read-only: attach and detach files through {@link dev.atlvs.core.attachment.AttachmentService}
 * with the entity reference {@code project:<id>}. Deleted files are left out.
 *
 * @param organizationId the organization
 * @param id the attachment's id
 * @param projectId the project
 * @param fileId the stored file
 * @param name the file name
 * @param mediaType the media type, such as {@code application/pdf}
 * @param sizeBytes the size in bytes
 * @param fileStatus the file's status (never {@link FileStatus#DELETED})
 * @param versionOf the previous version of the file, if any
 * @param isLatest whether no newer version of the file exists
 * @param label what the file is to the project
 * @param description the attachment's description
 * @param isPublic whether the host may show the file outside the organization
 * @param uploadedBy who uploaded the file
 * @param attachedAt when the file was attached
 * @param attachedBy who attached it, when known
 */
public record ProjectDocument(UUID organizationId, UUID id, UUID projectId, UUID fileId, String name, String mediaType, long sizeBytes,
        FileStatus fileStatus, Optional<UUID> versionOf, boolean isLatest, AttachmentLabel label, Optional<String> description,
        boolean isPublic, UUID uploadedBy, Instant attachedAt, Optional<UUID> attachedBy) {

    public ProjectDocument {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(id, "id is null");
        requireNonNull(projectId, "projectId is null");
        requireNonNull(fileId, "fileId is null");
        requireNonNull(name, "name is null");
        requireNonNull(mediaType, "mediaType is null");
        requireNonNull(fileStatus, "fileStatus is null");
        requireNonNull(versionOf, "versionOf is null");
        requireNonNull(label, "label is null");
        requireNonNull(description, "description is null");
        requireNonNull(uploadedBy, "uploadedBy is null");
        requireNonNull(attachedAt, "attachedAt is null");
        requireNonNull(attachedBy, "attachedBy is null");
    }
}
