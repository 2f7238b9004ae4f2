package dev.atlvs.examples.httphost;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a request gives, checked before anything reaches the SDK: required fields present, enum values among
 * the allowed ones, paging parameters in range. Every violation is collected, then {@link #throwIfAny()} reports
 * them all at once, as the SDK's own validation does.
 */
final class Input {
    private final String subject;
    private final List<FieldViolation> violations = new ArrayList<>();
    private boolean onlyMissing = true;

    Input(String subject) {
        this.subject = subject;
    }

    /** {@code value}, recorded as missing ({@code NotNull}) when it is null. */
    <T> T required(String field, T value) {
        if (value == null) {
            violations.add(new FieldViolation(field, "NotNull", "is required"));
        }
        return value;
    }

    /** The constant of {@code type} written as {@code text} ({@code in_progress}), or null when {@code text} is null. */
    <E extends Enum<E>> E oneOf(String field, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(text)) {
                return constant;
            }
        }
        invalid(field, "OneOf", "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        return null;
    }

    /** The integer {@code text} within {@code min} and {@code max}, or {@code fallback} when it is absent. */
    int range(String field, String text, int min, int max, int fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        invalid(field, "Range", "must be a whole number from " + min + " to " + max);
        return fallback;
    }

    void invalid(String field, String rule, String message) {
        violations.add(new FieldViolation(field, rule, message));
        onlyMissing = false;
    }

    /**
     * @throws ValidationException ({@link CoreErrorCode#REQUIRED_VALUE_MISSING} when only required fields are missing,
     *         else {@link CoreErrorCode#MALFORMED_VALUE}) listing every violation
     */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(onlyMissing ? CoreErrorCode.REQUIRED_VALUE_MISSING : CoreErrorCode.MALFORMED_VALUE,
                    subject, List.copyOf(violations));
        }
    }
}
