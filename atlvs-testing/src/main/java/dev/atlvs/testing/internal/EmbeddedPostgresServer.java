package dev.atlvs.testing.internal;

import dev.atlvs.testing.Credentials;
import dev.atlvs.testing.TestDatabaseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throwaway PostgreSQL server run from the binaries on the class path.
 *
 * <p>Each server lives in its own directory {@code <java.io.tmpdir>/atlvs-postgres-server-*}:
 * <ul>
 *   <li>{@code data/} is the cluster, created by {@code initdb} (UTF-8, locale C, no fsync);</li>
 *   <li>{@code postgres.log} receives the output of every PostgreSQL command and of the server;</li>
 *   <li>{@code owner.properties} names the JVM that started it.</li>
 * </ul>
 * The server listens on a free port of 127.0.0.1 only, and on a Unix socket inside {@code data/}. Local
 * socket connections are trusted; TCP connections need a password, the superuser's being random.
 * Durability is switched off ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes}),
 * which is what makes it fast and what makes it unfit for anything but tests.
 *
 * <p>{@link #stop()} shuts it down in fast mode and deletes its directory. A server whose JVM died
 * without stopping it is stopped and deleted by the next JVM that starts one.
 *
 * <p>When the JVM runs as root the server runs as {@code nobody}; see {@link OperatingSystemUser}.
 */
public final class EmbeddedPostgresServer extends AbstractServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String HOST = "127.0.0.1";
    private static final String SUPERUSER = "postgres";
    private static final String INSTANCE_PREFIX = "atlvs-postgres-server-";
    private static final String OWNER_FILE = "owner.properties";
    private static final int START_ATTEMPTS = 5;
    private static final int MAX_SOCKET_PATH = 100;
    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final PostgresBinaries binaries;
    private final OperatingSystemUser user;
    private final Path instance;
    private final Path data;
    private final Path log;
    private final Credentials superuser;
    private volatile int port;
    private volatile boolean stopped;

    private EmbeddedPostgresServer(PostgresBinaries binaries, OperatingSystemUser user, Path instance) {
        this.binaries = binaries;
        this.user = user;
        this.instance = instance;
        this.data = instance.resolve("data");
        this.log = instance.resolve("postgres.log");
        this.superuser = new Credentials(SUPERUSER, randomPassword());
    }

    /** Extracts the binaries if needed, creates a cluster and starts it; returns once it accepts connections. */
    public static EmbeddedPostgresServer start(ServerSettings settings) {
        long started = System.nanoTime();
        var user = OperatingSystemUser.forThisJvm();
        var binaries = PostgresBinaries.extract(settings.binariesCache());
        var temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        removeAbandonedServers(temp, user, binaries);
        EmbeddedPostgresServer server;
        try {
            if (user.switchesUser()) {
                requireEnterable(binaries.home());
                requireEnterable(temp);
            }
            Path instance = Files.createTempDirectory(temp, INSTANCE_PREFIX);
            writeOwner(instance, binaries);
            user.takeOwnership(instance);
            server = new EmbeddedPostgresServer(binaries, user, instance);
        } catch (IOException e) {
            throw new TestDatabaseException("Could not prepare a directory for the embedded PostgreSQL server in "
                    + temp + ": " + e.getMessage(), e);
        }
        LOG.info("Starting an embedded PostgreSQL server in {} {}", server.instance, user.describe());
        try {
            server.createCluster();
            server.startServer();
        } catch (RuntimeException e) {
            // Keep the directory, so that the whole log can be read; the next JVM removes it.
            server.shutDown(false);
            throw e;
        }
        LOG.info("Embedded PostgreSQL {} accepts connections on {}:{} (started in {} ms)",
                server.version(), HOST, server.port, (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    /** The directory holding this server's cluster and log. */
    public Path directory() {
        return instance;
    }

    /** The operating-system user the server runs as. */
    public OperatingSystemUser user() {
        return user;
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
        return port;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ':' + port + '/' + database;
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

    /** Stops the server (fast shutdown: open sessions are ended) and deletes its directory. */
    @Override
    public void stop() {
        shutDown(true);
    }

    private synchronized void shutDown(boolean deleteDirectory) {
        if (stopped) {
            return;
        }
        stopped = true;
        var postmaster = postmaster(data);
        if (postmaster.isPresent()) {
            LOG.info("Stopping the embedded PostgreSQL server on port {}", port);
            if (pgCtlStop(binaries, user, data, log, "fast") != 0) {
                pgCtlStop(binaries, user, data, log, "immediate");
            }
            if (!exited(postmaster.get())) {
                LOG.warn("Could not stop the embedded PostgreSQL server in {}; its log ends with:\n{}", instance, tail(log));
                return;
            }
        }
        if (deleteDirectory && !Directories.deleteQuietly(instance)) {
            LOG.warn("Could not delete the directory {} of the embedded PostgreSQL server", instance);
        }
    }

    private void createCluster() {
        Path passwordFile = instance.resolve("superuser.password");
        try {
            Files.writeString(passwordFile, superuser.password() + '\n', StandardOpenOption.CREATE_NEW);
            TarXzArchive.setMode(passwordFile, 0600);
            user.takeOwnership(passwordFile);
            int exit = run(user, instance, log, INITDB_TIMEOUT,
                    binaries.program("initdb").toString(),
                    "--pgdata=" + data,
                    "--username=" + SUPERUSER,
                    "--pwfile=" + passwordFile,
                    "--auth-local=trust",
                    "--auth-host=scram-sha-256",
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-sync");
            if (exit != 0) {
                throw failure("initdb failed with exit code " + exit);
            }
            Files.writeString(data.resolve("postgresql.conf"), settings(), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw failure("Could not create the cluster: " + e.getMessage(), e);
        } finally {
            Directories.deleteQuietly(passwordFile);
        }
    }

    private String settings() {
        var socketDirectory = data.toString();
        if (socketDirectory.length() + "/.s.PGSQL.65535".length() > MAX_SOCKET_PATH) {
            LOG.info("The data directory's path is too long for a Unix socket; the server listens on TCP only");
            socketDirectory = "";
        }
        return String.join("\n",
                "",
                "# Set by atlvs-testing: a throwaway server for tests, not durable.",
                "listen_addresses = '" + HOST + "'",
                "unix_socket_directories = " + Sql.literal(socketDirectory),
                "max_connections = 300",
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
                "timezone = 'UTC'",
                "log_timezone = 'UTC'",
                "");
    }

    private void startServer() {
        for (int attempt = 1; ; attempt++) {
            int candidate = freePort();
            long logOffset = size(log);
            int exit = run(user, instance, log, START_TIMEOUT.plusSeconds(10),
                    binaries.program("pg_ctl").toString(),
                    "--pgdata=" + data,
                    "--wait",
                    "--timeout=" + START_TIMEOUT.toSeconds(),
                    "-o", "-p " + candidate,
                    "start");
            if (exit == 0) {
                port = candidate;
                return;
            }
            boolean portTaken = readFrom(log, logOffset).contains("Address already in use");
            if (!portTaken || attempt == START_ATTEMPTS) {
                throw failure("pg_ctl start failed with exit code " + exit);
            }
            LOG.info("Port {} was taken before the server could bind it; trying another one", candidate);
        }
    }

    private TestDatabaseException failure(String message) {
        return new TestDatabaseException(describeFailure(message));
    }

    private TestDatabaseException failure(String message, Throwable cause) {
        return new TestDatabaseException(describeFailure(message), cause);
    }

    private String describeFailure(String message) {
        return "Embedded PostgreSQL in " + instance + ": " + message + ". The end of " + log + ":\n" + tail(log);
    }

    private static int pgCtlStop(
            PostgresBinaries binaries, OperatingSystemUser user, Path data, Path log, String mode) {
        try {
            return run(user, data.getParent(), log, STOP_TIMEOUT.plusSeconds(10),
                    binaries.program("pg_ctl").toString(),
                    "--pgdata=" + data,
                    "--mode=" + mode,
                    "--wait",
                    "--timeout=" + STOP_TIMEOUT.toSeconds(),
                    "stop");
        } catch (RuntimeException e) {
            LOG.warn("pg_ctl stop failed: {}", e.getMessage());
            return -1;
        }
    }

    /**
     * Runs one PostgreSQL program as the server's user, in {@code directory}, appending its output to
     * {@code log}; returns its exit code.
     */
    private static int run(OperatingSystemUser user, Path directory, Path log, Duration timeout, String... command) {
        var fullCommand = user.command(List.of(command));
        try {
            Files.writeString(log, "\n$ " + String.join(" ", command) + '\n',
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            var builder = new ProcessBuilder(fullCommand)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            var environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("PG"));
            environment.put("LC_ALL", "C");
            LOG.debug("Running {}", fullCommand);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new TestDatabaseException(Path.of(command[0]).getFileName() + " did not finish within "
                        + timeout.toSeconds() + " s; the end of " + log + ":\n" + tail(log));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new TestDatabaseException("Could not run " + fullCommand + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestDatabaseException("Interrupted while running " + fullCommand, e);
        }
    }

    /**
     * Stops and deletes the servers that JVMs of this user started and did not stop because they were
     * killed. Each server directory names the JVM that owns it; a directory whose JVM is gone is
     * abandoned.
     */
    static void removeAbandonedServers(Path temp, OperatingSystemUser user, PostgresBinaries binaries) {
        try (DirectoryStream<Path> instances = Files.newDirectoryStream(temp, INSTANCE_PREFIX + "*")) {
            for (Path instance : instances) {
                Optional<Properties> owner = readOwner(instance);
                if (owner.isEmpty() || ownerIsAlive(owner.get())) {
                    continue;
                }
                var ownerBinaries = Path.of(owner.get().getProperty("binaries", binaries.home().toString()));
                var stopWith = Files.isDirectory(ownerBinaries) ? ownerBinaries : binaries.home();
                Path data = instance.resolve("data");
                var postmaster = postmaster(data);
                if (postmaster.isPresent()) {
                    pgCtlStop(PostgresBinaries.at(stopWith), user, data, instance.resolve("postgres.log"), "immediate");
                    if (!exited(postmaster.get())) {
                        LOG.warn("Could not stop the abandoned embedded PostgreSQL server in {}", instance);
                        continue;
                    }
                }
                if (Directories.deleteQuietly(instance)) {
                    LOG.info("Removed the embedded PostgreSQL server {} that JVM {} left behind",
                            instance, owner.get().getProperty("pid"));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Could not look for abandoned embedded servers in {}: {}", temp, e.getMessage());
        }
    }

    private static void writeOwner(Path instance, PostgresBinaries binaries) throws IOException {
        var jvm = ProcessHandle.current();
        var owner = new Properties();
        owner.setProperty("pid", String.valueOf(jvm.pid()));
        jvm.info().startInstant().ifPresent(start -> owner.setProperty("started", String.valueOf(start.toEpochMilli())));
        owner.setProperty("binaries", binaries.home().toString());
        try (OutputStream out = Files.newOutputStream(instance.resolve(OWNER_FILE), StandardOpenOption.CREATE_NEW)) {
            owner.store(out, "The JVM that started this embedded PostgreSQL server");
        }
    }

    /** The owner record of a server directory, when this user wrote it and can read it. */
    private static Optional<Properties> readOwner(Path instance) {
        Path file = instance.resolve(OWNER_FILE);
        try (InputStream in = Files.newInputStream(file)) {
            var jvmUid = OperatingSystemUser.jvmUid();
            if (jvmUid.isPresent() && ((Integer) Files.getAttribute(file, "unix:uid")) != jvmUid.getAsInt()) {
                return Optional.empty();
            }
            var owner = new Properties();
            owner.load(in);
            return owner.getProperty("pid") == null ? Optional.empty() : Optional.of(owner);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean ownerIsAlive(Properties owner) {
        var process = ProcessHandle.of(Long.parseLong(owner.getProperty("pid")));
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        var recordedStart = owner.getProperty("started");
        var start = process.get().info().startInstant();
        // The same pid with another start time is a new process that reused the number.
        return recordedStart == null || start.isEmpty() || start.get().toEpochMilli() == Long.parseLong(recordedStart);
    }

    /** The running postmaster recorded in the data directory's {@code postmaster.pid}. */
    private static Optional<ProcessHandle> postmaster(Path data) {
        try {
            var lines = Files.readAllLines(data.resolve("postmaster.pid"));
            return lines.isEmpty()
                    ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Waits until a stopped postmaster has exited. {@code pg_ctl stop} returns once the postmaster
     * removed its pid file, which it does just before it exits.
     */
    private static boolean exited(ProcessHandle postmaster) {
        try {
            postmaster.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !postmaster.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !postmaster.isAlive();
        }
    }

    /** Fails unless every user may enter {@code path} and its parents, which the server's user must. */
    private static void requireEnterable(Path path) throws IOException {
        for (Path current = path.toAbsolutePath(); current != null; current = current.getParent()) {
            if (Files.getFileStore(current).supportsFileAttributeView("posix")
                    && !Files.getPosixFilePermissions(current).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new TestDatabaseException("The embedded PostgreSQL server runs as an unprivileged user because "
                        + "this JVM runs as root, but that user cannot enter " + current + " to reach " + path
                        + ". Use directories that every user may enter: set java.io.tmpdir, or -D"
                        + ServerSettings.Setting.BINARIES_CACHE.property() + " for the binaries.");
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new TestDatabaseException("Could not find a free port on " + HOST + ": " + e.getMessage(), e);
        }
    }

    private static String randomPassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
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
