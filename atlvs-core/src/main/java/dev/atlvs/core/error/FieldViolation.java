package dev.atlvs.core.error;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule: the field (a Java property path such as {@code name} or {@code lines[2].quantity}),
 * the rule (a constraint name such as {@code NotBlank}, {@code Size} or a database constraint) and a
 * human-readable message that never contains the rejected value.
 */
public record FieldViolation(String field, String rule, String message) {
    public FieldViolation {
        requireNonNull(field, "field is null");
        requireNonNull(rule, "rule is null");
        requireNonNull(message, "message is null");
    }

    @Override
    public String toString() {
        return field + ": " + message + " (" + rule + ")";
    }
}
