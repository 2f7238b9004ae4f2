package dev.atlvs.core.error;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.repository.Table;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named business rule with one identity, whoever catches it: the error code, the field and the rule
 * name are the same when a Java check refuses a value before the write and when the database refuses the
 * write (a CHECK constraint, a trigger raising {@code constraint = '<name>'}, an exclusion). The rule's
 * name is the name of the database constraint or trigger rule that holds it.
 *
 * <p>Each module declares its rules once, as constants of a catalog class listed by
 * {@link dev.atlvs.core.module.AtlvsModule#rules()}; the SDK translates a database refusal of a registered
 * rule into {@link #exception()}, and Java checks throw the same:
 *
 * <pre>{@code
 * public static final Rule JOURNAL_ENTRIES_BALANCED = Rule.of("journal_entries_balanced",
 *         FinanceErrorCode.ENTRY_UNBALANCED, "journal_entries", "lines", "a posted journal entry balances");
 *
 * if (!balanced) {
 *     throw FinanceRules.JOURNAL_ENTRIES_BALANCED.exception();
 * }
 * }</pre>
 *
 * @param name    the constraint or trigger rule name, such as {@code journal_entries_balanced}
 * @param code    the error code; its category decides the exception ({@link #exception()})
 * @param table   the table whose rows the rule is about (without schema)
 * @param field   the Java property the rule is reported on, such as {@code lines} or {@code status}
 * @param message what the rule requires, in words that never quote a value
 * @param raised  the messages the database raises the rule with, where a trigger raises it in other words than
 *                {@code message} ({@link #raisedAs}), a {@code %} standing for any text; {@code message} alone
 *                otherwise. Citus relays an error raised on a shard that the coordinator reaches over a connection
 *                without the constraint's name: the SDK then knows the rule by its message ({@link #raises})
 */
public record Rule(String name, ErrorCode code, String table, String field, String message, List<String> raised) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public Rule {
        requireNonNull(name, "name is null");
        requireNonNull(code, "code is null");
        requireNonNull(table, "table is null");
        requireNonNull(field, "field is null");
        requireNonNull(message, "message is null");
        raised = List.copyOf(requireNonNull(raised, "raised is null"));
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a rule is named like a database constraint (lower case, at most 63 characters): " + name);
        }
        if (code.category() == ErrorCategory.NOT_FOUND || code.category() == ErrorCategory.INFRASTRUCTURE) {
            throw new IllegalArgumentException("rule " + name + " has code " + code.name() + " of category " + code.category()
                    + "; a broken rule is a validation, conflict, reference, access or schedule failure");
        }
    }

    /** The rule {@code name}: broken, it fails with {@code code} on {@code field} of {@code table}. */
    public static Rule of(String name, ErrorCode code, String table, String field, String message) {
        return new Rule(name, code, table, field, message, List.of(message));
    }

    /**
     * This rule, raised by the database with {@code databaseMessages} (the messages of the triggers' {@code RAISE},
     * which never quote a value, a {@code %} standing for the text a {@code RAISE} formats in), where they differ from
     * {@link #message()}.
     */
    public Rule raisedAs(String... databaseMessages) {
        if (databaseMessages.length == 0) {
            throw new IllegalArgumentException("rule " + name + " is raised with at least one message");
        }
        return new Rule(name, code, table, field, message, List.of(databaseMessages));
    }

    /** Whether the database raises this rule with {@code serverMessage}: one of {@link #raised()}. */
    public boolean raises(String serverMessage) {
        if (serverMessage == null) {
            return false;
        }
        for (String raise : raised) {
            if (raise.equals(serverMessage) || raise.contains("%") && Pattern.compile(
                    Pattern.quote(raise).replace("%", "\\E.*\\Q"), Pattern.DOTALL).matcher(serverMessage).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The violation of this rule as one entry of a {@link ValidationException}: its field, its name and its message. */
    public FieldViolation violation() {
        return new FieldViolation(field, name, message);
    }

    /**
     * The exception of breaking this rule, of its code's category: a {@link ValidationException} with the one
     * {@link #violation()}, a {@link ScheduleConflictException} or {@link ConflictException} naming the field and the
     * rule, an {@link AccessDeniedException} naming the rule, or a {@link ReferenceMissingException} naming the field.
     */
    public AtlvsException exception() {
        return exception(null);
    }

    /** Like {@link #exception()}, caused by {@code cause} (the database's refusal, without its values). */
    public AtlvsException exception(Throwable cause) {
        return switch (code.category()) {
            case VALIDATION -> new ValidationException(code, subject(), List.of(violation()), cause);
            case SCHEDULE_CONFLICT -> new ScheduleConflictException(code, field, name, message + " (" + name + ")", cause);
            case CONFLICT -> new ConflictException(code, field, name, message + " (" + name + ")", cause);
            case ACCESS_DENIED -> new AccessDeniedException(code, null, field, name, message + " (" + name + ")", cause);
            case REFERENCE_MISSING -> new ReferenceMissingException(subject(), field, name, cause);
            default -> throw new IllegalStateException("rule " + name + " has code " + code.name() + " of category " + code.category());
        };
    }

    /** The entity name of the rule's table when a module declares it (for messages), else the table name. */
    private String subject() {
        try {
            return AtlvsModules.installed().table(table).map(Table::entityName).orElse(table);
        } catch (AtlvsException moduleSetUp) {
            return table;
        }
    }

    @Override
    public String toString() {
        return name + " (" + code.name() + ", " + table + "." + field + ")";
    }
}
