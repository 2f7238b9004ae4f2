package dev.atlvs.core.error;

import java.util.Optional;

/** The actor may not do this: a missing permission, no active membership, or a write into another tenant. */
public class AccessDeniedException extends AtlvsException {
    private static final long serialVersionUID = 1L;

    private final String permission;

    public AccessDeniedException(ErrorCode code, String permission, String message) {
        this(code, permission, message, null);
    }

    public AccessDeniedException(ErrorCode code, String permission, String message, Throwable cause) {
        super(code, message, cause);
        this.permission = permission;
    }

    /** The actor lacks {@code permission}. */
    public static AccessDeniedException missing(String permission) {
        return new AccessDeniedException(CoreErrorCode.PERMISSION_DENIED, permission, "missing permission " + permission);
    }

    /** The missing permission, when the denial is about one. */
    public Optional<String> permission() {
        return Optional.ofNullable(permission);
    }
}
