package dev.atlvs.core.repository;

import java.util.Locale;

/**
 * How a closed value set maps to the database: the constant {@code IN_PROGRESS} is stored as the text
 * {@code in_progress}, and the table's CHECK constraint lists exactly the lower-cased constant names
 * (a contract test compares the two).
 */
public final class DatabaseEnum {
    private DatabaseEnum() {}

    /** The stored text of {@code value}. */
    public static String toDatabase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant stored as {@code text}. */
    public static <E extends Enum<E>> E fromDatabase(Class<E> type, String text) {
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    }
}
