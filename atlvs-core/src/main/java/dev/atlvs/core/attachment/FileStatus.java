package dev.atlvs.core.attachment;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.lifecycle.Lifecycle;

/**
 * The lifecycle of a stored file: uploading → active (the upload completed and passed the scan) or
 * quarantined (the scan flagged it); active ⇄ quarantined; active ⇄ archived; anything → deleted, which
 * is terminal. Every status but deleted counts against the storage quota.
 */
public enum FileStatus {
    UPLOADING, ACTIVE, QUARANTINED, ARCHIVED, DELETED;

    /** The transition table; a refused move is {@link CoreErrorCode#STORAGE_FILE_TRANSITION_INVALID}. */
    public static final Lifecycle<StorageFile, FileStatus> LIFECYCLE = Lifecycle.of(FileStatus.class, StorageFile::status)
            .entity("file").table("storage_files").code(CoreErrorCode.STORAGE_FILE_TRANSITION_INVALID)
            .initial(UPLOADING, ACTIVE)
            .allow(UPLOADING, ACTIVE, QUARANTINED, DELETED)
            .allow(ACTIVE, QUARANTINED, ARCHIVED, DELETED)
            .allow(QUARANTINED, ACTIVE, DELETED)
            .allow(ARCHIVED, ACTIVE, DELETED)
            .build();

    /** Whether a file in this status counts against the storage quota. */
    public boolean countsAgainstQuota() {
        return this != DELETED;
    }
}
