package dev.atlvs.core.error;

import static java.util.Objects.requireNonNull;

/**
 * The root of every exception the SDK throws. It carries a stable {@link ErrorCode}; its message
 * names fields and rules but never contains the values that were bound (they may be personal data).
 */
public class AtlvsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;

    public AtlvsException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public AtlvsException(ErrorCode code, String message, Throwable cause) {
        super("[" + requireNonNull(code, "code is null").name() + "] " + message, cause);
        this.code = code;
    }

    /** The stable code of this failure. */
    public ErrorCode code() {
        return code;
    }

    /** The category of this failure. */
    public ErrorCategory category() {
        return code.category();
    }
}
