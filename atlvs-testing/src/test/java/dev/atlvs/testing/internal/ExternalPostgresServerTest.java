package dev.atlvs.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.testing.Credentials;
import dev.atlvs.testing.TestDatabaseException;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

class ExternalPostgresServerTest {

    private static ExternalPostgresServer server(String url, String... environment) {
        var variables = new HashMap<String, String>();
        variables.put("ATLVS_TEST_JDBC_URL", url);
        for (int i = 0; i < environment.length; i += 2) {
            variables.put(environment[i], environment[i + 1]);
        }
        return ExternalPostgresServer.of(ServerSettings.from(name -> null, variables::get));
    }

    @Test
    void hostPortDatabaseAndAdministratorComeFromTheUrl() {
        var server = server("jdbc:postgresql://127.0.0.1:5433/maintenance?user=admin&password=s%26cret");

        assertThat(server.host()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isEqualTo(5433);
        assertThat(server.maintenanceDatabase()).isEqualTo("maintenance");
        assertThat(server.adminCredentials()).isEqualTo(new Credentials("admin", "s&cret"));
    }

    @Test
    void userAndPasswordSettingsOverrideTheUrl() {
        var server = server("jdbc:postgresql://db/postgres?user=admin&password=old",
                "ATLVS_TEST_JDBC_USER", "root_of_all", "ATLVS_TEST_JDBC_PASSWORD", "new");

        assertThat(server.adminCredentials()).isEqualTo(new Credentials("root_of_all", "new"));
    }

    @Test
    void databaseUrlsKeepTheOtherParametersAndLeaveOutTheCredentials() {
        var server = server("jdbc:postgresql://db:5432/postgres?user=admin&password=secret&sslmode=require");

        assertThat(server.jdbcUrl("atlvs_x_12345678"))
                .isEqualTo("jdbc:postgresql://db:5432/atlvs_x_12345678?sslmode=require");
    }

    @Test
    void aCitusCoordinatorWithoutLocalExecutionTurnsItOffInItsClientSessionsOnly() {
        var variables = new HashMap<String, String>();
        variables.put("ATLVS_TEST_CITUS_URL", "jdbc:postgresql://db:5433/postgres?user=admin&options=-c%20work_mem%3D8MB");
        variables.put("ATLVS_TEST_CITUS_LOCAL_EXECUTION", "off");
        var off = ExternalPostgresServer.of(ServerSettings.from(name -> null, variables::get));
        variables.remove("ATLVS_TEST_CITUS_LOCAL_EXECUTION");
        var on = ExternalPostgresServer.of(ServerSettings.from(name -> null, variables::get));

        assertThat(off.jdbcUrl("atlvs_x")).isEqualTo(
                "jdbc:postgresql://db:5433/atlvs_x?options=-c%20work_mem%3D8MB%20-c%20citus.enable_local_execution%3Doff");
        assertThat(on.jdbcUrl("atlvs_x")).isEqualTo("jdbc:postgresql://db:5433/atlvs_x?options=-c%20work_mem%3D8MB");
    }

    @Test
    void everyHostOfAMultiHostUrlIsKept() {
        var server = server("jdbc:postgresql://primary:5432,standby:5433/postgres?targetServerType=primary");

        assertThat(server.host()).isEqualTo("primary");
        assertThat(server.jdbcUrl("d")).isEqualTo("jdbc:postgresql://primary:5432,standby:5433/d?targetServerType=primary");
    }

    @Test
    void defaultsArePortFiveFourThreeTwoTheDatabasePostgresAndTheUserPostgres() {
        var server = server("jdbc:postgresql://db/");

        assertThat(server.port()).isEqualTo(5432);
        assertThat(server.maintenanceDatabase()).isEqualTo("postgres");
        assertThat(server.adminCredentials()).isEqualTo(new Credentials("postgres", ""));
    }

    @Test
    void aUrlOfAnotherDatabaseIsRejectedWithoutShowingThePassword() {
        assertThatThrownBy(() -> server("jdbc:mysql://db/x?user=a&password=hunter2"))
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining("jdbc:mysql://db/x")
                .hasMessageNotContaining("hunter2");
    }
}
