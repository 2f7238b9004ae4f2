package dev.atlvs.core.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Whether the schema behind a connection is distributed with Citus, as the schema itself says ({@code atlvs.citus_installed()}). */
public final class Distribution {

    private Distribution() {}

    /** Whether Citus is installed in the database of {@code connection}; one query, on that connection's transaction. */
    public static boolean citusInstalled(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("select atlvs.citus_installed()")) {
            return row.next() && row.getBoolean(1);
        }
    }
}
