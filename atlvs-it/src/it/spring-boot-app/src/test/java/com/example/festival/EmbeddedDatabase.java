package com.example.festival;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL for the tests of this JVM, with a database owned by the login {@value #USER}: neither a
 * superuser nor BYPASSRLS, as a production database's login would be. Stopped when the JVM exits.
 */
final class EmbeddedDatabase {

    static final String USER = "festival";
    static final String PASSWORD = "festival-for-tests";
    static final String DATABASE = "festival";

    private static EmbeddedPostgres postgres;

    private EmbeddedDatabase() {
    }

    /** The JDBC URL of the application's database, started and created on first use. */
    static synchronized String url() {
        if (postgres == null) {
            postgres = start();
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    private static EmbeddedPostgres start() {
        File log = new File("target/postgres.log");
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    // The server's own output to a file: it logs every statement that fails.
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create role " + USER + " login nosuperuser nobypassrls password '" + PASSWORD + "'");
                statement.execute("create database " + DATABASE + " owner " + USER);
            }
            return server;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not create the application's database: " + failure.getMessage(), failure);
        }
    }
}
