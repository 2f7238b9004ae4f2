package dev.atlvs.core.repository;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a closed value set maps to the database: the constant {@code IN_PROGRESS} is stored as the text
 * {@code in_progress}, and the table's CHECK constraint lists exactly the lower-cased constant names
 * (a contract test compares the two).
 *
 * <p>Both directions run for every enum column of every row read or written, so each enum type's stored texts are
 * worked out once: reading a stored text is one map look-up, writing a constant one array read.
 */
public final class DatabaseEnum {
    private DatabaseEnum() {}

    /** Per enum type: its constants by stored text, and the stored text of each constant by ordinal. */
    private record Texts(Map<String, Enum<?>> constants, String[] texts) {}

    private static final ClassValue<Texts> TEXTS = new ClassValue<>() {
        @Override
        protected Texts computeValue(Class<?> type) {
            Enum<?>[] values = (Enum<?>[]) type.getEnumConstants();
            Map<String, Enum<?>> constants = new HashMap<>(values.length * 2);
            String[] texts = new String[values.length];
            for (Enum<?> value : values) {
                texts[value.ordinal()] = value.name().toLowerCase(Locale.ROOT);
                constants.put(texts[value.ordinal()], value);
            }
            return new Texts(Map.copyOf(constants), texts);
        }
    };

    /** The stored text of {@code value}. */
    public static String toDatabase(Enum<?> value) {
        return TEXTS.get(value.getDeclaringClass()).texts()[value.ordinal()];
    }

    /**
     * The constant stored as {@code text}; a text in another case names the same constant.
     *
     * @throws IllegalArgumentException when no constant of {@code type} has that name
     */
    public static <E extends Enum<E>> E fromDatabase(Class<E> type, String text) {
        Enum<?> stored = TEXTS.get(type).constants().get(text);
        return stored != null ? type.cast(stored) : Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    }
}
