package dev.atlvs.core.error;

import java.util.Optional;

/**
 * The write collides with the current state: a rule of the domain, an illegal transition, a record still in use.
 * When a named rule was broken, {@link #rule()} names it: the same name whether the SDK's own check or the
 * database caught it (for example {@code expenses_status_transition}).
 */
public class ConflictException extends AtlvsException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    public ConflictException(ErrorCode code, String field, String message) {
        this(code, field, null, message, null);
    }

    public ConflictException(ErrorCode code, String field, String message, Throwable cause) {
        this(code, field, null, message, cause);
    }

    /** A conflict with a named rule; {@code field} and {@code rule} may be null. */
    public ConflictException(ErrorCode code, String field, String rule, String message, Throwable cause) {
        super(code, message, cause);
        this.field = field;
        this.rule = rule;
    }

    /** The conflict of breaking the rule {@code rule} about {@code field}. */
    public static ConflictException ofRule(ErrorCode code, String field, String rule, String message) {
        return new ConflictException(code, field, rule, message, null);
    }

    /** The field the conflict is about, when there is one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The name of the rule that was broken, when the conflict is about a named rule. */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }
}
