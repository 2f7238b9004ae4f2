package dev.atlvs.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.testing.TestDatabaseException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

    private static ServerSettings settings(Map<String, String> properties, Map<String, String> environment) {
        return ServerSettings.from(properties::get, environment::get);
    }

    @Test
    void embeddedIsTheDefault() {
        var settings = settings(Map.of(), Map.of());

        assertThat(settings.mode()).isEqualTo(ServerSettings.Mode.EMBEDDED);
        assertThat(settings.jdbcUrl()).isEmpty();
        assertThat(settings.image()).isEqualTo(ServerSettings.DEFAULT_IMAGE);
    }

    @Test
    void aJdbcUrlSelectsAnExternalServer() {
        var settings = settings(Map.of(), Map.of(
                "ATLVS_TEST_JDBC_URL", "jdbc:postgresql://db:5432/postgres",
                "ATLVS_TEST_JDBC_USER", "admin",
                "ATLVS_TEST_JDBC_PASSWORD", " secret "));

        assertThat(settings.mode()).isEqualTo(ServerSettings.Mode.EXTERNAL);
        assertThat(settings.jdbcUrl()).contains("jdbc:postgresql://db:5432/postgres");
        assertThat(settings.user()).contains("admin");
        assertThat(settings.password()).contains(" secret ");
    }

    @Test
    void aCitusUrlSelectsACitusCoordinatorWithLocalExecutionUnlessTurnedOff() {
        var onByDefault = settings(Map.of(), Map.of("ATLVS_TEST_CITUS_URL", "jdbc:postgresql://localhost:5433/citus"));
        var off = settings(Map.of(), Map.of("ATLVS_TEST_CITUS_URL", "jdbc:postgresql://localhost:5433/citus",
                "ATLVS_TEST_CITUS_LOCAL_EXECUTION", "OFF"));

        assertThat(onByDefault.mode()).isEqualTo(ServerSettings.Mode.CITUS);
        assertThat(onByDefault.jdbcUrl()).contains("jdbc:postgresql://localhost:5433/citus");
        assertThat(onByDefault.citusLocalExecution()).isTrue();
        assertThat(off.citusLocalExecution()).isFalse();
    }

    @Test
    void aCitusUrlTogetherWithAnotherServerIsRejected() {
        assertThatThrownBy(() -> settings(Map.of(), Map.of("ATLVS_TEST_CITUS_URL", "jdbc:postgresql://localhost:5433/citus",
                "ATLVS_TEST_JDBC_URL", "jdbc:postgresql://db:5432/postgres")))
                .isInstanceOf(dev.atlvs.testing.TestDatabaseException.class)
                .hasMessageContaining("ATLVS_TEST_CITUS_URL");
        assertThatThrownBy(() -> settings(Map.of(), Map.of("ATLVS_TEST_CITUS_URL", "jdbc:postgresql://localhost:5433/citus",
                "ATLVS_TEST_CITUS_LOCAL_EXECUTION", "sometimes")))
                .isInstanceOf(dev.atlvs.testing.TestDatabaseException.class)
                .hasMessageContaining("ATLVS_TEST_CITUS_LOCAL_EXECUTION");
    }

    @Test
    void testcontainersIsSelectedByNameInAnyCase() {
        var settings = settings(Map.of(), Map.of("ATLVS_TEST_POSTGRES", "TestContainers",
                "ATLVS_TEST_POSTGRES_IMAGE", "postgis/postgis:17-3.5"));

        assertThat(settings.mode()).isEqualTo(ServerSettings.Mode.TESTCONTAINERS);
        assertThat(settings.image()).isEqualTo("postgis/postgis:17-3.5");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        var settings = settings(
                Map.of("atlvs.test.postgres", "embedded", "atlvs.test.postgres.cacheDir", "/var/cache/pg"),
                Map.of("ATLVS_TEST_POSTGRES", "testcontainers", "ATLVS_TEST_POSTGRES_CACHE_DIR", "/elsewhere"));

        assertThat(settings.mode()).isEqualTo(ServerSettings.Mode.EMBEDDED);
        assertThat(settings.binariesCache()).isEqualTo(Optional.of(Path.of("/var/cache/pg")));
    }

    @Test
    void aJdbcUrlTogetherWithTestcontainersIsRejected() {
        assertThatThrownBy(() -> settings(Map.of("atlvs.test.jdbcUrl", "jdbc:postgresql://db/postgres"),
                        Map.of("ATLVS_TEST_POSTGRES", "testcontainers")))
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining("ATLVS_TEST_JDBC_URL")
                .hasMessageContaining("testcontainers");
    }

    @Test
    void anUnknownServerKindIsRejected() {
        assertThatThrownBy(() -> settings(Map.of(), Map.of("ATLVS_TEST_POSTGRES", "docker")))
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining("'docker'");
    }

    @Test
    void blankValuesCountAsUnset() {
        var settings = settings(Map.of("atlvs.test.jdbcUrl", " "), Map.of("ATLVS_TEST_POSTGRES", ""));

        assertThat(settings.mode()).isEqualTo(ServerSettings.Mode.EMBEDDED);
    }
}
