package dev.atlvs.core.automation;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Conditions over an entity's state, as a rule stores them (a JSON object):
 * <ul>
 *   <li>{@code {}}: always holds;</li>
 *   <li>{@code {"all": [c, ...]}}, {@code {"any": [c, ...]}}, {@code {"not": c}};</li>
 *   <li>{@code {"field": "value", "op": "gte", "value": 50000}}: a comparison of the entity's field (a dotted path into
 *       nested maps) with a value, the operator one of {@code eq, ne, gt, gte, lt, lte, in, not_in, contains, is_null,
 *       not_null, changed}.</li>
 * </ul>
 * Numbers compare as {@link BigDecimal} ({@code 5} equals {@code 5.00}); dates as dates and instants as instants (an
 * ISO text in the condition is read as the field's kind); ids and enums as their texts (enums in lower case). An
 * ordering operator over values that do not compare (a text and a number) does not hold. {@code changed} holds when the
 * event carries a previous state and the field's value differs in it.
 *
 * <pre>{@code
 * Map<String, Object> conditions = Map.of("all", List.of(Map.of("field", "value", "op", "gte", "value", 50000)));
 * Conditions.validate("conditions", conditions);
 * boolean holds = Conditions.evaluate(conditions, event).holds();
 * }</pre>
 */
public final class Conditions {

    /** The rule a malformed condition breaks. */
    public static final String RULE = "automation_conditions";

    private static final Set<String> OPERATORS = Set.of("eq", "ne", "gt", "gte", "lt", "lte", "in", "not_in", "contains",
            "is_null", "not_null", "changed");
    private static final Set<String> UNARY = Set.of("is_null", "not_null", "changed");
    private static final int MAX_DEPTH = 10;

    private Conditions() {}

    /** The outcome of conditions over an event: whether they hold, and each comparison with its result, in order. */
    public record Result(boolean holds, List<String> trace) {
        public Result {
            trace = List.copyOf(trace);
        }
    }

    /** Checks the shape of {@code conditions}, reporting each problem on its path under {@code path}. */
    public static void validate(String path, Map<String, Object> conditions) {
        List<FieldViolation> violations = new ArrayList<>();
        check(path, conditions, violations, 0);
        if (!violations.isEmpty()) {
            throw new ValidationException(CoreErrorCode.AUTOMATION_CONFIG_INVALID, "Automation", violations);
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(String path, Object node, List<FieldViolation> violations, int depth) {
        if (depth > MAX_DEPTH) {
            violations.add(new FieldViolation(path, RULE, "nests conditions more than " + MAX_DEPTH + " levels deep"));
            return;
        }
        if (!(node instanceof Map<?, ?> raw)) {
            violations.add(new FieldViolation(path, RULE, "must be a JSON object"));
            return;
        }
        Map<String, Object> map = (Map<String, Object>) raw;
        if (map.isEmpty()) {
            return;
        }
        if (map.containsKey("all") || map.containsKey("any")) {
            String key = map.containsKey("all") ? "all" : "any";
            if (map.size() != 1) {
                violations.add(new FieldViolation(path, RULE, "holds \"" + key + "\" and nothing else"));
            }
            if (!(map.get(key) instanceof List<?> items) || items.isEmpty()) {
                violations.add(new FieldViolation(path + "." + key, RULE, "must be a non-empty array of conditions"));
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                check(path + "." + key + "[" + i + "]", items.get(i), violations, depth + 1);
            }
            return;
        }
        if (map.containsKey("not")) {
            if (map.size() != 1) {
                violations.add(new FieldViolation(path, RULE, "holds \"not\" and nothing else"));
            }
            check(path + ".not", map.get("not"), violations, depth + 1);
            return;
        }
        if (!(map.get("field") instanceof String field) || field.isBlank()) {
            violations.add(new FieldViolation(path + ".field", RULE, "must name a field of the entity"));
        }
        if (!(map.get("op") instanceof String op) || !OPERATORS.contains(op)) {
            violations.add(new FieldViolation(path + ".op", RULE, "must be one of " + String.join(", ", OPERATORS.stream().sorted().toList())));
            return;
        }
        for (String key : map.keySet()) {
            if (!Set.of("field", "op", "value").contains(key)) {
                violations.add(new FieldViolation(path + "." + key, RULE, "is not part of a comparison (field, op, value)"));
            }
        }
        if (UNARY.contains(op)) {
            if (map.containsKey("value")) {
                violations.add(new FieldViolation(path + ".value", RULE, "is not used by " + op));
            }
        } else if (!map.containsKey("value")) {
            violations.add(new FieldViolation(path + ".value", RULE, "is required by " + op));
        } else if ((op.equals("in") || op.equals("not_in")) && !(map.get("value") instanceof List<?>)) {
            violations.add(new FieldViolation(path + ".value", RULE, "must be an array for " + op));
        } else if (Set.of("gt", "gte", "lt", "lte").contains(op) && !(map.get("value") instanceof BigDecimal || map.get("value") instanceof String)) {
            violations.add(new FieldViolation(path + ".value", RULE, "must be a number, a date or an instant for " + op));
        }
    }

    /** Whether (valid) {@code conditions} hold for {@code event}, with the trace of each comparison. */
    public static Result evaluate(Map<String, Object> conditions, AutomationEvent event) {
        List<String> trace = new ArrayList<>();
        boolean holds = holds(conditions, event, trace);
        return new Result(holds, trace);
    }

    @SuppressWarnings("unchecked")
    private static boolean holds(Object node, AutomationEvent event, List<String> trace) {
        Map<String, Object> map = (Map<String, Object>) node;
        if (map.isEmpty()) {
            return true;
        }
        if (map.containsKey("all")) {
            boolean all = true;
            for (Object item : (List<Object>) map.get("all")) {
                all &= holds(item, event, trace);
            }
            return all;
        }
        if (map.containsKey("any")) {
            boolean any = false;
            for (Object item : (List<Object>) map.get("any")) {
                any |= holds(item, event, trace);
            }
            return any;
        }
        if (map.containsKey("not")) {
            return !holds(map.get("not"), event, trace);
        }
        String field = (String) map.get("field");
        String op = (String) map.get("op");
        Object expected = map.get("value");
        boolean result = compare(op, lookup(event.state(), field), expected, event.previous().isEmpty()
                ? Optional.empty() : Optional.of(Optional.ofNullable(lookup(event.previous(), field))));
        trace.add(field + " " + op + (UNARY.contains(op) ? "" : " " + expected) + ": " + result);
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Object lookup(Map<String, Object> state, String path) {
        if (state.containsKey(path)) {
            return state.get(path);
        }
        Object current = state;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(part);
        }
        return current;
    }

    private static boolean compare(String op, Object actual, Object expected, Optional<Optional<Object>> before) {
        Object value = normalize(actual);
        switch (op) {
            case "is_null":
                return value == null;
            case "not_null":
                return value != null;
            case "changed":
                return before.isPresent() && !same(value, normalize(before.get().orElse(null)));
            case "eq":
                return same(value, expected);
            case "ne":
                return !same(value, expected);
            case "in":
                return ((List<?>) expected).stream().anyMatch(item -> same(value, item));
            case "not_in":
                return ((List<?>) expected).stream().noneMatch(item -> same(value, item));
            case "contains":
                if (value instanceof String text) {
                    return expected != null && text.contains(String.valueOf(normalize(expected)));
                }
                if (value instanceof Collection<?> items) {
                    return items.stream().anyMatch(item -> same(normalize(item), expected));
                }
                return false;
            default:
                Optional<Integer> order = order(value, expected);
                return order.map(c -> switch (op) {
                    case "gt" -> c > 0;
                    case "gte" -> c >= 0;
                    case "lt" -> c < 0;
                    default -> c <= 0;
                }).orElse(false);
        }
    }

    /** Whether a normalized field value equals a condition's value. */
    private static boolean same(Object value, Object expected) {
        Object other = normalize(expected);
        if (value == null || other == null) {
            return value == null && other == null;
        }
        Optional<Integer> order = order(value, other);
        if (order.isPresent()) {
            return order.get() == 0;
        }
        return value.equals(other);
    }

    /** The order of a field value and a condition's value, when they compare. */
    private static Optional<Integer> order(Object value, Object expected) {
        Object other = normalize(expected);
        if (value == null || other == null) {
            return Optional.empty();
        }
        if (value instanceof BigDecimal a && other instanceof BigDecimal b) {
            return Optional.of(a.compareTo(b));
        }
        if (value instanceof LocalDate a) {
            return date(other).map(a::compareTo);
        }
        if (value instanceof Instant a) {
            return instant(other).map(a::compareTo);
        }
        if (value instanceof String a && other instanceof String b) {
            Optional<LocalDate> da = date(a);
            Optional<LocalDate> db = date(b);
            if (da.isPresent() && db.isPresent()) {
                return Optional.of(da.get().compareTo(db.get()));
            }
            Optional<Instant> ia = instant(a);
            Optional<Instant> ib = instant(b);
            if (ia.isPresent() && ib.isPresent()) {
                return Optional.of(ia.get().compareTo(ib.get()));
            }
            return Optional.of(a.compareTo(b)).filter(c -> c == 0);
        }
        if (value instanceof Boolean a && other instanceof Boolean b) {
            return Optional.of(a.compareTo(b)).filter(c -> c == 0);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Object value) {
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        if (value instanceof String text && text.length() == 10) {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> instant(Object value) {
        if (value instanceof Instant instant) {
            return Optional.of(instant);
        }
        if (value instanceof String text && text.length() > 10) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A field's or condition's value in the kinds conditions compare: numbers as BigDecimal, ids and enums as texts. */
    static Object normalize(Object value) {
        if (value == null || value instanceof BigDecimal || value instanceof String || value instanceof Boolean
                || value instanceof LocalDate || value instanceof Instant || value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toInstant();
        }
        if (value instanceof LocalDateTime time) {
            return time.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Optional<?> optional) {
            return normalize(optional.orElse(null));
        }
        return value.toString();
    }
}
