package dev.atlvs.testing.internal;

import dev.atlvs.testing.Credentials;
import dev.atlvs.testing.TestDatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A PostgreSQL server in a Docker container started through Testcontainers.
 *
 * <p>This is the only class that refers to Testcontainers, which is an optional dependency: it is
 * loaded only when a Testcontainers server is asked for (see {@link PostgresServers}).
 */
final class TestcontainersPostgresServer extends AbstractServer {

    private static final Logger LOG = LoggerFactory.getLogger(TestcontainersPostgresServer.class);

    private final PostgreSQLContainer container;

    private TestcontainersPostgresServer(PostgreSQLContainer container) {
        this.container = container;
    }

    /** Starts a container from the settings' image and waits until it accepts connections. */
    static ManagedServer start(ServerSettings settings) {
        var image = DockerImageName.parse(settings.image()).asCompatibleSubstituteFor("postgres");
        var container = new PostgreSQLContainer(image)
                .withCommand("postgres",
                        "-c", "fsync=off",
                        "-c", "synchronous_commit=off",
                        "-c", "full_page_writes=off",
                        "-c", "max_connections=300",
                        "-c", "timezone=UTC");
        LOG.info("Starting a PostgreSQL container from {} through Testcontainers", image);
        try {
            container.start();
        } catch (RuntimeException e) {
            throw new TestDatabaseException("Testcontainers could not start a PostgreSQL container from " + image
                    + " (it needs a running Docker or a compatible engine): " + e.getMessage(), e);
        }
        return new TestcontainersPostgresServer(container);
    }

    @Override
    public Kind kind() {
        return Kind.TESTCONTAINERS;
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ':' + port() + '/' + database;
    }

    @Override
    public Credentials adminCredentials() {
        return new Credentials(container.getUsername(), container.getPassword());
    }

    @Override
    public String maintenanceDatabase() {
        return "postgres";
    }

    @Override
    public boolean disposable() {
        return true;
    }

    @Override
    public void stop() {
        container.stop();
    }
}
