package dev.atlvs.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.BulkLoad;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.function.ToLongFunction;

/**
 * The cost of the verified tenant context measured with the two variants interleaved call by call: each
 * pair runs the same operation on the same sampled task once through the SDK on the generated data and
 * once on its clone with the unverified context functions ({@link BenchmarkRunner#UNVERIFIED_CONTEXT}), in a
 * random order. JMH runs one benchmark after the other, so on a shared machine a change of load between the
 * two skews their ratio; interleaving gives both variants the same load. Besides the latency, it reports the
 * CPU time each call costs: the calling thread's (the SDK, JDBC) and, on a local server whose processes it
 * can read in {@code /proc}, the server backend's (each variant has a pool of one connection, so one
 * backend), which load on the machine does not inflate. Complements the JMH {@code unverified*}
 * benchmarks; reported in {@code summary.md}.
 */
final class ContextCostComparison {

    private final Atlvs verified;
    private final Atlvs unverified;
    private final DataGenerator.SampleTask[] sample;
    private final Random random = new Random(7);
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private Backend verifiedBackend;
    private Backend unverifiedBackend;

    /** The CPU time of the server process behind a pool of one connection, read from {@code /proc} (Linux, local server). */
    private record Backend(java.nio.file.Path stat) {

        static Backend of(HikariDataSource pool) {
            try (java.sql.Connection connection = pool.getConnection();
                    java.sql.Statement statement = connection.createStatement();
                    java.sql.ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
                row.next();
                java.nio.file.Path stat = java.nio.file.Path.of("/proc", String.valueOf(row.getInt(1)), "stat");
                return java.nio.file.Files.isReadable(stat) ? new Backend(stat) : null;
            } catch (java.sql.SQLException failure) {
                throw new IllegalStateException(failure);
            }
        }

        /** User and system time in nanoseconds, assuming 100 clock ticks per second (Linux's usual). */
        long cpuNanos() {
            try {
                String text = java.nio.file.Files.readString(stat);
                String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
            } catch (java.io.IOException failure) {
                throw new java.io.UncheckedIOException(failure);
            }
        }
    }

    private ContextCostComparison(Atlvs verified, Atlvs unverified, List<DataGenerator.SampleTask> sample) {
        this.verified = verified;
        this.unverified = unverified;
        this.sample = sample.toArray(DataGenerator.SampleTask[]::new);
    }

    /** The comparison on the connections the runner wrote for the JMH fork, as a Markdown table. */
    static String run(Properties connection, List<DataGenerator.SampleTask> sample, int pairs) {
        ContextKey key = ContextKey.of("default", java.util.HexFormat.of().parseHex(connection.getProperty("context.key")));
        try (HikariDataSource verifiedPool = pool(connection.getProperty("url"), connection);
                HikariDataSource unverifiedPool = pool(connection.getProperty("unverified.url"), connection)) {
            ContextCostComparison comparison = new ContextCostComparison(Atlvs.builder(verifiedPool).contextKey(key).build(),
                    Atlvs.builder(unverifiedPool).contextKey(key).build(), sample);
            comparison.verifiedBackend = Backend.of(verifiedPool);
            comparison.unverifiedBackend = Backend.of(unverifiedPool);
            StringBuilder md = new StringBuilder();
            md.append(String.format(Locale.ROOT, "%n| verified / unverified context, interleaved (%,d pairs; bulk: %,d) | p50 verified "
                    + "| p50 unverified | p50 ratio | client CPU per call | server CPU per call, verified | unverified "
                    + "| CPU ratio (client + server) |%n|---|---:|---:|---:|---:|---:|---:|---:|%n", pairs, Math.max(10, pairs / 200)));
            comparison.compare(md, "get by id", pairs, comparison::getById);
            comparison.compare(md, "open a tenant transaction", pairs, comparison::open);
            comparison.compare(md, "insert a task", pairs, comparison::insert);
            comparison.compare(md, "bulk load of 1,000 tasks", Math.max(10, pairs / 200), comparison::bulkLoad);
            return md.toString();
        }
    }

