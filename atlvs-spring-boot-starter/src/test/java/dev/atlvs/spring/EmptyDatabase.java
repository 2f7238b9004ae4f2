package dev.atlvs.spring;

import dev.atlvs.testing.Credentials;
import dev.atlvs.testing.PostgresServer;
import dev.atlvs.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A new, empty database on the test server, owned by the harness's owner role, for the tests that watch the
 * starter migrate; dropped on close. The harness's own databases are clones of a migrated template.
 */
final class EmptyDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final String name;

    private EmptyDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    static EmptyDatabase create() {
        PostgresServer server = TestDatabases.shared().server();
        String name = "atlvs_spring_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server.adminDataSource("postgres"), "create database " + name + " owner " + TestDatabases.OWNER_ROLE
                + " template template0 encoding 'UTF8'");
        return new EmptyDatabase(server, name);
    }

    String url() {
        return server.jdbcUrl(name);
    }

    Credentials owner() {
        return TestDatabases.shared().ownerCredentials();
    }

    Credentials app() {
        return TestDatabases.shared().appCredentials();
    }

    Credentials admin() {
        return server.adminCredentials();
    }

    /** An unpooled administrator's connection to this database, for looking at what the starter did. */
    DataSource adminDataSource() {
        return server.adminDataSource(name);
    }

    /** The Spring properties of a DataSource connected to this database as {@code login}. */
    String[] dataSource(Credentials login) {
        return new String[] {"spring.datasource.url=" + url(), "spring.datasource.username=" + login.user(),
            "spring.datasource.password=" + login.password()};
    }

    /** The Spring properties of the starter's owner pool on this database, as the harness's owner role. */
    String[] ownerPool() {
        return new String[] {"atlvs.owner.url=" + url(), "atlvs.owner.username=" + owner().user(),
            "atlvs.owner.password=" + owner().password()};
    }

    @Override
    public void close() {
        execute(server.adminDataSource("postgres"), "drop database if exists " + name + " with (force)");
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not run " + sql + ": " + failure.getMessage(), failure);
        }
    }
}
