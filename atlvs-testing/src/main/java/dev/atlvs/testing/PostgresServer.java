package dev.atlvs.testing;

import javax.sql.DataSource;

/**
 * The PostgreSQL server that the tests of one JVM share.
 *
 * <p>Obtain it from {@link TestDatabases#server()}. It is either an embedded server started by this
 * library, an external server named by {@code ATLVS_TEST_JDBC_URL}, or a Testcontainers container;
 * see {@link Kind}.
 */
public interface PostgresServer {

    /** Where the server comes from. */
    enum Kind {
        /** PostgreSQL binaries from Maven Central, run by this library in a temporary directory. */
        EMBEDDED,
        /** A server that was already running, named by {@code ATLVS_TEST_JDBC_URL}. */
        EXTERNAL,
        /**
         * A Citus coordinator that was already running, named by {@code ATLVS_TEST_CITUS_URL}: the migrations distribute
         * the schema on it.
         */
        CITUS,
        /** A Docker container started through Testcontainers. */
        TESTCONTAINERS
    }

    /** Where the server comes from. */
    Kind kind();

    /** The host name or address that clients connect to. */
    String host();

    /** The TCP port that clients connect to. */
    int port();

    /**
     * A JDBC URL for one database of this server, without credentials.
     *
     * @param database the database name
     */
    String jdbcUrl(String database);

    /** The server's version as it reports it ({@code server_version}), for example {@code 17.6}. */
    String version();

    /** The server's major version, for example {@code 17}. */
    int majorVersion();

    /**
     * The administrator login: a superuser on the embedded and Testcontainers servers, the role of
     * {@code ATLVS_TEST_JDBC_URL} on an external server.
     */
    Credentials adminCredentials();

    /**
     * An unpooled data source connected as the administrator to one database of this server: every
     * {@code getConnection()} opens a new connection. Meant for set-up and inspection, never for
     * code under test, because the administrator is not subject to row-level security.
     *
     * @param database the database name
     */
    DataSource adminDataSource(String database);
}
