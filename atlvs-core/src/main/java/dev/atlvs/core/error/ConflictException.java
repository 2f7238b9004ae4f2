package dev.atlvs.core.error;

import java.util.Optional;

/** The write collides with the current state: a rule of the domain, an illegal transition, a record still in use. */
public class ConflictException extends AtlvsException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(ErrorCode code, String field, String message) {
        this(code, field, message, null);
    }

    public ConflictException(ErrorCode code, String field, String message, Throwable cause) {
        super(code, message, cause);
        this.field = field;
    }

    /** The field the conflict is about, when there is one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
