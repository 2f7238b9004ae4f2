package dev.atlvs.testing.internal;

import dev.atlvs.testing.Credentials;
import dev.atlvs.testing.TestDatabaseException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throwaway PostgreSQL server started by zonky's {@link EmbeddedPostgres} from the
 * {@code io.zonky.test.postgres} binaries on the class path.
 *
 * <p>Everything lives in zonky's working directory {@code <cache>/embedded-pg}, where {@code <cache>}
 * is {@code ATLVS_TEST_POSTGRES_CACHE_DIR} or {@code <java.io.tmpdir>/atlvs-embedded-pg-<uid>}:
 * <ul>
 *   <li>{@code PG-<digest>/}: the binaries, extracted by zonky once and reused by later JVMs;</li>
 *   <li>{@code server-<random>/}: one server's cluster (UTF-8, locale C), deleted when it stops;</li>
 *   <li>{@code server-<random>.log}: the output of initdb, pg_ctl and the server.</li>
 * </ul>
 * zonky makes its working directory writable by everyone, and runs the binaries in it, so the cache
 * around it must belong to this user and be closed to everyone else; see {@link #workingDirectory}.
 *
 * <p>The server listens on a free port of 127.0.0.1 only, with no Unix socket. Every connection needs
 * a password, the superuser's being random. Durability is switched off ({@code fsync},
 * {@code synchronous_commit}, {@code full_page_writes}), which is what makes it fast and what makes it
 * unfit for anything but tests.
 *
 * <p>PostgreSQL refuses to run as root. When the JVM runs as root, zonky starts every PostgreSQL
 * program through {@code unshare -U}, in a user namespace of its own where it is not root.
 *
 * <p>{@link #stop()} shuts the server down in fast mode and deletes its directory and log. The server of
 * a JVM that died without stopping it is stopped and deleted by zonky when another server starts in
 * the same working directory ten minutes or more after it.
 */
public final class EmbeddedPostgresServer extends AbstractServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String HOST = "127.0.0.1";
    private static final String SUPERUSER = "postgres";
    private static final String INSTANCE_PREFIX = "server-";
    /** zonky's own setting for its working directory, read when a builder is created. */
    private static final String ZONKY_WORKING_DIRECTORY = "ot.epg.working-dir";
    private static final int START_ATTEMPTS = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path log;
    private final Credentials superuser;
    private boolean stopped;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, Path log, Credentials superuser) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.superuser = superuser;
    }

    /** Creates a cluster and starts it; returns once it accepts connections. */
    public static EmbeddedPostgresServer start(ServerSettings settings) {
        long started = System.nanoTime();
        Path workingDirectory = workingDirectory(settings);
        var superuser = new Credentials(SUPERUSER, randomPassword());
        for (int attempt = 1; ; attempt++) {
            var name = INSTANCE_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36);
            Path data = workingDirectory.resolve(name);
            Path log = workingDirectory.resolve(name + ".log");
            LOG.info("Starting an embedded PostgreSQL server in {}", data);
            try {
                var postgres = launch(workingDirectory, data, log, superuser);
                var server = new EmbeddedPostgresServer(postgres, data, log, superuser);
                removeOrphanedLogs(workingDirectory);
                LOG.info("Embedded PostgreSQL {} accepts connections on {}:{} (started in {} ms)",
                        server.version(), HOST, server.port(), (System.nanoTime() - started) / 1_000_000);
                return server;
            } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
                boolean portTaken = readFrom(log, 0).contains("Address already in use");
                removeFailedCluster(data);
                if (!portTaken || attempt == START_ATTEMPTS) {
                    throw new TestDatabaseException("The embedded PostgreSQL server could not start: " + describe(e)
                            + hint(log) + (Files.exists(log) ? ". The end of " + log + ":\n" + tail(log) : ""), e);
                }
                LOG.info("Its port was taken before the server could bind it; trying another one");
            }
        }
    }

    private static EmbeddedPostgres launch(Path workingDirectory, Path data, Path log, Credentials superuser)
            throws IOException {
        Path passwordFile = workingDirectory.getParent().resolve(data.getFileName() + ".password");
        Files.writeString(passwordFile, superuser.password() + '\n', StandardOpenOption.CREATE_NEW);
        try {
            return builder(workingDirectory)
                    .setOverrideWorkingDirectory(workingDirectory.toFile())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    // TestDatabases stops the server from its own shutdown hook, after closing its pools.
                    .setRegisterShutdownHook(false)
                    // zonky passes each of these to initdb as --name=value (after its own -A trust -E UTF-8).
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    // zonky passes these as -c name=value to the server (fsync is off through -F as well).
                    .setServerConfig("listen_addresses", HOST)
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("log_timezone", "UTC")
                    // How zonky connects to check that the server is up.
                    .setConnectConfig("PGHOST", HOST)
                    .setConnectConfig("password", superuser.password())
                    .setPGStartupWait(START_TIMEOUT)
                    // To a file rather than zonky's logger: the server logs every failing statement.
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /**
     * A zonky builder whose data directories are kept in {@code workingDirectory}. zonky reads that
     * directory from a system property when the builder is created, and removes the data directories
     * there that no live server holds and that are ten minutes old; the property is set just for that.
     */
    private static synchronized EmbeddedPostgres.Builder builder(Path workingDirectory) {
        var previous = System.getProperty(ZONKY_WORKING_DIRECTORY);
        System.setProperty(ZONKY_WORKING_DIRECTORY, workingDirectory.toString());
        try {
            return EmbeddedPostgres.builder();
        } finally {
            if (previous == null) {
                System.clearProperty(ZONKY_WORKING_DIRECTORY);
            } else {
                System.setProperty(ZONKY_WORKING_DIRECTORY, previous);
            }
        }
    }

    /** The cluster's directory. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The file that receives the output of initdb, pg_ctl and the server. */
    public Path log() {
        return log;
    }

    @Override
    public Kind kind() {
        return Kind.EMBEDDED;
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int port() {
        return postgres.getPort();
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ':' + port() + '/' + database;
    }

    @Override
    public Credentials adminCredentials() {
        return superuser;
    }

    @Override
    public String maintenanceDatabase() {
        return "postgres";
    }

    @Override
    public boolean disposable() {
        return true;
    }

    /** Stops the server (fast shutdown: open sessions are ended) and deletes its directory and log. */
    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        LOG.info("Stopping the embedded PostgreSQL server on port {}", port());
        try {
            postgres.close(); // pg_ctl stop, then deletes the data directory
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL server in {}: {}", dataDirectory, e.getMessage());
        }
        if (Files.exists(dataDirectory)) {
            LOG.warn("Could not delete the directory {} of the embedded PostgreSQL server; the end of {}:\n{}",
                    dataDirectory, log, tail(log));
        } else {
            Directories.deleteQuietly(log);
        }
    }

    /**
     * zonky's working directory inside the cache, created if needed. The cache must belong to this
     * user; it is closed to everyone else (mode 700) if it is not yet, because zonky makes its working
     * directory writable by everyone and the binaries extracted there are executed.
     */
    static Path workingDirectory(ServerSettings settings) {
        Path cache = settings.binariesCache().orElseGet(EmbeddedPostgresServer::defaultCache).toAbsolutePath();
        try {
            Files.createDirectories(cache);
            if (Files.getFileStore(cache).supportsFileAttributeView("posix")) {
                Path probe = Files.createTempFile(cache, "owner-", ".probe");
                var thisUser = Files.getOwner(probe);
                Files.delete(probe);
                var owner = Files.getOwner(cache);
                if (!owner.equals(thisUser)) {
                    throw new TestDatabaseException("The embedded PostgreSQL cache " + cache + " must belong to "
                            + thisUser.getName() + ", who runs the tests, but it belongs to " + owner.getName()
                            + ". Remove it, or choose another directory with -D"
                            + ServerSettings.Setting.BINARIES_CACHE.property() + '.');
                }
                Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
            }
            return Files.createDirectories(cache.resolve("embedded-pg"));
        } catch (IOException e) {
            throw new TestDatabaseException("Could not prepare the embedded PostgreSQL cache " + cache + ": "
                    + e.getMessage(), e);
        }
    }

    private static Path defaultCache() {
        String owner;
        try {
            owner = String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            owner = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "atlvs-embedded-pg-" + owner);
    }

    /** Deletes the logs whose data directory is gone: zonky removed it, or a start failed. */
    private static void removeOrphanedLogs(Path workingDirectory) {
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(workingDirectory, INSTANCE_PREFIX + "*.log")) {
            for (Path log : logs) {
                var name = log.getFileName().toString();
                if (!Files.exists(log.resolveSibling(name.substring(0, name.length() - ".log".length())))) {
                    Directories.deleteQuietly(log);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not look for old logs in {}: {}", workingDirectory, e.getMessage());
        }
    }

    /**
     * Stops the postmaster of a start that failed, if it runs at all (zonky gave up waiting for it),
     * and deletes the cluster; the log is kept until the next server starts.
     */
    private static void removeFailedCluster(Path data) {
        postmaster(data).ifPresent(postmaster -> {
            postmaster.destroy(); // SIGTERM: a smart shutdown, and nobody is connected
            try {
                postmaster.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                LOG.warn("The postmaster {} of the failed embedded server did not stop", postmaster.pid());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Directories.deleteQuietly(data);
    }

    /** The running postmaster recorded in the data directory's {@code postmaster.pid}. */
    private static Optional<ProcessHandle> postmaster(Path data) {
        try {
            var lines = Files.readAllLines(data.resolve("postmaster.pid"));
            return lines.isEmpty()
                    ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                            .filter(ProcessHandle::isAlive)
                            .filter(process -> process.info().command().orElse("").endsWith("postgres"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String hint(Path log) {
        return readFrom(log, 0).contains("cannot be run as root")
                ? ". PostgreSQL refuses to run as root, and zonky could not start it in a user namespace of its own "
                        + "(unshare -U): run the tests as another user, or use an external server through ATLVS_TEST_JDBC_URL"
                : "";
    }

    private static String describe(Throwable e) {
        var messages = new ArrayList<String>();
        for (Throwable cause = e; cause != null && messages.size() < 3; cause = cause.getCause()) {
            if (cause.getMessage() != null && !messages.contains(cause.getMessage())) {
                messages.add(cause.getMessage());
            }
        }
        return messages.isEmpty() ? e.getClass().getName() : String.join(": ", messages);
    }

    private static String randomPassword() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String readFrom(Path file, long offset) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long length = Math.max(0, channel.size() - offset);
            var buffer = ByteBuffer.allocate((int) Math.min(length, 1 << 20));
            channel.position(offset);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read until full or at the end
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The last lines of a log file, for error messages. */
    static String tail(Path file) {
        var text = readFrom(file, Math.max(0, size(file) - 4096));
        var lines = new ArrayList<>(List.of(text.split("\n")));
        if (size(file) > 4096 && !lines.isEmpty()) {
            lines.remove(0); // probably cut in the middle
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
