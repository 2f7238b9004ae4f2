package dev.atlvs.core.validation.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import dev.atlvs.core.validation.JsonObject;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules on one column's values that both Bean Validation and a CHECK constraint can express, in a form
 * they can be compared in: a maximum length, not blank, and a lower and upper numeric bound. A rule that is
 * not recognised (a regular expression, {@code @Pattern}, a bound that names another column, a length lower
 * bound without {@code btrim}, a conditional constraint) is left out but remembered ({@link #pattern()})
 * because it may carry a rule in a form that is not compared: a rule found on one side only is not reported
 * when the other side has such an unrecognised rule.
 *
 * <p>Read from the Java side with {@link #ofAccessor(Method, boolean)} and from the database side with
 * {@link #ofCheckConstraints(String, List, boolean)}, which reads {@code pg_get_constraintdef} output: each
 * constraint is split into its top-level {@code AND} terms (a constraint with a top-level {@code OR} is
 * conditional and is skipped) and each term is matched against
 * <ul>
 *   <li>{@code length(col) <= N}, {@code char_length(col) <= N}, {@code length(btrim(col)) <= N} (also
 *       {@code <}, and {@code between 1 and N} as PostgreSQL prints it) for the maximum length;</li>
 *   <li>{@code length(btrim(col)) >= 1} (or {@code > 0}), {@code btrim(col) <> ''}, {@code col ~ '\S'} and
 *       {@code col ~ '[^[:space:]]'} for not blank;</li>
 *   <li>{@code col > n}, {@code col >= n}, {@code col < n}, {@code col <= n} with a numeric literal (any
 *       casts PostgreSQL adds, such as {@code (0)::numeric}) for the bounds.</li>
 * </ul>
 *
 * @param maxLength the most characters allowed, when bounded
 * @param notBlank  whether the value must contain a non-whitespace character
 * @param lower     the lower bound, when bounded
 * @param upper     the upper bound, when bounded
 * @param pattern    whether an unrecognised rule (such as a regular expression) also constrains the value
 * @param jsonObject whether the value is a JSON object: {@code @JsonObject} in Java, {@code jsonb_typeof(col) = 'object'}
 *                   in a CHECK
 */
public record ValidationRules(Integer maxLength, boolean notBlank, Bound lower, Bound upper, boolean pattern, boolean jsonObject) {

    /** Rules that say nothing about JSON. */
    public ValidationRules(Integer maxLength, boolean notBlank, Bound lower, Bound upper, boolean pattern) {
        this(maxLength, notBlank, lower, upper, pattern, false);
    }

    /** A numeric bound; integral bounds are normalised to inclusive ones so that {@code > 0} equals {@code >= 1}. */
    public record Bound(BigDecimal value, boolean inclusive) {

        static Bound of(BigDecimal value, boolean inclusive, boolean integral, boolean lower) {
            if (integral && !inclusive && value.stripTrailingZeros().scale() <= 0) {
                return new Bound(lower ? value.add(BigDecimal.ONE) : value.subtract(BigDecimal.ONE), true);
            }
            return new Bound(value, inclusive);
        }

        boolean sameAs(Bound other) {
            return other != null && inclusive == other.inclusive && value.compareTo(other.value) == 0;
        }

        String describe(boolean lower) {
            return (lower ? (inclusive ? ">= " : "> ") : (inclusive ? "<= " : "< ")) + value.toPlainString();
        }
    }

    private static final Set<String> NON_BLANK = Set.of("\\S", "[^[:space:]]", "[^\\s]");
    private static final Pattern CAST = Pattern.compile("::[a-z][a-z ]*(?:\\(\\d+(?:,\\s*\\d+)?\\))?");
    private static final Pattern COMPARISON = Pattern.compile("^(.+?)\\s*(<=|>=|<>|<|>|=)\\s*(.+)$");

    /** Whether the rules constrain anything at all. */
    public boolean isEmpty() {
        return maxLength == null && !notBlank && lower == null && upper == null && !jsonObject;
    }

    // ---- Java side ----------------------------------------------------------------------------------

    /**
     * The rules of an accessor's Bean Validation annotations, on the method and, for {@code Optional<...>},
     * on its type argument; {@code integral} when the column holds whole numbers.
     */
    public static ValidationRules ofAccessor(Method accessor, boolean integral) {
        return ofAnnotations(annotationsOf(accessor), integral);
    }

    /** The annotations of an accessor: on the method, on its return type and, for {@code Optional<...>}, on its type argument. */
    public static List<Annotation> annotationsOf(Method accessor) {
        List<Annotation> annotations = new ArrayList<>(List.of(accessor.getAnnotations()));
        AnnotatedType returnType = accessor.getAnnotatedReturnType();
        annotations.addAll(List.of(returnType.getAnnotations()));
        if (accessor.getReturnType() == Optional.class && returnType instanceof AnnotatedParameterizedType parameterized) {
            annotations.addAll(List.of(parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations()));
        }
        return annotations;
    }

    /** The rules of the given Bean Validation annotations; {@code integral} when the column holds whole numbers. */
    public static ValidationRules ofAnnotations(List<Annotation> annotations, boolean integral) {
        Integer maxLength = null;
        boolean notBlank = false;
        boolean pattern = false;
        Bound lower = null;
        Bound upper = null;
        boolean jsonObject = false;
        for (Annotation annotation : annotations) {
            if (annotation instanceof JsonObject) {
                jsonObject = true;
            } else if (annotation instanceof Size size && size.max() != Integer.MAX_VALUE) {
                maxLength = maxLength == null ? size.max() : Math.min(maxLength, size.max());
            } else if (annotation instanceof NotBlank || annotation instanceof NonBlank) {
                // @NonBlank is the SDK's not-blank for optional values: it accepts an absent value.
                notBlank = true;
            } else if (annotation instanceof jakarta.validation.constraints.Pattern
                    || annotation instanceof jakarta.validation.constraints.Email) {
                pattern = true;
            } else if (annotation instanceof Positive) {
                lower = tighter(lower, Bound.of(BigDecimal.ZERO, false, integral, true), true);
            } else if (annotation instanceof PositiveOrZero) {
                lower = tighter(lower, Bound.of(BigDecimal.ZERO, true, integral, true), true);
            } else if (annotation instanceof Negative) {
                upper = tighter(upper, Bound.of(BigDecimal.ZERO, false, integral, false), false);
            } else if (annotation instanceof NegativeOrZero) {
                upper = tighter(upper, Bound.of(BigDecimal.ZERO, true, integral, false), false);
            } else if (annotation instanceof Min min) {
                lower = tighter(lower, Bound.of(BigDecimal.valueOf(min.value()), true, integral, true), true);
            } else if (annotation instanceof Max max) {
                upper = tighter(upper, Bound.of(BigDecimal.valueOf(max.value()), true, integral, false), false);
            } else if (annotation instanceof DecimalMin min) {
                lower = tighter(lower, Bound.of(new BigDecimal(min.value()), min.inclusive(), integral, true), true);
            } else if (annotation instanceof DecimalMax max) {
                upper = tighter(upper, Bound.of(new BigDecimal(max.value()), max.inclusive(), integral, false), false);
            }
        }
        return new ValidationRules(maxLength, notBlank, lower, upper, pattern, jsonObject);
    }

    // ---- database side ------------------------------------------------------------------------------

    /** The rules on {@code column} of its CHECK constraints, as {@code pg_get_constraintdef} prints them. */
    public static ValidationRules ofCheckConstraints(String column, List<String> definitions, boolean integral) {
        Integer maxLength = null;
        boolean notBlank = false;
        boolean pattern = false;
        Bound lower = null;
        Bound upper = null;
        boolean jsonObject = false;
        String col = identifier(column);
        String value = "(?:\\(" + col + "\\)::[a-z ]+|" + col + ")";
        Pattern length = Pattern.compile("^(?:length|char_length|character_length)\\((btrim\\(" + value + "\\)|" + value + ")\\)$");
        Pattern blank = Pattern.compile("^btrim\\(" + value + "\\)$");
        Pattern regex = Pattern.compile("^" + value + "\\s*!?~\\*?\\s*'((?:[^']|'')*)'(?:::text)?$");
        Pattern self = Pattern.compile("^" + value + "$");
        Pattern jsonType = Pattern.compile("^jsonb?_typeof\\(" + value + "\\)$");
        Pattern mentions = Pattern.compile("(?<![a-z0-9_$])" + col + "(?![a-z0-9_$])");
        for (String definition : definitions) {
            String body = body(definition);
            List<String> terms = terms(body);
            if (terms.isEmpty()) {
                pattern |= mentions.matcher(body).find();
                continue;
            }
            for (String term : terms) {
                boolean recognised = true;
                Matcher regexMatch = regex.matcher(term);
                if (regexMatch.matches()) {
                    if (NON_BLANK.contains(regexMatch.group(1)) && !term.contains("!~")) {
                        notBlank = true;
                    } else {
                        pattern = true;
                    }
                    continue;
                }
                Matcher comparison = COMPARISON.matcher(term);
                if (!comparison.matches()) {
                    pattern |= mentions.matcher(term).find();
                    continue;
                }
                String left = strip(comparison.group(1));
                String operator = comparison.group(2);
                String right = strip(comparison.group(3));
                BigDecimal number = number(right);
                if (number == null && number(left) != null) {
                    number = number(left);
                    left = right;
                    operator = flip(operator);
                }
                Matcher lengthMatch = length.matcher(left);
                if (lengthMatch.matches() && number != null) {
                    boolean trimmed = lengthMatch.group(1).startsWith("btrim(");
                    switch (operator) {
                        case "<=" -> maxLength = min(maxLength, number.intValue());
                        case "<" -> maxLength = min(maxLength, number.intValue() - 1);
                        case "=" -> {
                            maxLength = min(maxLength, number.intValue());
                            notBlank |= trimmed && number.signum() > 0;
                        }
                        case ">=" -> {
                            notBlank |= trimmed && number.compareTo(BigDecimal.ONE) >= 0;
                            recognised = trimmed;
                        }
                        case ">" -> {
                            notBlank |= trimmed && number.signum() >= 0;
                            recognised = trimmed;
                        }
                        default -> recognised = false;
                    }
                } else if (blank.matcher(left).matches() && operator.equals("<>") && right.matches("''(?:::text)?")) {
                    notBlank = true;
                } else if (jsonType.matcher(left).matches() && operator.equals("=") && right.matches("'object'(?:::text)?")) {
                    jsonObject = true;
                } else if (self.matcher(left).matches() && number != null) {
                    switch (operator) {
                        case ">" -> lower = tighter(lower, Bound.of(number, false, integral, true), true);
                        case ">=" -> lower = tighter(lower, Bound.of(number, true, integral, true), true);
                        case "<" -> upper = tighter(upper, Bound.of(number, false, integral, false), false);
                        case "<=" -> upper = tighter(upper, Bound.of(number, true, integral, false), false);
                        default -> recognised = false;
                    }
                } else {
                    recognised = false;
                }
                if (!recognised) {
                    pattern |= mentions.matcher(term).find();
                }
            }
        }
        return new ValidationRules(maxLength, notBlank, lower, upper, pattern, jsonObject);
    }

    // ---- comparison ---------------------------------------------------------------------------------

    /**
     * Whether {@code check} (the rules of one CHECK constraint) says what these rules (of one Bean Validation
     * annotation) say: every rule set here is set there to the same value. Empty rules mirror nothing.
     */
    public boolean mirroredBy(ValidationRules check) {
        if (isEmpty()) {
            return false;
        }
        return (maxLength == null || maxLength.equals(check.maxLength))
                && (!notBlank || check.notBlank)
                && (lower == null || lower.sameAs(check.lower))
                && (upper == null || upper.sameAs(check.upper))
                && (!jsonObject || check.jsonObject);
    }

    /**
     * Every disagreement between the rules of the Java declaration ({@code this}) and of the database;
     * a rule on only one side is not reported when the other side has a regular expression, which may
     * carry it in a form that is not compared.
     */
    public List<String> disagreements(String column, ValidationRules database) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(maxLength, database.maxLength) && !excused(maxLength, database.maxLength, database)) {
            out.add(column + " allows " + length(maxLength) + " in Java (@Size) but " + length(database.maxLength)
                    + " in its CHECK constraints");
        }
        if (notBlank != database.notBlank && !excused(notBlank ? true : null, database.notBlank ? true : null, database)) {
            out.add(column + (notBlank ? " is @NotBlank in Java but its CHECK constraints allow a blank value"
                    : " may be blank in Java but its CHECK constraints require a non-blank value"));
        }
        if (!(lower == null ? database.lower == null : lower.sameAs(database.lower)) && !excused(lower, database.lower, database)) {
            out.add(column + " has lower bound " + bound(lower, true) + " in Java but " + bound(database.lower, true)
                    + " in its CHECK constraints");
        }
        if (!(upper == null ? database.upper == null : upper.sameAs(database.upper)) && !excused(upper, database.upper, database)) {
            out.add(column + " has upper bound " + bound(upper, false) + " in Java but " + bound(database.upper, false)
                    + " in its CHECK constraints");
        }
        if (jsonObject != database.jsonObject) {
            out.add(column + (jsonObject ? " is @JsonObject in Java but its CHECK constraints allow any JSON"
                    : " may hold any JSON in Java but its CHECK constraints require an object (@JsonObject)"));
        }
        return out;
    }

    /** A rule on one side only is excused when the side without it has another rule that may carry it. */
    private boolean excused(Object javaRule, Object databaseRule, ValidationRules database) {
        return javaRule == null ? pattern && databaseRule != null : databaseRule == null && database.pattern;
    }

    private static String length(Integer max) {
        return max == null ? "any length" : "at most " + max + " characters";
    }

    private static String bound(Bound bound, boolean lower) {
        return bound == null ? "none" : bound.describe(lower);
    }

    // ---- parsing helpers ----------------------------------------------------------------------------

    /** The expression of a {@code CHECK (...)} definition, without {@code NOT VALID}. */
    static String body(String definition) {
        String text = definition.strip();
        if (text.endsWith("NOT VALID")) {
            text = text.substring(0, text.length() - "NOT VALID".length()).strip();
        }
        if (text.startsWith("CHECK ")) {
            text = text.substring("CHECK ".length());
        }
        return text;
    }

    /** The top-level {@code AND} terms of an expression, flattened; empty when it has a top-level {@code OR}. */
    static List<String> terms(String expression) {
        List<String> out = new ArrayList<>();
        String text = strip(expression);
        List<String> ors = split(text, " OR ");
        if (ors.size() > 1) {
            return List.of();
        }
        List<String> ands = split(text, " AND ");
        if (ands.size() == 1) {
            out.add(text);
            return out;
        }
        for (String and : ands) {
            List<String> inner = terms(and);
            if (!inner.isEmpty()) {
                out.addAll(inner);
            }
        }
        return out;
    }

    /** {@code text} split at {@code separator} where it is outside parentheses and quotes. */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && text.startsWith(separator, i)) {
                parts.add(text.substring(start, i).strip());
                start = i + separator.length();
                i = start - 1;
            }
        }
        parts.add(text.substring(start).strip());
        return parts;
    }

    /** {@code text} without the parentheses that enclose all of it. */
    static String strip(String text) {
        String s = text.strip();
        while (s.startsWith("(") && closes(s)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static boolean closes(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
                if (depth == 0 && i < s.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0 && s.endsWith(")");
    }

    /** The numeric literal of an expression such as {@code 0}, {@code (0)::numeric} or {@code ('-1'::integer)::numeric}. */
    static BigDecimal number(String expression) {
        String s = CAST.matcher(expression).replaceAll("").replace("(", "").replace(")", "").replace("'", "").strip();
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String identifier(String column) {
        String quoted = Pattern.quote("\"" + column.replace("\"", "\"\"") + "\"");
        return column.matches("[a-z_][a-z0-9_$]*") ? "(?:" + Pattern.quote(column) + "|" + quoted + ")" : quoted;
    }

    private static String flip(String operator) {
        return switch (operator) {
            case "<" -> ">";
            case ">" -> "<";
            case "<=" -> ">=";
            case ">=" -> "<=";
            default -> operator;
        };
    }

    private static Integer min(Integer current, int candidate) {
        return current == null ? candidate : Math.min(current, candidate);
    }

    private static Bound tighter(Bound current, Bound candidate, boolean lower) {
        if (current == null) {
            return candidate;
        }
        int order = candidate.value().compareTo(current.value());
        if (order == 0) {
            return candidate.inclusive() ? current : candidate;
        }
        return (lower ? order > 0 : order < 0) ? candidate : current;
    }
}