    private static HikariDataSource pool(String url, Properties connection) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(connection.getProperty("user"));
        config.setPassword(connection.getProperty("password"));
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setPoolName("atlvs-bench-comparison");
        return new HikariDataSource(config);
    }

    /** Warms both variants up with a tenth of the pairs, then times {@code pairs} interleaved pairs in random order. */
    private void compare(StringBuilder md, String label, int pairs, java.util.function.BiFunction<Atlvs, DataGenerator.SampleTask, Object> operation) {
        long[] onVerified = new long[pairs];
        long[] onUnverified = new long[pairs];
        long[] clientCpu = new long[1];
        long[] serverCpu = new long[4];
        for (int i = -pairs / 10; i < pairs; i++) {
            if (i == 0 && verifiedBackend != null && unverifiedBackend != null) {
                serverCpu[0] = verifiedBackend.cpuNanos();
                serverCpu[1] = unverifiedBackend.cpuNanos();
            }
            DataGenerator.SampleTask task = sample[random.nextInt(sample.length)];
            boolean verifiedFirst = random.nextBoolean();
            boolean measured = i >= 0;
            ToLongFunction<Atlvs> timed = on -> {
                long cpu = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                operation.apply(on, task);
                long elapsed = System.nanoTime() - started;
                if (measured) {
                    clientCpu[0] += threads.getCurrentThreadCpuTime() - cpu;
                }
                return elapsed;
            };
            long first = timed.applyAsLong(verifiedFirst ? verified : unverified);
            long second = timed.applyAsLong(verifiedFirst ? unverified : verified);
            if (i >= 0) {
                onVerified[i] = verifiedFirst ? first : second;
                onUnverified[i] = verifiedFirst ? second : first;
            }
        }
        double verifiedMedian = median(onVerified) / 1e3;
        double unverifiedMedian = median(onUnverified) / 1e3;
        // The client's CPU is the same code for both variants (the proof is computed for both): one mean per call.
        double client = clientCpu[0] / 2.0 / pairs / 1e3;
        String server = "n/a | n/a | n/a";
        if (verifiedBackend != null && unverifiedBackend != null) {
            double verifiedServer = (verifiedBackend.cpuNanos() - serverCpu[0]) / (double) pairs / 1e3;
            double unverifiedServer = (unverifiedBackend.cpuNanos() - serverCpu[1]) / (double) pairs / 1e3;
            server = String.format(Locale.ROOT, "%.1f µs | %.1f µs | %.3f×", verifiedServer, unverifiedServer,
                    (client + verifiedServer) / (client + unverifiedServer));
        }
        String line = String.format(Locale.ROOT, "| %s | %.1f µs | %.1f µs | %.3f× | %.1f µs | %s |%n", label, verifiedMedian, unverifiedMedian,
                verifiedMedian / unverifiedMedian, client, server);
        md.append(line);
        System.out.print("Interleaved " + line);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private Object getById(Atlvs on, DataGenerator.SampleTask task) {
        return on.inTenant(task.organizationId(), task.actorId(), tx -> tx.repository(TaskRepository.class).get(task.taskId()));
    }

    private Object open(Atlvs on, DataGenerator.SampleTask task) {
        return on.inTenant(task.organizationId(), task.actorId(), tx -> tx.organizationId());
    }

    private Object insert(Atlvs on, DataGenerator.SampleTask task) {
        LocalDate start = LocalDate.of(2026, 3, 1).plusDays(random.nextInt(300));
        return on.inTenant(task.organizationId(), task.actorId(), tx -> tx.repository(TaskRepository.class).insert(Task.builder()
                .organizationId(task.organizationId()).projectId(task.projectId())
                .title("Comparison task").startDate(start).dueDate(start.plusDays(7)).build()));
    }

    private Object bulkLoad(Atlvs on, DataGenerator.SampleTask task) {
        LocalDate start = LocalDate.of(2026, 3, 1).plusDays(random.nextInt(300));
        List<String> columns = List.of("id", "organization_id", "project_id", "title", "status", "priority", "start_date", "due_date", "position");
        return on.inTenant(task.organizationId(), task.actorId(), tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, columns)) {
                for (int i = 0; i < TaskBenchmarks.BULK_ROWS; i++) {
                    load.row(Ids.newId(), task.organizationId(), task.projectId(), "Comparison bulk task " + i, "todo", "medium", start,
                            start.plusDays(i % 30), i);
                }
                return load.finish();
            }
        });
    }
}
