package dev.atlvs.testing;

import dev.atlvs.core.module.AtlvsModules;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts rows as the server's administrator, who is not subject to row-level security, so that a test
 * can assert that a refused write left nothing behind in any tenant.
 */
public final class Rows {
    private Rows() {}

    /** The number of rows of {@code table} in schema {@code atlvs}, across every tenant. */
    public static long count(TestDatabase database, String table) {
        if (AtlvsModules.installed().table(table).isEmpty()) {
            throw new IllegalArgumentException("unknown table " + table);
        }
        try (Connection connection = database.adminDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from atlvs." + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot count the rows of " + table, failure);
        }
    }
}
