package dev.atlvs.testing.guardrails;

import dev.atlvs.core.repository.Column;
import dev.atlvs.core.repository.DatabaseEnum;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.validation.internal.ValidationRules;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a Java {@link Table} declaration with the live table: the same columns, each with the same
 * type and nullability; for every closed value set the same values in the Java enum as in the column's
 * CHECK constraint ({@code <table>_<column>_check}); and the same sensitive columns as the audit trail
 * redacts ({@code atlvs.registered_tables.sensitive_columns}); and, for text and numeric columns, the
 * same maximum length, non-blankness and numeric bounds in the Bean Validation annotations of the value
 * type's accessor as in the column's CHECK constraints, where both are in a form {@link ValidationRules}
 * recognises.
 */
public final class ContractCheck {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'::text");

    private ContractCheck() {}

    /** Every difference between the declaration and the live table; empty when they agree. */
    public static List<Finding> check(Connection connection, Table<?, ?> table) throws SQLException {
        return Catalogs.read(connection, c -> checkOnThisNode(c, table));
    }

    private static List<Finding> checkOnThisNode(Connection connection, Table<?, ?> table) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        Map<String, String[]> live = liveColumns(connection, table.name());
        if (live.isEmpty()) {
            findings.add(new Finding(table.name(), "table exists", "the table is declared in Java but absent from the schema"));
            return findings;
        }
        Map<String, List<NamedCheck>> checks = checkConstraints(connection, table.name());
        for (Column<?, ?, ?> column : table.columns()) {
            String[] actual = live.get(column.name());
            if (actual == null) {
                findings.add(new Finding(table.name(), "column exists", column.name() + " is declared but absent from the table"));
                continue;
            }
            if (!actual[0].equals(column.sqlType())) {
                findings.add(new Finding(table.name(), "column type",
                        column.name() + " is declared " + column.sqlType() + " but is " + actual[0]));
            }
            boolean nullable = actual[1].equals("f");
            if (nullable != column.nullable()) {
                findings.add(new Finding(table.name(), "column nullability",
                        column.name() + " is declared " + (column.nullable() ? "nullable" : "not null") + " but is " + (nullable ? "nullable" : "not null")));
            }
            if (column.type().enumType().isPresent()) {
                Set<String> javaValues = new TreeSet<>();
                for (Enum<?> constant : column.type().enumType().get().getEnumConstants()) {
                    javaValues.add(DatabaseEnum.toDatabase(constant));
                }
                Set<String> databaseValues = checkValues(checks, table.name(), column.name());
                if (!javaValues.equals(databaseValues)) {
                    findings.add(new Finding(table.name(), "closed value set", column.name() + " has " + javaValues
                            + " in " + column.type().enumType().get().getSimpleName() + " but " + databaseValues + " in the database"));
                }
            }
        }
        findings.addAll(validation(table, checks));
        Set<String> declaredSensitive = new TreeSet<>();
        table.columns().stream().filter(Column::sensitive).forEach(c -> declaredSensitive.add(c.name()));
        Set<String> registeredSensitive = registeredSensitiveColumns(connection, table.name());
        if (!declaredSensitive.equals(registeredSensitive)) {
            findings.add(new Finding(table.name(), "sensitive columns", "Java marks " + declaredSensitive
                    + " sensitive but the audit trail redacts " + registeredSensitive));
        }
        for (String name : live.keySet()) {
            if (table.column(name).isEmpty()) {
                findings.add(new Finding(table.name(), "column declared", name + " exists in the table but is not declared in Java"));
            }
        }
        return findings;
    }

    private static Map<String, String[]> liveColumns(Connection connection, String table) throws SQLException {
        Map<String, String[]> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
                  from pg_attribute a
                  join pg_class c on c.oid = a.attrelid
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'atlvs' and c.relname = ? and a.attnum > 0 and not a.attisdropped
                 order by a.attnum
                """)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.put(rows.getString(1), new String[] {rows.getString(2), rows.getBoolean(3) ? "t" : "f"});
                }
            }
        }
        return columns;
    }

    private static Set<String> registeredSensitiveColumns(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select unnest(sensitive_columns) from atlvs.registered_tables where table_name = ?")) {
            statement.setString(1, table);
            Set<String> columns = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
            return columns;
        }
    }

    /** The values listed by the constraint {@code <table>_<column>_check}, the one that holds a closed value set. */
    private static Set<String> checkValues(Map<String, List<NamedCheck>> checks, String table, String column) {
        Set<String> values = new TreeSet<>();
        checks.getOrDefault(column, List.of()).stream().filter(check -> check.name().equals(table + "_" + column + "_check"))
                .findFirst().ifPresent(check -> {
                    Matcher matcher = QUOTED.matcher(check.definition());
                    while (matcher.find()) {
                        values.add(matcher.group(1));
                    }
                });
        return values;
    }

    /** The disagreements between each column's Bean Validation annotations and its CHECK constraints. */
    static List<Finding> validation(Table<?, ?> table, Map<String, List<NamedCheck>> checks) {
        List<Finding> findings = new ArrayList<>();
        for (Column<?, ?, ?> column : table.columns()) {
            if (column.encrypted() || column.role() == Column.Role.BLIND_INDEX) {
                continue; // the database holds ciphertext: only Java can check the value
            }
            boolean text = column.type().sqlType().equals("text") && column.type().enumType().isEmpty()
                    && column.type().javaType() == String.class;
            boolean json = column.type().sqlType().equals("jsonb");
            boolean numeric = Number.class.isAssignableFrom(column.type().javaType());
            if (!text && !json && !numeric) {
                continue;
            }
            Method accessor;
            try {
                accessor = table.type().getMethod(table.propertyOf(column.name()));
            } catch (NoSuchMethodException absent) {
                continue;
            }
            boolean integral = column.type().sqlType().matches("smallint|integer|bigint|numeric\\(\\d+,0\\)");
            ValidationRules java = ValidationRules.ofAccessor(accessor, integral);
            ValidationRules database = ValidationRules.ofCheckConstraints(column.name(),
                    checks.getOrDefault(column.name(), List.of()).stream().map(NamedCheck::definition).toList(), integral);
            if (json) {
                // A JSON column's rule that both sides state is its kind; its size is Java's alone.
                java = new ValidationRules(null, false, null, null, false, java.jsonObject());
                database = new ValidationRules(null, false, null, null, false, database.jsonObject());
            } else if (text) {
                java = new ValidationRules(java.maxLength(), java.notBlank(), null, null, java.pattern());
                database = new ValidationRules(database.maxLength(), database.notBlank(), null, null, database.pattern());
            } else {
                java = new ValidationRules(null, false, java.lower(), java.upper(), java.pattern());
                database = new ValidationRules(null, false, database.lower(), database.upper(), database.pattern());
            }
            for (String detail : java.disagreements(column.name(), database)) {
                findings.add(new Finding(table.name(), "validation matches CHECK", detail));
            }
        }
        return findings;
    }

    /** A CHECK constraint of a column: its name and its definition as the server prints it. */
    private record NamedCheck(String name, String definition) {}

    /** The CHECK constraints of {@code table} by column, read in one query. */
    private static Map<String, List<NamedCheck>> checkConstraints(Connection connection, String table) throws SQLException {
        Map<String, List<NamedCheck>> definitions = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select a.attname, con.conname, pg_get_constraintdef(con.oid)
                  from pg_constraint con
                  join pg_class c on c.oid = con.conrelid
                  join pg_namespace n on n.oid = c.relnamespace
                  join pg_attribute a on a.attrelid = con.conrelid and a.attnum = any (con.conkey)
                 where n.nspname = 'atlvs' and c.relname = ? and con.contype = 'c'
                 order by a.attname, con.conname
                """)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    definitions.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(new NamedCheck(rows.getString(2), rows.getString(3)));
                }
            }
        }
        return definitions;
    }
}
