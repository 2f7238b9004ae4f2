package dev.atlvs.cli;

import dev.atlvs.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A database of the embedded test server that was never migrated, owned by {@value TestDatabases#OWNER_ROLE}, dropped
 * by {@link #close()}.
 */
final class EmptyDatabase implements AutoCloseable {

    private final String name;

    private EmptyDatabase(String name) {
        this.name = name;
    }

    static EmptyDatabase create() throws SQLException {
        String name = "atlvs_cli_empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = admin().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name + " owner " + TestDatabases.OWNER_ROLE + " template template0 encoding 'UTF8'");
        }
        return new EmptyDatabase(name);
    }

    String name() {
        return name;
    }

    String url() {
        return TestDatabases.shared().server().jdbcUrl(name);
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = admin().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    private static DataSource admin() {
        return TestDatabases.shared().server().adminDataSource("postgres");
    }
}
