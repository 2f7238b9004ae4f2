package dev.atlvs.core.validation.internal;

import dev.atlvs.core.error.ValidationException;
import java.util.Collection;

/**
 * The one rule on text that goes to the database, whatever carries it (a value's field, a bound parameter, a page
 * filter, a bulk load): it holds no NUL character, which PostgreSQL cannot store and refuses with an error that names
 * no column, and no unpaired surrogate, which the driver would silently replace. Broken, it is a
 * {@link ValidationException} naming the field or parameter under the rule {@value #RULE}, before any SQL runs.
 */
public final class StorableText {

    /** The name of the rule. */
    public static final String RULE = "StorableText";

    /** What the rule requires. */
    public static final String MESSAGE = "must not contain NUL characters or unpaired surrogates";

    private StorableText() {}

    /** Whether PostgreSQL stores {@code text} exactly as it is. */
    public static boolean storable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c) ? i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (c == '\0' || unpaired) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses {@code value} (text, or a collection or array holding text) when any of its text is not
     * {@linkplain #storable storable}, naming {@code field} of {@code subject}. Other values pass.
     */
    public static void require(String subject, String field, Object value) {
        if (!storableValue(value)) {
            throw ValidationException.of(subject, field, RULE, MESSAGE);
        }
    }

    /** Whether every text of {@code value} (text, or a collection or array holding text) is {@linkplain #storable storable}. */
    public static boolean storableValue(Object value) {
        if (value instanceof CharSequence text) {
            return storable(text);
        }
        if (value instanceof Collection<?> values) {
            for (Object element : values) {
                if (!storableValue(element)) {
                    return false;
                }
            }
        } else if (value instanceof Object[] values) {
            for (Object element : values) {
                if (!storableValue(element)) {
                    return false;
                }
            }
        }
        return true;
    }
}
