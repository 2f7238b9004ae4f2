package dev.atlvs.programming.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks every text of a schedule passes: present, not blank, no control characters (a line break or tab only
 * where the text may span lines), no lone surrogates or non-characters. Such characters have no place in a printed
 * document and cannot be written to iCalendar or XHTML at all.
 */
final class Texts {
    private Texts() {
    }

    /** A required single-line text. */
    static String line(String field, String value) {
        return check(field, value, false);
    }

    /** A required text that may span lines; line breaks are normalized to {@code \n}. */
    static String block(String field, String value) {
        return check(field, value, true);
    }

    /** An optional single-line text; {@code Optional.empty()} when absent, never an empty or blank text. */
    static Optional<String> optionalLine(String field, Optional<String> value) {
        Objects.requireNonNull(value, () -> field + " must not be null (use Optional.empty())");
        return value.map(v -> line(field, v));
    }

    /** An optional text that may span lines. */
    static Optional<String> optionalBlock(String field, Optional<String> value) {
        Objects.requireNonNull(value, () -> field + " must not be null (use Optional.empty())");
        return value.map(v -> block(field, v));
    }

    /** A list of single-line texts, copied and unmodifiable. */
    static List<String> lines(String field, List<String> values) {
        Objects.requireNonNull(values, () -> field + " must not be null (use an empty list)");
        List<String> checked = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            checked.add(line(field + "[" + i + "]", values.get(i)));
        }
        return List.copyOf(checked);
    }

    /** A list of values, copied and unmodifiable, refusing null elements with the field's name. */
    static <T> List<T> list(String field, List<T> values) {
        Objects.requireNonNull(values, () -> field + " must not be null (use an empty list)");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    private static String check(String field, String value, boolean multiline) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        String text = multiline ? value.replace("\r\n", "\n").replace('\r', '\n') : value;
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new IllegalArgumentException(field + " must not contain a lone surrogate (at index " + i + ")");
            }
            if (Character.isLowSurrogate(c)) {
                throw new IllegalArgumentException(field + " must not contain a lone surrogate (at index " + i + ")");
            }
            boolean allowedBreak = multiline && (c == '\n' || c == '\t');
            if (Character.isISOControl(c) && !allowedBreak) {
                throw new IllegalArgumentException(field + " must not contain control characters"
                        + (multiline ? " other than line breaks and tabs" : " or line breaks")
                        + " (U+" + String.format("%04X", (int) c) + " at index " + i + ")");
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                throw new IllegalArgumentException(field + " must not contain the non-character U+"
                        + String.format("%04X", (int) c) + " (at index " + i + ")");
            }
        }
        return text;
    }
}
