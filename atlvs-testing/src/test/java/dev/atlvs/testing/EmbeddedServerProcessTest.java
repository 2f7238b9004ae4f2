package dev.atlvs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atlvs.testing.internal.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedServerProcessTest {

    private EmbeddedPostgresServer server;

    @BeforeEach
    void requireEmbeddedServer() {
        var shared = TestDatabases.shared().server();
        assumeTrue(shared.kind() == PostgresServer.Kind.EMBEDDED, "the tests run against an embedded server");
        server = (EmbeddedPostgresServer) shared;
    }

    @Test
    void serverProcessesRunInAUserNamespaceOfTheirOwnWhenTheJvmIsRoot() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/ns")), "Linux");
        assumeTrue(Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid")), "this JVM runs as root");
        var jvmNamespace = Files.readSymbolicLink(Path.of("/proc/self/ns/user"));
        var pids = new ArrayList<Object>();
        try (Connection connection = server.adminDataSource("postgres").getConnection()) {
            pids.addAll(Queries.column(connection,
                    "select split_part(pg_read_file('postmaster.pid'), E'\\n', 1)::int"));
            // this connection's backend and the server's own long-lived processes
            pids.addAll(Queries.column(connection, "select pid from pg_stat_activity where pid = pg_backend_pid() "
                    + "or backend_type in ('checkpointer', 'background writer', 'walwriter')"));

            assertThat(pids).hasSizeGreaterThan(3);
            for (Object pid : pids) {
                assertThat(Files.readSymbolicLink(Path.of("/proc", pid.toString(), "ns", "user")))
                        .as("user namespace of server process %s", pid)
                        .isNotEqualTo(jvmNamespace);
            }
        }
    }

    @Test
    void serverRunsWithTheThrowawaySettings() throws Exception {
        var settings = new TreeMap<String, Object>();
        var names = List.of("fsync", "synchronous_commit", "full_page_writes", "max_connections",
                "listen_addresses", "unix_socket_directories", "server_encoding");
        for (String name : names) {
            settings.put(name, Queries.single(server.adminDataSource("postgres"), "show " + name));
        }

        assertThat(settings).isEqualTo(new TreeMap<>(Map.of(
                "fsync", "off",
                "synchronous_commit", "off",
                "full_page_writes", "off",
                "max_connections", "300",
                "listen_addresses", "127.0.0.1",
                "unix_socket_directories", "",
                "server_encoding", "UTF8")));
        // PostgreSQL reports UTC under its canonical name, Etc/UTC
        assertThat((String) Queries.single(server.adminDataSource("postgres"), "show TimeZone")).matches("(Etc/)?UTC");
        assertThat(Queries.single(server.adminDataSource("postgres"),
                "select datcollate || ' ' || datctype from pg_database where datname = current_database()"))
                .isEqualTo("C C");
    }

    @Test
    void tcpConnectionsNeedTheRightPassword() {
        var url = server.jdbcUrl("postgres");

        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "not the password").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void theOutputOfInitdbAndOfTheServerGoesToTheLog() throws Exception {
        var log = Files.readString(server.log());

        assertThat(log).contains("Success.").contains("database system is ready to accept connections");
    }
}
