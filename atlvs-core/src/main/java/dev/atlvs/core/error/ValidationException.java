package dev.atlvs.core.error;

import java.util.List;
import java.util.stream.Collectors;

/** The input breaks one or more rules. Every violation is listed, not just the first. */
public class ValidationException extends AtlvsException {
    private static final long serialVersionUID = 1L;

    private final List<FieldViolation> violations;

    public ValidationException(ErrorCode code, String subject, List<FieldViolation> violations) {
        this(code, subject, violations, null);
    }

    /** Like {@link #ValidationException(ErrorCode, String, List)}, caused by {@code cause} (a refusal of the database). */
    public ValidationException(ErrorCode code, String subject, List<FieldViolation> violations, Throwable cause) {
        super(code, subject + " is invalid: " + violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")), cause);
        this.violations = List.copyOf(violations);
    }

    /** A single violated rule of {@code subject}. */
    public static ValidationException of(String subject, String field, String rule, String message) {
        return new ValidationException(CoreErrorCode.VALIDATION_FAILED, subject, List.of(new FieldViolation(field, rule, message)));
    }

    /** Every violated rule, in a stable order. */
    public List<FieldViolation> violations() {
        return violations;
    }

    /** The violations of one field. */
    public List<FieldViolation> violationsOf(String field) {
        return violations.stream().filter(v -> v.field().equals(field)).toList();
    }
}
