package dev.atlvs.testing.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atlvs.testing.TestDatabaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestcontainersServerTest {

    @Test
    void askingForTestcontainersWithoutDockerFailsWithAClearMessage() {
        assumeTrue(System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock")),
                "no Docker on this machine");
        var settings = ServerSettings.from(name -> null, Map.of("ATLVS_TEST_POSTGRES", "testcontainers")::get);

        assertThatThrownBy(() -> PostgresServers.start(settings))
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining("Testcontainers could not start a PostgreSQL container")
                .hasMessageContaining("Docker");
    }
}
