package dev.atlvs.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbandonedServerTest {

    @TempDir
    Path temp;

    @Test
    void directoriesOfDeadJvmsAreRemovedAndThoseOfLiveOnesKept() throws Exception {
        var dead = Files.createDirectory(temp.resolve("atlvs-postgres-server-dead"));
        Files.writeString(dead.resolve("owner.properties"), "pid=" + deadPid() + "\n");
        var alive = Files.createDirectory(temp.resolve("atlvs-postgres-server-alive"));
        Files.writeString(alive.resolve("owner.properties"), "pid=" + ProcessHandle.current().pid() + "\n");
        var unknown = Files.createDirectory(temp.resolve("atlvs-postgres-server-unknown"));

        EmbeddedPostgresServer.removeAbandonedServers(temp, OperatingSystemUser.forThisJvm(), PostgresBinaries.at(temp));

        assertThat(dead).doesNotExist();
        assertThat(alive).isDirectory();
        assertThat(unknown).isDirectory();
    }

    @Test
    void aRunningServerWhoseJvmDiedIsStoppedAndDeleted() throws Exception {
        var server = EmbeddedPostgresServer.start(ServerSettings.from(name -> null, name -> null));
        try {
            var directory = server.directory();
            long postmaster = Long.parseLong(Files.readAllLines(directory.resolve("data/postmaster.pid")).get(0));
            var owner = new Properties();
            try (var in = Files.newInputStream(directory.resolve("owner.properties"))) {
                owner.load(in);
            }
            owner.setProperty("pid", String.valueOf(deadPid()));
            try (var out = Files.newOutputStream(directory.resolve("owner.properties"))) {
                owner.store(out, null);
            }

            EmbeddedPostgresServer.removeAbandonedServers(directory.getParent(), server.user(),
                    PostgresBinaries.at(temp));

            assertThat(directory).doesNotExist();
            assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEqualTo(Optional.empty());
            assertThatThrownBy(() -> server.adminDataSource("postgres").getConnection().close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Connection to 127.0.0.1:" + server.port() + " refused");
        } finally {
            server.stop();
        }
    }

    /** The pid of a process that has exited. */
    private static long deadPid() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java");
        assumeTrue(Files.isExecutable(java));
        var process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }
}
