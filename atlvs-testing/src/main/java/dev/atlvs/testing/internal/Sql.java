package dev.atlvs.testing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Small helpers for the administrative SQL of the fixtures. */
public final class Sql {

    private Sql() {}

    /** {@code name} as a quoted SQL identifier. */
    public static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code value} as a quoted SQL string literal (with {@code standard_conforming_strings} on). */
    public static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    /** Runs one statement on a new connection from {@code dataSource}. */
    public static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
