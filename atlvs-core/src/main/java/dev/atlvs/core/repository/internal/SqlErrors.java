package dev.atlvs.core.repository.internal;

import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.repository.internal.Constraints.Constraint;
import dev.atlvs.core.validation.internal.StorableText;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Translates database failures into the {@link AtlvsException} hierarchy. Messages are built from
 * constraint, table and column names only: the server's detail text, which quotes the offending
 * values, is never copied.
 *
 * <p>A broken rule that a module registers ({@link dev.atlvs.core.module.AtlvsModule#rules()}) is reported with
 * its registered code, field and rule name, exactly as the module's Java checks report it; a broken CHECK on one
 * column of a declared table is {@link CoreErrorCode#VALIDATION_FAILED} on that property, with the constraint as
 * the rule, as validation reports the annotation that mirrors it. Other constraints are translated by kind.
 */
public final class SqlErrors {

    private SqlErrors() {}

    /** Translates any failure raised while talking to the database. */
    public static AtlvsException translate(Throwable failure, Constraints constraints) {
        if (failure instanceof AtlvsException atlvs) {
            return atlvs;
        }
        SQLException sql = findSqlException(failure);
        if (sql != null) {
            return translate(sql, constraints);
        }
        if (failure instanceof JdbiException) {
            return new AtlvsException(CoreErrorCode.DATABASE_ERROR, "database call failed: " + failure.getClass().getSimpleName(), failure);
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new AtlvsException(CoreErrorCode.DATABASE_ERROR, "database call failed", failure);
    }

    /** Whether {@code failure} is a serialization failure or deadlock that a retry may resolve. */
    public static boolean isRetryable(Throwable failure) {
        SQLException sql = findSqlException(failure);
        return sql != null && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()));
    }

    static SQLException findSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                // A batch reports the statement that failed as its next exception, with the server's fields.
                return sql instanceof java.sql.BatchUpdateException && sql.getNextException() != null ? sql.getNextException() : sql;
            }
        }
        return null;
    }

    /** Translates one SQL failure. */
    public static AtlvsException translate(SQLException original, Constraints constraints) {
        String state = original.getSQLState() == null ? "" : original.getSQLState();
        ServerErrorMessage server = original instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        SQLException failure = sanitized(original, state, server);
        Relayed relayed = Relayed.of(server);
        String namedTable = unsharded(server == null ? null : Optional.ofNullable(server.getTable()).orElse(relayed.table()),
                name -> Tables.named(name).isPresent());
        String constraintName = unsharded(server == null ? null : Optional.ofNullable(server.getConstraint()).orElse(relayed.constraint()),
                name -> constraints.find(namedTable, name).isPresent() || AtlvsModules.installed().rule(name).isPresent());
        // A relayed error may name its constraint only: the table is the constraint's.
        String table = namedTable != null ? namedTable : constraints.find(null, constraintName).map(Constraint::table).orElse(null);
        String column = server == null ? null : Optional.ofNullable(server.getColumn()).orElse(relayed.column());
        Optional<Constraint> constraint = constraints.find(table, constraintName);
        if ((state.startsWith("23") || state.equals("42501")) && constraintName != null) {
            // A registered rule has one identity, whoever catches it: the code, field and rule its module declares.
            Optional<Rule> rule = AtlvsModules.installed().rule(constraintName);
            if (rule.isPresent()) {
                return rule.get().exception(failure);
            }
        }
        String entity = Tables.entity(table);
        switch (state) {
            case "23505": {
                List<String> fields = constraint.map(c -> fields(table, c.columns()))
                        .orElseGet(() -> List.of(column != null ? Tables.property(table, column) : constraintName == null ? "unknown" : constraintName));
                return new DuplicateException(entity, fields, String.valueOf(constraintName), failure);
            }
            case "23503": {
                if (server != null && (server.getDetail() != null && server.getDetail().contains("is still referenced")
                        || server.getMessage() != null && server.getMessage().startsWith("update or delete on table"))) {
                    return new ConflictException(CoreErrorCode.STILL_REFERENCED, null,
                            entity + " is still referenced by other records (" + constraintName + ")", failure);
                }
                String field = constraint.map(c -> String.join(",", fields(table, c.columns())))
                        .orElseGet(() -> column != null ? Tables.property(table, column) : String.valueOf(constraintName));
                return new ReferenceMissingException(entity, field, String.valueOf(constraintName), failure);
            }
            case "23514": {
                String rule = String.valueOf(constraintName);
                if (constraint.isPresent() && constraint.get().isSingleColumnCheck() && Tables.named(table).isPresent()) {
                    // A CHECK on one column of a declared table is the rule on that property, as validation reports it.
                    return new ValidationException(CoreErrorCode.VALIDATION_FAILED, entity,
                            List.of(new FieldViolation(Tables.property(table, constraint.get().columns().get(0)), rule,
                                    "is not allowed by " + rule)), failure);
                }
                String field = column != null ? Tables.property(table, column)
                        : constraint.map(c -> String.join(",", fields(table, c.columns()))).orElse(entity);
                String message = column != null && server != null && server.getMessage() != null
                        ? server.getMessage()
                        : "violates " + rule;
                return new ValidationException(CoreErrorCode.CHECK_VIOLATED, entity,
                        List.of(new FieldViolation(field, rule, message)), failure);
            }
            case "23502":
                return new ValidationException(CoreErrorCode.REQUIRED_VALUE_MISSING, entity,
                        List.of(new FieldViolation(column == null ? "unknown" : Tables.property(table, column), "NotNull", "must not be null")));
            case "23P01":
                return new ScheduleConflictException(CoreErrorCode.OVERLAP,
                        constraint.map(c -> String.join(",", fields(table, c.columns())))
                                .orElseGet(() -> column == null ? null : Tables.property(table, column)),
                        constraintName, entity + " overlaps an existing one (" + constraintName + ")", failure);
            case "42501":
                return new AccessDeniedException(CoreErrorCode.TENANT_VIOLATION, null,
                        "the write is outside the current organization or not permitted (" + (table == null ? "row-level security" : table) + ")", failure);
            case "40001":
            case "40P01":
                return new ConflictException(CoreErrorCode.CONCURRENT_UPDATE, null,
                        "the transaction collided with a concurrent one and was rolled back", failure);
            case "22021":
            case "22P05":
                // Text the server cannot store (a NUL character, an escape of one in JSON) that no check refused first.
                return new ValidationException(CoreErrorCode.VALIDATION_FAILED, entity,
                        List.of(new FieldViolation(column == null ? "value" : Tables.property(table, column), StorableText.RULE,
                                StorableText.MESSAGE)), failure);
            case "22P02":
            case "22007":
            case "22008":
            case "22003":
            case "22001":
                return new ValidationException(CoreErrorCode.MALFORMED_VALUE, entity,
                        List.of(new FieldViolation(column == null ? "value" : Tables.property(table, column), "Format",
                                "malformed or out-of-range value (SQLSTATE " + state + ")")));
            case "AR001":
                return new ConflictException(CoreErrorCode.REVERT_CONFLICT, "transactionId",
                        "a later change to the same records would be overwritten; revert with force to overwrite it", failure);
            case "AR002":
                return new dev.atlvs.core.error.NotFoundException(CoreErrorCode.NOT_FOUND, table == null ? "Transaction" : entity,
                        table == null ? "no audited transaction with this id in this organization" : entity + " was not found");
            case "25006":
                return new AtlvsException(CoreErrorCode.READ_ONLY_TRANSACTION,
                        "the transaction is read-only (Atlvs.readInTenant): write in Atlvs.inTenant instead", failure);
            case "25P02":
                return new AtlvsException(CoreErrorCode.DATABASE_ERROR,
                        "the transaction was aborted by an earlier error and must be rolled back", failure);
            default:
                return new AtlvsException(CoreErrorCode.DATABASE_ERROR, "database error (SQLSTATE " + state + ")", failure);
        }
    }

    /** The routine of the server that reports an error raised on a shard reached over one of Citus's connections. */
    static final String CITUS_RELAY_ROUTINE = "ReportResultError";

    private static final java.util.regex.Pattern NAMED_CONSTRAINT = java.util.regex.Pattern.compile("constraint \"([^\"]+)\"");
    private static final java.util.regex.Pattern NAMED_TABLE = java.util.regex.Pattern.compile("(?:relation|table) \"([^\"]+)\"");
    private static final java.util.regex.Pattern NAMED_COLUMN = java.util.regex.Pattern.compile("column \"([^\"]+)\"");

    /**
     * What an error relayed by Citus names. An error raised on a shard that the coordinator reaches over a connection
     * (a node of its own, or the coordinator's own shards without local execution) comes back with its SQLSTATE,
     * message, detail, hint and context only: the table, column and constraint fields are gone. They are read back
     * from the server's message ({@code duplicate key value violates unique constraint "tags_name_unique_102075"},
     * {@code null value in column "name" of relation "tags_102075" ...}), and a rule a trigger raises, whose message
     * names nothing, by its message: the message its module registers for it ({@link Rule#raises}).
     */
    record Relayed(String table, String constraint, String column) {

        static final Relayed NONE = new Relayed(null, null, null);

        static Relayed of(ServerErrorMessage server) {
            if (server == null || !CITUS_RELAY_ROUTINE.equals(server.getRoutine()) || server.getMessage() == null) {
                return NONE;
            }
            String message = server.getMessage();
            String constraint = first(NAMED_CONSTRAINT, message);
            if (constraint == null && raised(server)) {
                constraint = AtlvsModules.installed().rules().values().stream()
                        .filter(rule -> rule.raises(message))
                        .map(Rule::name)
                        .reduce((one, other) -> null)
                        .orElse(null);
            }
            return new Relayed(first(NAMED_TABLE, message), constraint, first(NAMED_COLUMN, message));
        }

        private static String first(java.util.regex.Pattern pattern, String message) {
            java.util.regex.Matcher matcher = pattern.matcher(message);
            return matcher.find() ? matcher.group(1) : null;
        }
    }

    /**
     * The constraint or rule {@code server} names: its constraint field, or, for an error relayed by Citus without it,
     * the name read back from its message ({@link Relayed}), without the suffix of a Citus shard ({@code _102075});
     * null when it names none.
     */
    public static String constraintOf(ServerErrorMessage server) {
        if (server == null) {
            return null;
        }
        String name = server.getConstraint() != null ? server.getConstraint() : Relayed.of(server).constraint();
        return name == null ? null : CITUS_SHARD_SUFFIX.matcher(name).replaceFirst("");
    }

    /** The suffix Citus gives the names of a shard's table and constraints: the shard's id, from 102008 on. */
    private static final java.util.regex.Pattern CITUS_SHARD_SUFFIX = java.util.regex.Pattern.compile("_[0-9]{6,}$");

    /** Whether the error was raised by a PL/pgSQL {@code RAISE} (relayed or not), whose message quotes no value of ours. */
    static boolean raised(ServerErrorMessage server) {
        if ("exec_stmt_raise".equals(server.getRoutine())) {
            return true;
        }
        String where = server.getWhere();
        if (!CITUS_RELAY_ROUTINE.equals(server.getRoutine()) || where == null) {
            return false;
        }
        int end = where.indexOf('\n');
        return (end < 0 ? where : where.substring(0, end)).endsWith(" at RAISE");
    }

    private static final java.util.regex.Pattern SHARD_SUFFIX = java.util.regex.Pattern.compile("(.+)_[0-9]{4,}");

    /**
     * The logical name of a table or constraint that the server reported by its shard's name: distributed with Citus,
     * a shard of {@code tags} is {@code tags_102075} and its constraints carry the same suffix. The suffix is removed
     * only when what remains is a name the SDK knows.
     */
    public static String unsharded(String name, java.util.function.Predicate<String> known) {
        if (name == null || known.test(name)) {
            return name;
        }
        java.util.regex.Matcher shard = SHARD_SUFFIX.matcher(name);
        return shard.matches() && known.test(shard.group(1)) ? shard.group(1) : name;
    }

    /**
     * {@code failure} as the driver would report it, without anything that may quote a bound value or the statement's
     * text: the server's detail, hint, context and internal query are dropped, and its message is kept only where it
     * names objects and nothing else (integrity violations, transaction and object states, access and naming errors
     * other than syntax errors, and what the schema's own functions raise, which never quote values); otherwise the
     * message is the SQLSTATE with the table, column, constraint and routine. The SQLSTATE and those fields stay, so
     * the failure translates as the original would. The statements of the SDK's Jdbi throw only such failures
     * ({@link dev.atlvs.core.internal.JdbiSetup}).
     */
    public static SQLException withoutValues(SQLException failure) {
        if (failure instanceof java.sql.BatchUpdateException batch) {
            SQLException next = batch.getNextException() == null ? null : withoutValues(batch.getNextException());
            String state = next != null && next.getSQLState() != null ? next.getSQLState() : batch.getSQLState();
            java.sql.BatchUpdateException clean = new java.sql.BatchUpdateException(
                    "a statement of the batch was aborted (SQLSTATE " + state + ")", state, batch.getErrorCode(), batch.getUpdateCounts(), next);
            if (next != null) {
                clean.setNextException(next);
            }
            clean.setStackTrace(batch.getStackTrace());
            return clean;
        }
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        ServerErrorMessage server = failure instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server == null) {
            // The driver's own messages name types and positions; a data exception may quote the value it could not convert.
            if (!state.startsWith("22")) {
                return failure;
            }
            SQLException clean = new SQLException("SQLSTATE " + state, state, failure.getErrorCode());
            clean.setStackTrace(failure.getStackTrace());
            return clean;
        }
        StringBuilder fields = new StringBuilder();
        field(fields, 'S', server.getSeverity());
        field(fields, 'C', server.getSQLState());
        field(fields, 'M', quotesNothing(state, server) ? server.getMessage() : summary(state, server));
        if (server.getPosition() > 0) {
            field(fields, 'P', String.valueOf(server.getPosition()));
        }
        field(fields, 's', server.getSchema());
        field(fields, 't', server.getTable());
        field(fields, 'c', server.getColumn());
        field(fields, 'd', server.getDatatype());
        field(fields, 'n', server.getConstraint());
        field(fields, 'R', server.getRoutine());
        if (raised(server) && server.getWhere() != null) {
            // Which function raised a rule (its first line of context, which quotes no value): see Relayed.
            field(fields, 'W', server.getWhere().lines().findFirst().orElse(""));
        }
        PSQLException clean = new PSQLException(new ServerErrorMessage(fields.toString()), false);
        clean.setStackTrace(failure.getStackTrace());
        return clean;
    }

    /** Whether the server's message of {@code state} names objects only: it is then kept. */
    private static boolean quotesNothing(String state, ServerErrorMessage server) {
        if (raised(server)) {
            return true;
        }
        String category = state.length() < 2 ? "" : state.substring(0, 2);
        return switch (category) {
            case "08", "0A", "23", "25", "40", "44", "53", "55", "57" -> true;
            case "42" -> !"42601".equals(state);
            default -> false;
        };
    }

    private static String summary(String state, ServerErrorMessage server) {
        StringBuilder summary = new StringBuilder("SQLSTATE ").append(state);
        appendIfPresent(summary, "table", server.getTable());
        appendIfPresent(summary, "column", server.getColumn());
        appendIfPresent(summary, "constraint", server.getConstraint());
        appendIfPresent(summary, "routine", server.getRoutine());
        return summary.toString();
    }

    private static void field(StringBuilder fields, char type, String value) {
        if (value != null) {
            fields.append(type).append(value.replace('\0', ' ')).append('\0');
        }
    }

    /**
     * A stand-in for the driver's exception that keeps what diagnosis needs (SQLSTATE, table, column,
     * constraint, the server's routine) but not the message or detail, which quote the rejected values.
     */
    private static SQLException sanitized(SQLException original, String state, ServerErrorMessage server) {
        StringBuilder summary = new StringBuilder("SQLSTATE ").append(state);
        if (server != null) {
            appendIfPresent(summary, "table", server.getTable());
            appendIfPresent(summary, "column", server.getColumn());
            appendIfPresent(summary, "constraint", server.getConstraint());
            appendIfPresent(summary, "routine", server.getRoutine());
        }
        SQLException clean = new SQLException(summary.toString(), state, original.getErrorCode());
        clean.setStackTrace(original.getStackTrace());
        return clean;
    }

    private static void appendIfPresent(StringBuilder summary, String label, String value) {
        if (value != null) {
            summary.append(", ").append(label).append(' ').append(value);
        }
    }

    private static List<String> fields(String table, List<String> columns) {
        List<String> fields = columns.stream()
                .filter(c -> !c.equals("organization_id") || columns.size() == 1)
                .map(c -> Tables.property(table, c))
                .toList();
        return fields.isEmpty() ? List.of("id") : fields;
    }
}
