package dev.atlvs.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Runs a query and returns its first column, for assertions. */
final class Queries {

    private Queries() {}

    static Object single(DataSource dataSource, String sql) throws SQLException {
        List<Object> values = column(dataSource, sql);
        if (values.size() != 1) {
            throw new AssertionError("expected one row from " + sql + " but got " + values.size());
        }
        return values.get(0);
    }

    static List<Object> column(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return column(connection, sql);
        }
    }

    static List<Object> column(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            var values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getObject(1));
            }
            return values;
        }
    }

    static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
