package dev.atlvs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedServerTest {

    @Test
    void sharedReturnsTheSameTestDatabasesAndServerEveryTime() {
        var first = TestDatabases.shared();
        var second = TestDatabases.shared();

        assertThat(second).isSameAs(first);
        assertThat(second.server()).isSameAs(first.server());
    }

    @Test
    void serverRunsPostgresqlFifteenOrNewer() throws Exception {
        var server = TestDatabases.shared().server();

        assertThat(server.majorVersion()).isGreaterThanOrEqualTo(15);
        assertThat(server.version()).startsWith(server.majorVersion() + ".");
        var reported = (String) Queries.single(server.adminDataSource("postgres"), "show server_version");
        assertThat(reported).isEqualTo(server.version());
    }

    @Test
    void serverAcceptsConnectionsAtTheAdvertisedHostAndPort() throws Exception {
        var server = TestDatabases.shared().server();

        var port = Queries.single(server.adminDataSource("postgres"), "select inet_server_port()");

        assertThat(port).isEqualTo(server.port());
        assertThat(server.jdbcUrl("some_db")).startsWith("jdbc:postgresql://").contains(":" + server.port() + "/some_db");
    }

    @Test
    void administratorLogsInAsTheAdvertisedRole() throws Exception {
        var server = TestDatabases.shared().server();

        var user = Queries.single(server.adminDataSource("postgres"), "select current_user");

        assertThat(user).isEqualTo(server.adminCredentials().user());
    }
}
