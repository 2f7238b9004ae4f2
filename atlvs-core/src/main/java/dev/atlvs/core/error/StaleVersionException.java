package dev.atlvs.core.error;

import java.util.UUID;

/** Another writer changed the record since it was read: reload it and apply the change again. */
public class StaleVersionException extends ConflictException {
    private static final long serialVersionUID = 1L;

    private final long expectedVersion;

    public StaleVersionException(String entity, UUID id, long expectedVersion) {
        super(CoreErrorCode.STALE_VERSION, "version",
                entity + " " + id + " was changed by someone else since version " + expectedVersion);
        this.expectedVersion = expectedVersion;
    }

    /** The version the caller's copy carried. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
