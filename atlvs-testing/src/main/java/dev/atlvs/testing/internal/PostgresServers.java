package dev.atlvs.testing.internal;

import dev.atlvs.testing.TestDatabaseException;

/** Starts, or connects to, the server that the settings ask for. */
public final class PostgresServers {

    private static final String TESTCONTAINERS_CLASS = "org.testcontainers.postgresql.PostgreSQLContainer";

    private PostgresServers() {}

    /** The server for {@code settings}, started and accepting connections. */
    public static ManagedServer start(ServerSettings settings) {
        return switch (settings.mode()) {
            case EMBEDDED -> EmbeddedPostgresServer.start(settings);
            case EXTERNAL, CITUS -> ExternalPostgresServer.of(settings);
            case TESTCONTAINERS -> startTestcontainers(settings);
        };
    }

    /**
     * Testcontainers is an optional dependency. {@link TestcontainersPostgresServer} is the only class
     * that uses it, and the JVM loads that class only when this method calls it, so nothing of
     * Testcontainers is loaded unless a container is asked for.
     */
    private static ManagedServer startTestcontainers(ServerSettings settings) {
        try {
            Class.forName(TESTCONTAINERS_CLASS, false, PostgresServers.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new TestDatabaseException("ATLVS_TEST_POSTGRES=testcontainers needs Testcontainers on the test class "
                    + "path: add a test dependency on org.testcontainers:testcontainers-postgresql.", e);
        }
        return TestcontainersPostgresServer.start(settings);
    }
}
