package dev.atlvs.benchmarks.compare;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CPU time of the PostgreSQL backends that serve given roles on given databases of a server on this machine, read
 * from Linux's {@code /proc}. A backend is a process whose command line PostgreSQL set to {@code postgres: <role>
 * <database> <client> <state>}; its CPU time is the first field of {@code /proc/<pid>/schedstat}, the nanoseconds it
 * ran on a CPU (time spent waiting for a CPU is not in it). Background processes (checkpointer, walwriter,
 * autovacuum) serve no role on a database and are not counted.
 *
 * <p>Where {@code /proc} cannot be read (not Linux, another machine's server) {@link #backends()} finds nothing and
 * {@link #consumed} answers {@link #UNAVAILABLE}; nothing fails. A process that ends between two reads is left out
 * of that interval.
 */
public final class BackendCpu {

    /** What {@link #consumed} answers when no backend could be read before and after. */
    public static final long UNAVAILABLE = -1;

    private final Path proc;
    private final Set<String> prefixes = new TreeSet<>();

    /**
     * @param proc the root of the process file system, {@code /proc} (a parameter so that tests can give a directory
     *     of their own)
     * @param roles the roles whose backends count
     * @param databases the databases whose backends count
     */
    public BackendCpu(Path proc, Collection<String> roles, Collection<String> databases) {
        this.proc = requireNonNull(proc, "proc is null");
        requireNonNull(roles, "roles is null");
        requireNonNull(databases, "databases is null");
        for (String role : roles) {
            for (String database : databases) {
                prefixes.add("postgres: " + role + " " + database + " ");
            }
        }
    }

    /** The backends of {@code roles} on the databases named in {@code jdbcUrls} (the path of each URL), in {@code /proc}. */
    public static BackendCpu of(Collection<String> roles, Collection<String> jdbcUrls) {
        List<String> databases = new ArrayList<>();
        for (String url : jdbcUrls) {
            databases.add(database(url));
        }
        return new BackendCpu(Path.of("/proc"), roles, databases);
    }

    /** The database of a JDBC URL such as {@code jdbc:postgresql://localhost:5432/name?user=...}. */
    static String database(String jdbcUrl) {
        String path = jdbcUrl.replaceFirst("\\?.*$", "");
        String database = path.substring(path.lastIndexOf('/') + 1);
        if (database.isEmpty() || !path.contains("//")) {
            throw new IllegalArgumentException("no database in the JDBC URL " + jdbcUrl);
        }
        return database;
    }

    /** The process ids of the matching backends now; empty where the process file system cannot be listed. */
    public long[] backends() {
        List<Long> found = new ArrayList<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, entry -> entry.getFileName().toString().matches("\\d+"))) {
            for (Path process : processes) {
                String commandLine = commandLine(process);
                if (commandLine != null && prefixes.stream().anyMatch(commandLine::startsWith)) {
                    found.add(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException unreadable) {
            return new long[0];
        }
        return found.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The command line up to its first NUL, or null if the process is gone or unreadable. */
    private static String commandLine(Path process) {
        try {
            byte[] bytes = Files.readAllBytes(process.resolve("cmdline"));
            int end = 0;
            while (end < bytes.length && bytes[end] != 0) {
                end++;
            }
            return new String(bytes, 0, end, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException gone) {
            return null;
        }
    }

    /** Each backend's nanoseconds on a CPU so far, in the order of {@code pids}; {@link #UNAVAILABLE} for one that cannot be read. */
    public long[] read(long[] pids) {
        long[] nanos = new long[pids.length];
        for (int i = 0; i < pids.length; i++) {
            nanos[i] = cpuNanos(pids[i]);
        }
        return nanos;
    }

    private long cpuNanos(long pid) {
        try {
            return parseSchedstat(Files.readString(proc.resolve(Long.toString(pid)).resolve("schedstat"), StandardCharsets.US_ASCII));
        } catch (IOException | SecurityException | IllegalArgumentException gone) {
            return UNAVAILABLE;
        }
    }

    /**
     * The first field of a {@code schedstat} line ({@code <ns on CPU> <ns waiting for a CPU> <time slices>}).
     *
     * @throws IllegalArgumentException if the line does not start with a number
     */
    static long parseSchedstat(String line) {
        String first = line.strip().split("\\s+", 2)[0];
        try {
            return Long.parseLong(first);
        } catch (NumberFormatException malformed) {
            throw new IllegalArgumentException("not a schedstat line: " + line, malformed);
        }
    }

    /**
     * The nanoseconds the backends spent on a CPU between two {@link #read}s of the same process ids: the sum over
     * those readable both times, or {@link #UNAVAILABLE} if none was.
     */
    public static long consumed(long[] before, long[] after) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("the reads are of different processes");
        }
        long sum = 0;
        boolean any = false;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != UNAVAILABLE && after[i] != UNAVAILABLE && after[i] >= before[i]) {
                sum += after[i] - before[i];
                any = true;
            }
        }
        return any ? sum : UNAVAILABLE;
    }
}
