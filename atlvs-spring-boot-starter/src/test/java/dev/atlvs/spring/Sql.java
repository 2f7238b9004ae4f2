package dev.atlvs.spring;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** One value read with plain JDBC, for the tests' looks at the database. */
final class Sql {

    private Sql() {
    }

    static String value(DataSource dataSource, String query) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException failure) {
            throw new IllegalStateException("could not run " + query + ": " + failure.getMessage(), failure);
        }
    }
}
