package dev.atlvs.core.error;

import java.util.Optional;

/** The actor may not do this: a missing permission, no active membership, or a write into another tenant. */
public class AccessDeniedException extends AtlvsException {
    private static final long serialVersionUID = 1L;

    private final String permission;
    private final String field;
    private final String rule;

    public AccessDeniedException(ErrorCode code, String permission, String message) {
        this(code, permission, message, null);
    }

    public AccessDeniedException(ErrorCode code, String permission, String message, Throwable cause) {
        this(code, permission, null, null, message, cause);
    }

    /**
     * A denial by the named rule {@code rule} about {@code field} (for example that the submitter of an expense does
     * not approve it); any of {@code permission}, {@code field} and {@code rule} may be null.
     */
    public AccessDeniedException(ErrorCode code, String permission, String field, String rule, String message, Throwable cause) {
        super(code, message, cause);
        this.permission = permission;
        this.field = field;
        this.rule = rule;
    }

    /** The actor lacks {@code permission}. */
    public static AccessDeniedException missing(String permission) {
        return new AccessDeniedException(CoreErrorCode.PERMISSION_DENIED, permission, "missing permission " + permission);
    }

    /** The missing permission, when the denial is about one. */
    public Optional<String> permission() {
        return Optional.ofNullable(permission);
    }

    /** The field the denial is about, when a named rule denied it. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The name of the rule that denied it, when a named rule did (see {@link Rule}). */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }
}
