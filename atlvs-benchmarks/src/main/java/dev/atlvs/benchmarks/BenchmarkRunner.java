package dev.atlvs.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the benchmark suite end to end: generates the data set of the profile ({@code -Dbench.profile=quick|full}),
 * runs {@link TaskBenchmarks} with JMH in a forked JVM, and writes {@code results.json} (JMH JSON) and
 * {@code summary.md} into {@code -Dbench.output} (default {@code target/benchmarks}).
 *
 * <p>Without {@code -Dbench.jdbcUrl} it runs on the embedded PostgreSQL of atlvs-testing, connected at run
 * time as the non-superuser role that row-level security applies to; with a JDBC URL (credentials in
 * the URL) it runs against that server, whose role must be allowed to {@code COPY} into the tables.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {}

    public static void main(String[] args) throws RunnerException, IOException {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        long started = System.nanoTime();
        DataGenerator.Profile profile = DataGenerator.Profile.parse(System.getProperty("bench.profile"));
        String jdbcUrl = DataGenerator.jdbcUrl(null);
        Path output = Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath();
        Files.createDirectories(output);

        Properties connection = new Properties();
        String database;
        DataGenerator.Dataset dataset;
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            try (TestDatabase db = TestDatabases.shared().create("bench")) {
                database = "embedded PostgreSQL " + db.server().version();
                Atlvs atlvs = DataGenerator.embedded(db);
                dataset = new DataGenerator(atlvs, db.adminDataSource(), profile, 42, System.out).generate();
                connection.setProperty("url", db.jdbcUrl());
                connection.setProperty("user", db.appCredentials().user());
                connection.setProperty("password", db.appCredentials().password());
                runAndReport(profile, dataset, connection, output, database, started);
            }
        } else {
            try (HikariDataSource pool = DataGenerator.pool(jdbcUrl, 4, "atlvs-bench-generator")) {
                database = jdbcUrl.replaceAll("password=[^&]*", "password=***");
                Atlvs atlvs = Atlvs.builder(pool).build();
                atlvs.migrate();
                dataset = new DataGenerator(atlvs, pool, profile, 42, System.out).generate();
            }
            connection.setProperty("url", jdbcUrl);
            runAndReport(profile, dataset, connection, output, database, started);
        }
    }

    private static void runAndReport(DataGenerator.Profile profile, DataGenerator.Dataset dataset, Properties connection, Path output,
            String database, long started) throws RunnerException, IOException {
        Path connectionFile = output.resolve("connection.properties");
        try (OutputStream out = Files.newOutputStream(connectionFile)) {
            connection.store(out, "written by BenchmarkRunner for the forked JMH JVM");
        }
        Path sampleFile = output.resolve("sample.tsv");
        TaskBenchmarks.writeSample(sampleFile, dataset.sample());

        Path results = output.resolve("results.json");
        Options options = new OptionsBuilder()
                .include(TaskBenchmarks.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(3))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(profile.measurementSeconds))
                .jvmArgsAppend("-Xmx512m", "-Dbench.connection=" + connectionFile, "-Dbench.sample=" + sampleFile,
                        "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=warn", "-Dorg.jboss.logging.provider=slf4j")
                .result(results.toString())
                .resultFormat(ResultFormatType.JSON)
                .build();
        Collection<RunResult> runs = new Runner(options).run();
        try {
            connectionFile.toFile().delete();
        } catch (RuntimeException ignored) {
            // best effort: the file holds the embedded server's local password
        }
        String summary = summary(profile, dataset, runs, database, (System.nanoTime() - started) / 1e9);
        Files.writeString(output.resolve("summary.md"), summary);
        System.out.println();
        System.out.println(summary);
        System.out.println("Results: " + results);
        System.out.println("Summary: " + output.resolve("summary.md"));
    }

    static String summary(DataGenerator.Profile profile, DataGenerator.Dataset dataset, Collection<RunResult> runs, String database,
            double wallSeconds) {
        Map<String, RunResult> byName = new LinkedHashMap<>();
        List<RunResult> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> a.getParams().getBenchmark().compareTo(b.getParams().getBenchmark()));
        for (RunResult run : sorted) {
            String name = run.getParams().getBenchmark();
            byName.put(name.substring(name.lastIndexOf('.') + 1), run);
        }
        int largest = dataset.organizations().stream().mapToInt(DataGenerator.Org::tasks).max().orElse(0);
        StringBuilder md = new StringBuilder();
        md.append("# ATLVS SDK benchmarks\n\n");
        md.append(String.format(Locale.ROOT, "Profile **%s** on %s: %,d organizations, %,d tasks (largest tenant %,d = %.1f %%), "
                        + "generated in %.1f s; JMH SampleTime, 1 fork, 1 thread. Wall time %.1f s.%n%n",
                profile.name().toLowerCase(Locale.ROOT), database, dataset.organizations().size(), dataset.tasks(), largest,
                100.0 * largest / Math.max(1, dataset.tasks()), dataset.millis() / 1e3, wallSeconds));
        md.append("| operation | samples | p50 | p95 | p99 | unit |\n|---|---:|---:|---:|---:|---|\n");
        for (Map.Entry<String, RunResult> entry : byName.entrySet()) {
            Statistics stats = entry.getValue().getPrimaryResult().getStatistics();
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %s |%n", entry.getKey(), stats.getN(),
                    stats.getPercentile(50), stats.getPercentile(95), stats.getPercentile(99),
                    entry.getValue().getPrimaryResult().getScoreUnit()));
        }
        md.append("\n| SDK / JDBC ratio | p50 | p95 | p99 |\n|---|---:|---:|---:|\n");
        ratio(md, "get by id", byName.get("sdkGetById"), byName.get("jdbcGetById"));
        ratio(md, "keyset page by due date", byName.get("sdkKeysetPageByDueDate"), byName.get("jdbcKeysetPageByDueDate"));
        md.append("\nThe SDK's tenant transaction checks the actor's active membership and records a correlation id; the plain "
                + "JDBC transaction only sets tenant and actor. Latencies are per call on one thread; compare runs on the same "
                + "machine only.\n");
        return md.toString();
    }

    private static void ratio(StringBuilder md, String label, RunResult sdk, RunResult jdbc) {
        if (sdk == null || jdbc == null) {
            return;
        }
        Statistics s = sdk.getPrimaryResult().getStatistics();
        Statistics j = jdbc.getPrimaryResult().getStatistics();
        md.append(String.format(Locale.ROOT, "| %s | %.2f× | %.2f× | %.2f× |%n", label,
                s.getPercentile(50) / j.getPercentile(50), s.getPercentile(95) / j.getPercentile(95),
                s.getPercentile(99) / j.getPercentile(99)));
    }
}
