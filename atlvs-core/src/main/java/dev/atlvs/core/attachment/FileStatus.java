package dev.atlvs.core.attachment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a stored file: uploading → active (the upload completed and passed the scan) or
 * quarantined (the scan flagged it); active ⇄ quarantined; active ⇄ archived; anything → deleted, which
 * is terminal. Every status but deleted counts against the storage quota.
 */
public enum FileStatus {
    UPLOADING, ACTIVE, QUARANTINED, ARCHIVED, DELETED;

    /** The statuses this one may move to. */
    public Set<FileStatus> next() {
        return switch (this) {
            case UPLOADING -> EnumSet.of(ACTIVE, QUARANTINED, DELETED);
            case ACTIVE -> EnumSet.of(QUARANTINED, ARCHIVED, DELETED);
            case QUARANTINED -> EnumSet.of(ACTIVE, DELETED);
            case ARCHIVED -> EnumSet.of(ACTIVE, DELETED);
            case DELETED -> EnumSet.noneOf(FileStatus.class);
        };
    }

    /** Whether moving from this status to {@code target} is allowed. */
    public boolean canMoveTo(FileStatus target) {
        return next().contains(target);
    }

    /** Whether a file in this status counts against the storage quota. */
    public boolean countsAgainstQuota() {
        return this != DELETED;
    }
}
