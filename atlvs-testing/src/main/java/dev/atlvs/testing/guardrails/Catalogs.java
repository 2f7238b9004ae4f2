package dev.atlvs.testing.guardrails;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads the schema's catalogs as the node the connection is on sees them. On a Citus coordinator whose sessions
 * reach even their own shards over connections (local execution off, as the test profile runs it to behave like
 * several nodes), a query that joins the catalogs with a reference table such as {@code atlvs.registered_tables} is
 * sent whole to a shard's session, where the shards themselves show in {@code pg_class}; a coordinator of a real
 * cluster reads its own copy of the reference table. The checks of this package therefore read in a transaction of
 * their own with local execution on, and roll it back: they only read.
 */
final class Catalogs {

    /** Work on the catalogs. */
    @FunctionalInterface
    interface Reading<T> {
        T read(Connection connection) throws SQLException;
    }

    private Catalogs() {}

    static <T> T read(Connection connection, Reading<T> reading) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            return reading.read(connection);
        }
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config(name, 'on', true) from pg_catalog.pg_settings "
                        + "where name = 'citus.enable_local_execution'");
            }
            return reading.read(connection);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }
}
