package dev.atlvs.core.internal;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.UUID;

/**
 * A minimal JSON writer for event payloads and webhook bodies: maps (string keys), lists and arrays,
 * strings, numbers, booleans, null, and as strings UUIDs, enums (lower case) and dates and times.
 */
public final class Json {

    private Json() {}

    /** {@code value} as JSON text. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("JSON object keys must be strings");
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, key);
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, item);
            }
            out.append(']');
        } else if (value instanceof Object[] items) {
            write(out, java.util.Arrays.asList(items));
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Double number && (number.isNaN() || number.isInfinite())
                || value instanceof Float single && (single.isNaN() || single.isInfinite())) {
            throw new IllegalArgumentException("JSON numbers must be finite");
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof Enum<?> constant) {
            string(out, constant.name().toLowerCase(java.util.Locale.ROOT));
        } else if (value instanceof CharSequence || value instanceof UUID || value instanceof TemporalAccessor
                || value instanceof Character) {
            string(out, value.toString());
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " as JSON");
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
