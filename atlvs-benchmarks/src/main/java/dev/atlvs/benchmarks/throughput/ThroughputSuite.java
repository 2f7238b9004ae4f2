package dev.atlvs.benchmarks.throughput;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.benchmarks.BenchmarkDatabase;
import dev.atlvs.benchmarks.DataGenerator;
import dev.atlvs.benchmarks.MachineDescription;
import dev.atlvs.benchmarks.DataGenerator.SampleTask;
import dev.atlvs.benchmarks.TaskOperations;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.StaleVersionException;
import dev.atlvs.core.tenancy.ContextProofs;
import dev.atlvs.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Throughput under load ({@code -Dbench.suite=throughput}): the mixed workload of {@link Operation} on the tenants
 * of {@link TenantSkew}, at each number of client threads, through the SDK ({@link Atlvs#inTenant} and the
 * repositories) and through hand-written JDBC ({@link TaskOperations}' statements in transactions that open the same
 * signed context), both on one pool of a fixed number of connections.
 *
 * <p>At each level the two sides alternate in short slices (which goes first in a pair of slices is drawn), so that a
 * change of load on the machine hits both; the first slices of each side are discarded as warm-up. In a slice every
 * client thread runs calls back to back until the slice ends (a call started finishes); a call's latency is the
 * client's, waiting for a pooled connection included. Thread {@code t} of the {@code n}th pair of slices draws its
 * operations, tenants and tasks from a generator seeded with the run's seed, the level, {@code n} and {@code t}, the
 * same for both sides. Before the first level both sides run alternately for a while at up to four threads, to compile
 * their code paths; those figures are dropped. An update whose version check finds another version (another thread changed the task between
 * the read and the write) is a conflict, counted and rolled back; any other failure is an error, counted by kind (over every slice, warm-up included), and fails
 * the run once the report is written.
 *
 * <p>Settings (system properties): {@code bench.throughput.threads} (default {@code 1,2,4,8,16}),
 * {@code bench.throughput.pool} (connections, default 8), {@code bench.throughput.seconds} (measured seconds per side
 * and level, default 10), {@code bench.throughput.warmupSeconds} (2), {@code bench.throughput.initialWarmupSeconds} (per
 * side, before the first level, at up to 4 threads; 10), {@code bench.throughput.sliceMillis} (1000),
 * {@code bench.throughput.seed} (42), {@code bench.throughput.zipf} (the exponent, 1.0); the data set is the
 * {@code bench.profile}'s. Runs on the embedded PostgreSQL of atlvs-testing only.
 */
public final class ThroughputSuite {

    static final String SDK = "SDK";
    static final String JDBC = "JDBC";

    private ThroughputSuite() {
    }

    /** The run's settings, read from the system properties (an empty value takes the default). */
    static ThroughputRun.Settings settings(int tenants) {
        List<Integer> threads = Arrays.stream(property("bench.throughput.threads", "1,2,4,8,16").split(","))
                .map(String::trim).filter(value -> !value.isEmpty()).map(Integer::valueOf).toList();
        if (threads.isEmpty() || threads.stream().anyMatch(count -> count < 1)) {
            throw new IllegalArgumentException("bench.throughput.threads must list positive numbers of threads, was " + threads);
        }
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (Operation operation : Operation.values()) {
            mix.put(operation.label(), operation.percent());
        }
        return new ThroughputRun.Settings(Integer.parseInt(property("bench.throughput.pool", "8")), threads,
                Double.parseDouble(property("bench.throughput.seconds", "10")),
                Double.parseDouble(property("bench.throughput.warmupSeconds", "2")),
                Double.parseDouble(property("bench.throughput.initialWarmupSeconds", "10")),
                Long.parseLong(property("bench.throughput.sliceMillis", "1000")), Long.parseLong(property("bench.throughput.seed", "42")),
                Double.parseDouble(property("bench.throughput.zipf", "1.0")), tenants, mix);
    }

    private static String property(String name, String otherwise) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? otherwise : value.trim();
    }

    /**
     * Generates the profile's data on the embedded server, runs every level, writes {@code throughput.md} and {@code .json},
     * and {@code machine.md} ({@link MachineDescription}).
     */
    public static ThroughputRun run(Path output) throws Exception {
        long started = System.nanoTime();
        DataGenerator.Profile profile = DataGenerator.Profile.parse(System.getProperty("bench.profile"));
        try (BenchmarkDatabase prepared = BenchmarkDatabase.embedded(profile, false)) {
            long suiteStarted = System.nanoTime();
            ThroughputRun run = run(output, prepared, started);
            MachineDescription.write(output, prepared, "throughput suite", started, suiteStarted);
            return run;
        }
    }

    /** Every level on a prepared database (the record's, or {@link #run(Path)}'s); writes {@code throughput.md} and {@code .json}. */
    public static ThroughputRun run(Path output, BenchmarkDatabase prepared) throws Exception {
        return run(output, prepared, System.nanoTime());
    }

    private static ThroughputRun run(Path output, BenchmarkDatabase prepared, long started) throws Exception {
        Files.createDirectories(output);
        DataGenerator.Profile profile = prepared.profile();
        TestDatabase db = prepared.db();
        DataGenerator.Dataset dataset = prepared.dataset();
        ThroughputRun.Settings settings = settings(dataset.organizations().size());
        TenantSkew skew = TenantSkew.of(dataset.sample(), settings.zipfExponent());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername(db.appCredentials().user());
        config.setPassword(db.appCredentials().password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(settings.poolSize());
        config.setPoolName("atlvs-bench-throughput");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Atlvs atlvs = Atlvs.builder(pool).contextKey(db.contextKey()).build();
            TaskOperations jdbc = new TaskOperations(new ContextProofs(db.contextKey()));
            Map<String, Client> sides = new LinkedHashMap<>();
            sides.put(SDK, sdk(atlvs));
            sides.put(JDBC, jdbc(jdbc, pool));
            System.out.printf(Locale.ROOT, "Throughput: %s client threads on a pool of %d connections, %.0f s measured (+%.0f s warm-up) "
                            + "per side and level in slices of %d ms, Zipf %.2f over %d tenants, seed %d%n", settings.threads(),
                    settings.poolSize(), settings.measuredSeconds(), settings.warmupSeconds(), settings.sliceMillis(),
                    settings.zipfExponent(), skew.tenants(), settings.seed());
            // Compiles both sides' code paths before the first level; its figures are dropped, its errors are not.
            int warmupThreads = Math.min(4, settings.threads().stream().mapToInt(Integer::intValue).max().orElse(1));
            ThroughputRun.Level warmup = level("warm-up, " + warmupThreads, warmupThreads, sides, skew,
                    new ThroughputRun.Settings(settings.poolSize(), settings.threads(), settings.initialWarmupSeconds(), 0,
                            settings.initialWarmupSeconds(), settings.sliceMillis(), settings.seed() - 1, settings.zipfExponent(),
                            settings.tenants(), settings.mix()));
            List<ThroughputRun.Level> levels = new ArrayList<>();
            for (int threads : settings.threads()) {
                levels.add(level(Integer.toString(threads), threads, sides, skew, settings));
            }
            String description = String.format(Locale.ROOT, "Profile **%s** on %s: %,d organizations, %,d tasks. "
                            + "Mixed workload (%s) on tenants drawn with a Zipf distribution (exponent %.2f) over the %d organizations "
                            + "ranked by size, a task drawn uniformly from the tenant's sampled tasks. One pool of %d connections "
                            + "(fixed size) shared by both sides; at each level the SDK and hand-written JDBC alternate in slices "
                            + "of %d ms (%.0f s measured per side after %.0f s of warm-up, and %.0f s per side before the first "
                            + "level), every client thread running calls back to "
                            + "back; latency is the client's, waiting for a connection included. Conflicts: updates rolled back "
                            + "because another thread changed the task between read and write (expected). Seed %d. Client and "
                            + "server share the machine. Wall time %.0f s.",
                    profile.name().toLowerCase(Locale.ROOT), prepared.server(), dataset.organizations().size(), dataset.tasks(),
                    mixText(settings.mix()), settings.zipfExponent(), skew.tenants(), settings.poolSize(), settings.sliceMillis(),
                    settings.measuredSeconds(), settings.warmupSeconds(), settings.initialWarmupSeconds(), settings.seed(),
                    (System.nanoTime() - started) / 1e9);
            ThroughputRun run = new ThroughputRun("ATLVS SDK: throughput under load", description, settings, levels);
            Files.writeString(output.resolve("throughput.json"), run.json());
            Files.writeString(output.resolve("throughput.md"), run.markdown());
            System.out.println();
            System.out.println(run.markdown());
            System.out.println("Throughput: " + output.resolve("throughput.md") + " and " + output.resolve("throughput.json"));
            List<String> errors = Stream.concat(Stream.of(warmup), levels.stream())
                    .flatMap(level -> level.sides().stream().flatMap(side -> side.errorsByKind().entrySet().stream()
                            .map(error -> level.threads() + " threads, " + side.name() + ", " + error.getKey() + " × " + error.getValue())))
                    .toList();
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the throughput run had errors other than version conflicts (warm-up included): "
                        + String.join("; ", errors));
            }
            return run;
        }
    }

    private static String mixText(Map<String, Integer> mix) {
        List<String> parts = new ArrayList<>();
        mix.forEach((operation, percent) -> parts.add(operation + " " + percent + " %"));
        return String.join(", ", parts);
    }

    /** One side's way of running an operation on a task. */
    @FunctionalInterface
    interface Client {
        /** Runs {@code operation} on {@code task}; returns something derived from the result, so that nothing is optimized away. */
        int call(Operation operation, SampleTask task, UniformRandomProvider random) throws Exception;
    }

    private static Client sdk(Atlvs atlvs) {
        return (operation, task, random) -> switch (operation) {
            case GET_BY_ID -> System.identityHashCode(TaskOperations.sdkGetById(atlvs, task));
            case KEYSET_PAGE -> TaskOperations.sdkKeysetPage(atlvs, cursor(task)).size();
            case DASHBOARD -> TaskOperations.sdkDashboard(atlvs, task).size();
            case INSERT -> System.identityHashCode(TaskOperations.sdkInsert(atlvs, task, start(random)));
            case UPDATE -> System.identityHashCode(TaskOperations.sdkUpdate(atlvs, task));
        };
    }

    private static Client jdbc(TaskOperations operations, HikariDataSource pool) {
        return (operation, task, random) -> {
            int[] sink = new int[1];
            TaskOperations.RowSink rows = value -> sink[0] ^= System.identityHashCode(value);
            switch (operation) {
                case GET_BY_ID -> operations.jdbcGetById(pool, TaskOperations.TASKS, task, rows);
                case KEYSET_PAGE -> operations.jdbcKeysetPage(pool, TaskOperations.TASKS, cursor(task), rows);
                case DASHBOARD -> operations.jdbcDashboard(pool, TaskOperations.TASKS, task, rows);
                case INSERT -> operations.jdbcInsert(pool, TaskOperations.TASKS, true, task, start(random), rows);
                case UPDATE -> operations.jdbcUpdate(pool, TaskOperations.TASKS, true, task, random.nextBoolean() ? "high" : "medium", rows);
            }
            return sink[0];
        };
    }

    /** The page after a dated task; for a task without a due date, the project's first page. */
    private static SampleTask cursor(SampleTask task) {
        return task.dueDate() != null ? task
                : new SampleTask(task.organizationId(), task.actorId(), task.projectId(), new UUID(0, 0), LocalDate.of(1900, 1, 1));
    }

    private static LocalDate start(UniformRandomProvider random) {
        return LocalDate.of(2026, 3, 1).plusDays(random.nextInt(300));
    }

    /** Whether {@code failure} is the expected outcome of concurrent updates of one task: a stale version. */
    static boolean isConflict(Throwable failure) {
        return failure instanceof StaleVersionException || failure instanceof TaskOperations.StaleVersion;
    }

    /** The kind of an unexpected failure: the exception's class with the SDK's error code or the SQLState of its cause. */
    static String kind(Throwable failure) {
        if (failure instanceof AtlvsException atlvs) {
            return failure.getClass().getSimpleName() + " " + atlvs.code();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return failure.getClass().getSimpleName() + " SQLState " + sql.getSQLState();
            }
        }
        return failure.getClass().getSimpleName();
    }

    /** What one side measured at one level, accumulated over its measured slices. */
    private static final class Tally {
        final Map<Operation, Histogram> latencies = new EnumMap<>(Operation.class);
        final Map<Operation, long[]> conflicts = new EnumMap<>(Operation.class);
        final Map<String, Long> errors = new LinkedHashMap<>();
        long nanos;
        int sink;

        Tally() {
            for (Operation operation : Operation.values()) {
                latencies.put(operation, new Histogram(3));
                conflicts.put(operation, new long[1]);
            }
        }

        void add(Tally other) {
            other.latencies.forEach((operation, histogram) -> latencies.get(operation).add(histogram));
            other.conflicts.forEach((operation, count) -> conflicts.get(operation)[0] += count[0]);
            other.errors.forEach((kind, count) -> errors.merge(kind, count, Long::sum));
            sink ^= other.sink;
        }

        ThroughputRun.Side figures(String name) {
            double seconds = nanos / 1e9;
            long transactions = latencies.values().stream().mapToLong(Histogram::getTotalCount).sum();
            long conflicted = conflicts.values().stream().mapToLong(count -> count[0]).sum();
            List<ThroughputRun.OperationFigures> operations = new ArrayList<>();
            for (Operation operation : Operation.values()) {
                Histogram h = latencies.get(operation);
                operations.add(new ThroughputRun.OperationFigures(operation.label(), h.getTotalCount(), conflicts.get(operation)[0],
                        h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3, h.getValueAtPercentile(99) / 1e3,
                        h.getMaxValue() / 1e3));
            }
            return new ThroughputRun.Side(name, seconds, transactions, seconds > 0 ? transactions / seconds : 0, conflicted,
                    new LinkedHashMap<>(errors), operations);
        }
    }

    /** Kinds of error whose first occurrence was printed already. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private static ThroughputRun.Level level(String label, int threads, Map<String, Client> sides, TenantSkew skew, ThroughputRun.Settings settings)
            throws InterruptedException {
        long levelStarted = System.nanoTime();
        int warmupSlices = (int) Math.ceil(settings.warmupSeconds() * 1000 / settings.sliceMillis());
        int measuredSlices = Math.max(1, (int) Math.ceil(settings.measuredSeconds() * 1000 / settings.sliceMillis()));
        Random order = new Random(settings.seed() * 31 + threads);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        sides.keySet().forEach(name -> tallies.put(name, new Tally()));
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            for (int slice = -warmupSlices; slice < measuredSlices; slice++) {
                List<String> names = new ArrayList<>(sides.keySet());
                Collections.shuffle(names, order);
                for (String name : names) {
                    long seed = settings.seed() * 1_000_003L + threads * 10_007L + (slice + warmupSlices);
                    Tally slices = slice(sides.get(name), threads, workers, skew, seed, settings.sliceMillis());
                    if (slice >= 0) {
                        tallies.get(name).add(slices);
                        tallies.get(name).nanos += slices.nanos;
                    } else {
                        slices.errors.forEach((kind, count) -> tallies.get(name).errors.merge(kind, count, Long::sum));
                    }
                }
            }
        } finally {
            workers.shutdownNow();
            workers.awaitTermination(1, TimeUnit.MINUTES);
        }
        List<ThroughputRun.Side> figures = new ArrayList<>();
        tallies.forEach((name, tally) -> figures.add(tally.figures(name)));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %s threads (%.1f s):", label,
                (System.nanoTime() - levelStarted) / 1e9));
        for (ThroughputRun.Side side : figures) {
            line.append(String.format(Locale.ROOT, " %s %,.0f tx/s, %d conflicts, %d errors;", side.name(), side.transactionsPerSecond(),
                    side.conflicts(), side.errors()));
        }
        System.out.println(line);
        return new ThroughputRun.Level(threads, figures);
    }

    /** One slice: {@code threads} clients calling back to back for {@code millis}; returns their tally and the slice's wall time. */
    private static Tally slice(Client client, int threads, ExecutorService workers, TenantSkew skew, long seed, long millis)
            throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + TimeUnit.MILLISECONDS.toNanos(millis);
        List<Future<Tally>> running = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            TenantSkew.Sampler sampler = skew.sampler(seed * 131 + thread);
            running.add(workers.submit(() -> work(client, sampler, deadline)));
        }
        Tally total = new Tally();
        for (Future<Tally> future : running) {
            try {
                total.add(future.get());
            } catch (ExecutionException failure) {
                throw new IllegalStateException("a client thread failed: " + failure.getCause(), failure.getCause());
            }
        }
        total.nanos = System.nanoTime() - started;
        return total;
    }

    private static Tally work(Client client, TenantSkew.Sampler sampler, long deadline) {
        Tally tally = new Tally();
        UniformRandomProvider random = sampler.random();
        while (System.nanoTime() < deadline) {
            Operation operation = Operation.pick(random);
            SampleTask task = sampler.nextTask();
            long started = System.nanoTime();
            try {
                tally.sink ^= client.call(operation, task, random);
                tally.latencies.get(operation).recordValue(System.nanoTime() - started);
            } catch (Exception failure) {
                if (isConflict(failure)) {
                    tally.conflicts.get(operation)[0]++;
                } else {
                    String kind = operation.label() + ": " + kind(failure);
                    tally.errors.merge(kind, 1L, Long::sum);
                    if (REPORTED.add(kind)) {
                        System.err.println("Throughput error (" + kind + "), first of its kind:");
                        failure.printStackTrace();
                    }
                }
            }
        }
        return tally;
    }
}
