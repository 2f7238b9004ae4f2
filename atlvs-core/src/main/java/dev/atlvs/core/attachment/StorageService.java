package dev.atlvs.core.attachment;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored files inside the caller's tenant transaction: registering content, new versions, the file
 * lifecycle ({@link FileStatus}) and the storage quota. A status change that {@link FileStatus#LIFECYCLE}
 * does not allow is a {@link ConflictException} with code {@link CoreErrorCode#STORAGE_FILE_TRANSITION_INVALID},
 * field {@code status} and rule {@code storage_files_status_transition}.
 *
 * <p><b>De-duplication.</b> {@link #register} of content whose checksum an active file of the organization
 * already has returns that file and writes nothing. A unique index on the checksum of active files backs
 * this: when two transactions register the same content at once, the second finds the first's file.
 *
 * <p><b>Quota.</b> The files that are not deleted may add up to {@code organizations.storage_quota_gb} GiB.
 * Going over is a {@link ConflictException} with code {@link CoreErrorCode#RULE_VIOLATED} on field
 * {@code sizeBytes} (the quota is state, not a property of the input), and nothing is written. The service
 * checks first; the database re-checks with the organization row locked, so two uploads that would each
 * fit, but not together, never both pass: the second waits for the first and is refused. That holds under
 * CorePermissions.FILES_READ COMMITTED (the SDK's default) and SERIALIZABLE; under REPEATABLE CorePermissions.FILES_READ the re-check cannot see an
 * upload committed after the transaction began.
 *
 * <p>Permissions: {@link CorePermissions#FILES_CREATE} to register content, {@link CorePermissions#FILES_READ} to read, {@link CorePermissions#FILES_UPDATE} for status
 * changes, and {@link CorePermissions#FILES_DELETE} to delete a file someone else uploaded (the uploader may delete their own).
 */
public final class StorageService {

    private static final String CHECKSUM_INDEX = "storage_files_checksum_active_unique";

    private final TenantTransaction tx;
    private final StorageFileRepository files;
    private final AttachmentRepository attachments;

    public StorageService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.files = tx.repository(StorageFileRepository.class);
        this.attachments = tx.repository(AttachmentRepository.class);
    }

    /**
     * Registers uploaded content as an active file, or returns the active file that already has the same
     * checksum (its name, media type and key stay as they are).
     *
     * @throws ValidationException when the upload breaks a rule (fields as in {@link StorageFile})
     * @throws ConflictException ({@link CoreErrorCode#RULE_VIOLATED}, field {@code sizeBytes}) over the quota
     * @throws DuplicateException when another file has the same storage key (field {@code storageKey})
     */
    public StorageFile register(Upload upload) {
        tx.require(CorePermissions.FILES_CREATE);
        StorageFile file = newFile(upload, FileStatus.ACTIVE, Optional.empty());
        Optional<StorageFile> existing = files.findActiveByChecksum(file.checksumSha256());
        if (existing.isPresent()) {
            return existing.get();
        }
        requireQuotaFor(file.sizeBytes());
        String savepoint = "storage_register";
        tx.handle().savepoint(savepoint);
        try {
            StorageFile stored = insert(file);
            tx.handle().releaseSavepoint(savepoint);
            return stored;
        } catch (DuplicateException duplicate) {
            if (!isChecksumDuplicate(duplicate)) {
                throw duplicate;
            }
            // A concurrent transaction registered the same content and committed first: use its file.
            tx.handle().rollbackToSavepoint(savepoint);
            return files.findActiveByChecksum(file.checksumSha256()).orElseThrow(() -> duplicate);
        }
    }

    /**
     * Registers content whose upload is starting: the file is {@link FileStatus#UPLOADING} and counts against
     * the quota until it is {@linkplain #activate activated}, quarantined or deleted. No de-duplication yet.
     */
    public StorageFile beginUpload(Upload upload) {
        tx.require(CorePermissions.FILES_CREATE);
        StorageFile file = newFile(upload, FileStatus.UPLOADING, Optional.empty());
        requireQuotaFor(file.sizeBytes());
        return insert(file);
    }

    /**
     * Registers {@code upload} as the next version of file {@code previousId}, which must be the latest version
     * of its document and not deleted. Content equal to the previous version's returns the previous version.
     *
     * @throws DuplicateException when {@code previousId} already has a newer version (field {@code versionOf}),
     *         or another active file has the same content (field {@code checksumSha256})
     * @throws ConflictException when the previous version is deleted, or over the quota
     */
    public StorageFile createVersion(UUID previousId, Upload upload) {
        requireNonNull(previousId, "previousId is null");
        tx.require(CorePermissions.FILES_CREATE);
        StorageFile file = newFile(upload, FileStatus.ACTIVE, Optional.of(previousId));
        StorageFile previous = files.find(previousId)
                .orElseThrow(() -> new ReferenceMissingException("StorageFile", "versionOf", "storage_files_version_of_fkey", null));
        if (previous.status() == FileStatus.DELETED) {
            throw new ConflictException(CoreErrorCode.RULE_VIOLATED, "versionOf", "a deleted file gets no new versions");
        }
        if (files.nextVersion(previousId).isPresent()) {
            throw new DuplicateException("StorageFile", List.of("versionOf"), "storage_files_version_of_unique", null);
        }
        if (previous.checksumSha256().equals(file.checksumSha256())) {
            return previous;
        }
        if (files.findActiveByChecksum(file.checksumSha256()).isPresent()) {
            throw new DuplicateException("StorageFile", List.of("checksumSha256"), CHECKSUM_INDEX, null);
        }
        requireQuotaFor(file.sizeBytes());
        return insert(file);
    }

    /**
     * Makes file {@code id} active (its upload completed, or it passed the scan). If an active file already
     * has the same content, that file is returned instead and this one is deleted.
     */
    public StorageFile activate(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(CorePermissions.FILES_UPDATE);
        StorageFile file = FileStatus.LIFECYCLE.require(files.get(id), FileStatus.ACTIVE);
        Optional<StorageFile> existing = files.findActiveByChecksum(file.checksumSha256());
        if (existing.isPresent()) {
            files.update(ImmutableStorageFile.copyOf(file).withStatus(FileStatus.DELETED));
            return existing.get();
        }
        return update(ImmutableStorageFile.copyOf(file).withStatus(FileStatus.ACTIVE));
    }

    /** Quarantines file {@code id} (the scan flagged it). */
    public StorageFile quarantine(UUID id) {
        tx.require(CorePermissions.FILES_UPDATE);
        return transition(id, FileStatus.QUARANTINED);
    }

    /** Archives file {@code id}: kept, counted against the quota, no longer offered for new use. */
    public StorageFile archive(UUID id) {
        tx.require(CorePermissions.FILES_UPDATE);
        return transition(id, FileStatus.ARCHIVED);
    }

    /**
     * Deletes file {@code id} (status {@link FileStatus#DELETED}; the row stays for the history, and the host
     * purges the content). Its uploader may; anyone else needs {@link CorePermissions#FILES_DELETE}.
     *
     * @throws ConflictException ({@link CoreErrorCode#STILL_REFERENCED}) while the file is attached to a record
     */
    public StorageFile delete(UUID id) {
        requireNonNull(id, "id is null");
        StorageFile file = files.get(id);
        if (!file.uploadedBy().equals(tx.actorId())) {
            tx.require(CorePermissions.FILES_DELETE);
        }
        FileStatus.LIFECYCLE.require(file, FileStatus.DELETED);
        if (attachments.countOfFile(id) > 0) {
            throw new ConflictException(CoreErrorCode.STILL_REFERENCED, "id", "the file is still attached to records: detach it first");
        }
        return files.update(ImmutableStorageFile.copyOf(file).withStatus(FileStatus.DELETED));
    }

    /** File {@code id}, whatever its status. */
    public StorageFile get(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(CorePermissions.FILES_READ);
        return files.get(id);
    }

    /** Every version of the document file {@code id} belongs to, oldest first. */
    public List<StorageFile> versions(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(CorePermissions.FILES_READ);
        List<StorageFile> versions = files.versions(id);
        if (versions.isEmpty()) {
            throw NotFoundException.of("StorageFile", id);
        }
        return versions;
    }

    /** The latest version of the document file {@code id} belongs to (the one no other file points at). */
    public StorageFile latestVersion(UUID id) {
        List<StorageFile> versions = versions(id);
        return versions.get(versions.size() - 1);
    }

    /** The organization's storage use against its quota. */
    public StorageUsage usage() {
        tx.require(CorePermissions.FILES_READ);
        return StorageUsage.of(files.usedBytes(), files.quotaGb().orElse(null));
    }

    private StorageFile newFile(Upload upload, FileStatus status, Optional<UUID> versionOf) {
        requireNonNull(upload, "upload is null");
        return tx.validate("StorageFile", StorageFile.builder()
                .organizationId(tx.organizationId())
                .name(upload.name())
                .mediaType(upload.mediaType())
                .sizeBytes(upload.sizeBytes())
                .checksumSha256(upload.checksumSha256())
                .storageKey(upload.storageKey())
                .status(status)
                .versionOf(versionOf)
                .uploadedBy(tx.actorId())
                .build());
    }

    private void requireQuotaFor(long sizeBytes) {
        StorageUsage usage = StorageUsage.of(files.usedBytes(), files.quotaGb().orElse(null));
        if (!usage.fits(sizeBytes)) {
            throw quotaExceeded();
        }
    }

    private StorageFile transition(UUID id, FileStatus target) {
        requireNonNull(id, "id is null");
        StorageFile file = FileStatus.LIFECYCLE.require(files.get(id), target);
        return update(ImmutableStorageFile.copyOf(file).withStatus(target));
    }

    // A database refusal of the quota (a concurrent upload) is reported as the registered rule, like quotaExceeded.
    private StorageFile insert(StorageFile file) {
        return files.insert(file);
    }

    private StorageFile update(StorageFile file) {
        return files.update(file);
    }

    private static boolean isChecksumDuplicate(DuplicateException duplicate) {
        return duplicate.fields().contains("checksumSha256") || duplicate.fields().contains(CHECKSUM_INDEX);
    }

    private static dev.atlvs.core.error.AtlvsException quotaExceeded() {
        return dev.atlvs.core.CoreRules.STORAGE_FILES_QUOTA.exception();
    }
}
