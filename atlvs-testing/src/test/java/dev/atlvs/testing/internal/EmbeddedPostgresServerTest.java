package dev.atlvs.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atlvs.testing.TestDatabaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    private static final ServerSettings DEFAULTS = ServerSettings.from(name -> null, name -> null);

    @TempDir
    Path temp;

    @Test
    void aServerRemovesWhatTheServersOfDeadJvmsLeftBehindAndLeavesNothingBehindItself() throws Exception {
        var workingDirectory = EmbeddedPostgresServer.workingDirectory(DEFAULTS);
        var stale = dataDirectory(workingDirectory, Duration.ofMinutes(11));
        var recent = dataDirectory(workingDirectory, Duration.ofMinutes(1));
        var orphanedLog = Files.writeString(workingDirectory.resolve("server-gone" + id() + ".log"), "a log");

        var server = EmbeddedPostgresServer.start(DEFAULTS);
        try {
            assertThat(server.majorVersion()).isGreaterThanOrEqualTo(15);
            assertThat(single(server.adminDataSource("postgres"), "show fsync")).isEqualTo("off");
            assertThat(single(server.adminDataSource("postgres"), "select current_user")).isEqualTo("postgres");
            assertThat(server.dataDirectory()).hasParent(workingDirectory);
            assertThat(server.dataDirectory().resolve("PG_VERSION")).exists();
            assertThat(server.log()).exists();
            assertThat(stale).doesNotExist();
            assertThat(orphanedLog).doesNotExist();
            assertThat(recent).isDirectory(); // its JVM may still be starting it
        } finally {
            server.stop();
            Directories.delete(recent);
        }

        assertThat(server.dataDirectory()).doesNotExist();
        assertThat(server.log()).doesNotExist();
        assertThatThrownBy(() -> server.adminDataSource("postgres").getConnection().close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Connection to 127.0.0.1:" + server.port() + " refused");
    }

    @Test
    void theCacheIsClosedToOtherUsers() throws Exception {
        var cache = Files.createDirectory(temp.resolve("cache"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        var workingDirectory = EmbeddedPostgresServer.workingDirectory(settingsWithCache(cache));

        assertThat(workingDirectory).isDirectory().hasParent(cache);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
    }

    @Test
    void aCacheOfAnotherUserIsRefused() throws Exception {
        assumeTrue(Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid")),
                "only root can give a directory to another user");
        var cache = Files.createDirectory(temp.resolve("cache"));
        Files.setAttribute(cache, "unix:uid", 65534);

        assertThatThrownBy(() -> EmbeddedPostgresServer.workingDirectory(settingsWithCache(cache)))
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining(cache.toString())
                .hasMessageContaining("must belong to");
        assertThat(cache.resolve("embedded-pg")).doesNotExist();
    }

    private static Object single(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    private static ServerSettings settingsWithCache(Path cache) {
        return ServerSettings.from(Map.of("atlvs.test.postgres.cacheDir", cache.toString())::get, name -> null);
    }

    /** A directory like zonky's data directories, whose lock file was last written {@code age} ago. */
    private static Path dataDirectory(Path workingDirectory, Duration age) throws Exception {
        var directory = Files.createDirectory(workingDirectory.resolve("server-test" + id()));
        var lock = Files.writeString(directory.resolve("epg-lock"), "");
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(age)));
        return directory;
    }

    private static String id() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
