package dev.atlvs.core.automation;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The configuration of a trigger or the parameters of an action (a JSON object), read by name with the checks a
 * trigger or action type needs. A value that is missing or of the wrong kind is recorded as a violation on its path
 * ({@code actions[0].params.days}, rule {@link #RULE}), and {@link #throwIfAny()} reports them all at once; after a
 * successful validation the same reads return the values.
 *
 * <pre>{@code
 * public void validate(Params params) {
 *     params.integer("days", 1, 3650);
 *     params.optionalText("title", 200);
 * }
 * }</pre>
 */
public final class Params {

    /** The rule a value of a trigger's configuration or an action's parameters breaks. */
    public static final String RULE = "automation_params";

    private final String path;
    private final Map<String, Object> values;
    private final List<FieldViolation> violations;

    private Params(String path, Map<String, Object> values, List<FieldViolation> violations) {
        this.path = path;
        this.values = values;
        this.violations = violations;
    }

    /** The values of {@code values}, reported on {@code path} ({@code triggerConfig}, {@code actions[1].params}). */
    public static Params of(String path, Map<String, Object> values) {
        return new Params(path, values == null ? Map.of() : values, new ArrayList<>());
    }

    /** The values as read from the rule's JSON. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Whether a value (other than null) is given for {@code name}. */
    public boolean has(String name) {
        return values.get(name) != null;
    }

    /** The violations recorded so far. */
    public List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    /** Records a violation of {@code name} with {@code message}. */
    public Params refuse(String name, String message) {
        violations.add(new FieldViolation(path + "." + name, RULE, message));
        return this;
    }

    /** Throws a validation error ({@link CoreErrorCode#AUTOMATION_CONFIG_INVALID}) with every violation, if any. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(CoreErrorCode.AUTOMATION_CONFIG_INVALID, "Automation", List.copyOf(violations));
        }
    }

    /** A required id. */
    public UUID uuid(String name) {
        return optionalUuid(name).orElseGet(() -> {
            if (!has(name)) {
                refuse(name, "is required");
            }
            return null;
        });
    }

    /** An optional id. */
    public Optional<UUID> optionalUuid(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(String.valueOf(value)));
        } catch (IllegalArgumentException e) {
            refuse(name, "must be an id");
            return Optional.empty();
        }
    }

    /** A required whole number between {@code min} and {@code max}. */
    public int integer(String name, int min, int max) {
        return optionalInteger(name, min, max).orElseGet(() -> {
            if (!has(name)) {
                refuse(name, "is required");
            }
            return min;
        });
    }

    /** An optional whole number between {@code min} and {@code max}. */
    public Optional<Integer> optionalInteger(String name, int min, int max) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof BigDecimal number) || number.stripTrailingZeros().scale() > 0) {
            refuse(name, "must be a whole number");
            return Optional.empty();
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            refuse(name, "must be between " + min + " and " + max);
            return Optional.empty();
        }
        return Optional.of(number.intValueExact());
    }

    /** A required number, at least {@code min}. */
    public BigDecimal decimal(String name, BigDecimal min) {
        Object value = values.get(name);
        if (value == null) {
            refuse(name, "is required");
            return min;
        }
        if (!(value instanceof BigDecimal number)) {
            refuse(name, "must be a number");
            return min;
        }
        if (number.compareTo(min) < 0) {
            refuse(name, "must be at least " + min.toPlainString());
            return min;
        }
        return number;
    }

    /** A required, non-blank text of at most {@code maxLength} characters. */
    public String text(String name, int maxLength) {
        return optionalText(name, maxLength).orElseGet(() -> {
            if (!has(name)) {
                refuse(name, "is required");
            }
            return "";
        });
    }

    /** An optional, non-blank text of at most {@code maxLength} characters. */
    public Optional<String> optionalText(String name, int maxLength) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text) || text.isBlank()) {
            refuse(name, "must be a text that is not blank");
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            refuse(name, "must be at most " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A required ISO 4217 currency code (three capital letters). */
    public String currency(String name) {
        String code = text(name, 3);
        if (!code.isEmpty() && !code.matches("[A-Z]{3}")) {
            refuse(name, "must be an ISO 4217 currency code such as EUR");
        }
        return code;
    }

    /** Refuses every value whose name is not one of {@code known}, so that a misspelled name is reported. */
    public Params only(String... known) {
        List<String> names = List.of(known);
        for (String name : values.keySet()) {
            if (!names.contains(name)) {
                refuse(name, "is not a setting of this type (known: " + String.join(", ", names) + ")");
            }
        }
        return this;
    }
}
