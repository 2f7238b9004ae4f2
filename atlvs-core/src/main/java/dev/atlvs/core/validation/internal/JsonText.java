package dev.atlvs.core.validation.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Reads JSON text as PostgreSQL's {@code jsonb} input does, without building it: which kind of value it is, or that
 * PostgreSQL would refuse it. Refused are text that is not JSON (RFC 8259: no comments, no trailing commas, no
 * single quotes, no leading zeros, no control characters inside strings, {@code true}, {@code false} and
 * {@code null} in lower case), text that is not storable ({@link StorableText}), the escape <code>&#92;u0000</code>, which
 * {@code jsonb} cannot hold, and an escaped surrogate that is not one of a pair.
 */
public final class JsonText {

    /** The kind of a JSON value, as {@code jsonb_typeof} names it. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    /** The name of the rule that JSON text is well-formed and storable. */
    public static final String RULE = "Json";

    /** What the rule requires. */
    public static final String MESSAGE = "must be well-formed JSON that PostgreSQL can store as jsonb";

    private final String text;
    private int position;

    private JsonText(String text) {
        this.text = text;
    }

    /** The kind of the value {@code text} holds, or empty when PostgreSQL would refuse it as {@code jsonb}. */
    public static Optional<Kind> kind(String text) {
        if (text == null || !StorableText.storable(text)) {
            return Optional.empty();
        }
        try {
            JsonText reader = new JsonText(text);
            Kind kind = reader.document();
            return Optional.of(kind);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Whether PostgreSQL stores {@code text} as {@code jsonb}. */
    public static boolean wellFormed(String text) {
        return kind(text).isPresent();
    }

    /** Whether {@code text} is a JSON object PostgreSQL stores as {@code jsonb}. */
    public static boolean object(String text) {
        return kind(text).filter(kind -> kind == Kind.OBJECT).isPresent();
    }

    private Kind document() {
        // Containers are tracked on a stack, not by recursion: deep nesting cannot overflow the Java stack.
        Deque<Character> open = new ArrayDeque<>();
        Kind first = null;
        boolean expectValue = true;
        while (true) {
            whitespace();
            if (expectValue) {
                Kind kind = valueStart(open);
                if (first == null) {
                    first = kind;
                }
                if (kind == Kind.OBJECT || kind == Kind.ARRAY) {
                    whitespace();
                    char close = kind == Kind.OBJECT ? '}' : ']';
                    if (peek() == close) {
                        position++;
                        open.pop();
                        expectValue = false;
                    } else if (kind == Kind.OBJECT) {
                        key();
                    }
                    if (expectValue) {
                        continue;
                    }
                } else {
                    expectValue = false;
                }
            }
            whitespace();
            if (open.isEmpty()) {
                if (position != text.length()) {
                    throw malformed();
                }
                return first;
            }
            char c = next();
            if (c == ',') {
                if (open.peek() == '{') {
                    whitespace();
                    key();
                }
                expectValue = true;
            } else if (c == (open.peek() == '{' ? '}' : ']')) {
                open.pop();
            } else {
                throw malformed();
            }
        }
    }

    /** Reads a scalar, or the opening of a container (pushed on {@code open}); returns the value's kind. */
    private Kind valueStart(Deque<Character> open) {
        char c = next();
        switch (c) {
            case '{' -> {
                open.push('{');
                return Kind.OBJECT;
            }
            case '[' -> {
                open.push('[');
                return Kind.ARRAY;
            }
            case '"' -> {
                string();
                return Kind.STRING;
            }
            case 't' -> {
                literal("rue");
                return Kind.BOOLEAN;
            }
            case 'f' -> {
                literal("alse");
                return Kind.BOOLEAN;
            }
            case 'n' -> {
                literal("ull");
                return Kind.NULL;
            }
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    position--;
                    number();
                    return Kind.NUMBER;
                }
                throw malformed();
            }
        }
    }

    /** A member's key and its colon. */
    private void key() {
        if (next() != '"') {
            throw malformed();
        }
        string();
        whitespace();
        if (next() != ':') {
            throw malformed();
        }
    }

    /** The rest of a string whose opening quote was read. */
    private void string() {
        boolean pendingHigh = false;
        while (true) {
            char c = next();
            if (c == '"') {
                if (pendingHigh) {
                    throw malformed();
                }
                return;
            }
            if (c < 0x20) {
                throw malformed();
            }
            if (c != '\\') {
                if (pendingHigh) {
                    throw malformed();
                }
                continue;
            }
            char escape = next();
            if (escape == 'u') {
                int unit = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(next(), 16);
                    if (digit < 0) {
                        throw malformed();
                    }
                    unit = unit * 16 + digit;
                }
                if (unit == 0) {
                    throw malformed();
                }
                boolean high = unit >= 0xD800 && unit <= 0xDBFF;
                boolean low = unit >= 0xDC00 && unit <= 0xDFFF;
                if (pendingHigh != low) {
                    throw malformed();
                }
                pendingHigh = high;
            } else if ("\"\\/bfnrt".indexOf(escape) >= 0) {
                if (pendingHigh) {
                    throw malformed();
                }
            } else {
                throw malformed();
            }
        }
    }

    private void number() {
        if (peek() == '-') {
            position++;
        }
        char c = next();
        if (c == '0') {
            if (Character.isDigit(peek())) {
                throw malformed();
            }
        } else if (c >= '1' && c <= '9') {
            digits(false);
        } else {
            throw malformed();
        }
        if (peek() == '.') {
            position++;
            digits(true);
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            digits(true);
        }
        // A number runs into the next token only through a delimiter: "1true" and "01" are not JSON.
        char after = peek();
        if (after != 0 && !(after == ',' || after == ']' || after == '}' || after == ' ' || after == '\t' || after == '\n' || after == '\r')) {
            throw malformed();
        }
    }

    private void digits(boolean required) {
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        if (required && position == start) {
            throw malformed();
        }
    }

    private void literal(String rest) {
        if (!text.startsWith(rest, position)) {
            throw malformed();
        }
        position += rest.length();
        char after = peek();
        if (Character.isLetterOrDigit(after) || after == '_') {
            throw malformed();
        }
    }

    private void whitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    /** The next character without consuming it; {@code 0} at the end (the text holds no NUL). */
    private char peek() {
        return position < text.length() ? text.charAt(position) : 0;
    }

    private char next() {
        if (position >= text.length()) {
            throw malformed();
        }
        return text.charAt(position++);
    }

    private static IllegalArgumentException malformed() {
        return new IllegalArgumentException("not JSON", null);
    }
}
