package dev.atlvs.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.pipeline.sales.forecast.Forecast;
import dev.atlvs.pipeline.sales.forecast.ForecastPeriod;
import dev.atlvs.pipeline.sales.forecast.ForecastScope;
import dev.atlvs.pipeline.sales.forecast.ForecastService;
import dev.atlvs.pipeline.sales.funnel.Freshness;
import dev.atlvs.pipeline.sales.funnel.Funnel;
import dev.atlvs.pipeline.sales.funnel.FunnelService;
import dev.atlvs.pipeline.sales.funnel.PipelineReporting;
import dev.atlvs.pipeline.sales.funnel.StaleDeal;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Funnel and forecast reads of one tenant among many, and the refresh of the materialized funnel at that size, on an
 * embedded PostgreSQL of its own ({@link PipelineDataGenerator}: {@code -Dbench.organizations} × {@code -Dbench.deals};
 * profile quick 100 × 200, full 1,000 × 2,000). Each call picks an organization at random and reads, as its owner:
 * the funnel of the last twelve months from the materialized view and live from the tables, the current quarter's
 * forecast (one query, each currency converted) and its three months, the stale deals, and the pipeline_metrics view.
 * The data is generated once, before the measurements, in the runner's JVM: through the triggers (quick profile), or
 * set-based with the triggers off for the full profile ({@code -Dbench.pipelineLoad=bulk|triggers} chooses; the bulk
 * path writes no audit rows); the funnel is then refreshed three times (concurrently) and the durations recorded, and the
 * data checked against the triggers ({@link PipelineDataGenerator#verify}, the run fails on a difference); the forks
 * connect to that database as the run-time role. Run with
 * {@code ./mvnw -B -q -Pbenchmarks -pl atlvs-benchmarks -am verify -DskipTests -Dbench.suite=pipeline}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 4)
@State(Scope.Benchmark)
public class PipelineBenchmarks {

    private HikariDataSource pool;
    private Atlvs atlvs;
    private List<PipelineDataGenerator.Tenant> tenants;
    private YearMonth from;
    private YearMonth to;
    private ForecastPeriod quarter;
    private LocalDate today;

    static int organizations() {
        return Integer.getInteger("bench.organizations", "full".equals(System.getProperty("bench.profile")) ? 1000 : 100);
    }

    static int deals() {
        return Integer.getInteger("bench.deals", "full".equals(System.getProperty("bench.profile")) ? 2000 : 200);
    }

    /**
     * Whether the data is loaded set-based ({@link PipelineDataGenerator#generateBulk}) rather than through the triggers:
     * {@code -Dbench.pipelineLoad=bulk|triggers}, by default bulk for the full profile and through the triggers otherwise.
     */
    static boolean bulkLoad() {
        String load = System.getProperty("bench.pipelineLoad", "");
        if (load.isBlank()) {
            return "full".equals(System.getProperty("bench.profile"));
        }
        if (!load.equals("bulk") && !load.equals("triggers")) {
            throw new IllegalArgumentException("bench.pipelineLoad is bulk or triggers, not " + load);
        }
        return load.equals("bulk");
    }

    /** Connects to the database the runner generated ({@code bench.connection}: URL, run-time login, context key, tenants). */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Properties connection = new Properties();
        try (var in = Files.newInputStream(Path.of(System.getProperty("bench.connection")))) {
            connection.load(in);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(connection.getProperty("url"));
        config.setUsername(connection.getProperty("user"));
        config.setPassword(connection.getProperty("password"));
        config.setMaximumPoolSize(2);
        config.setPoolName("atlvs-bench-pipeline");
        pool = new HikariDataSource(config);
        atlvs = Atlvs.builder(pool).contextKey(ContextKey.of(connection.getProperty("context.key.id"),
                HexFormat.of().parseHex(connection.getProperty("context.key")))).build();
        tenants = new ArrayList<>();
        for (String line : connection.getProperty("tenants").split(";")) {
            String[] ids = line.split(",");
            tenants.add(new PipelineDataGenerator.Tenant(UUID.fromString(ids[0]), UUID.fromString(ids[1]), UUID.fromString(ids[2])));
        }
        today = LocalDate.now(ZoneOffset.UTC);
        to = YearMonth.from(today);
        from = to.minusMonths(11);
        quarter = ForecastPeriod.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
    }

    /**
     * Generates the data into a database of the shared embedded server, measures three concurrent refreshes of the
     * funnel, and writes what the benchmarks' forks connect with into {@code output/pipeline-connection.properties}.
     * Returns the lines of the data and refresh table.
     */
    static List<String> prepare(TestDatabase database, Path output) throws IOException, SQLException {
        Atlvs atlvs = database.atlvsBuilder().build();
        long started = System.nanoTime();
        PipelineDataGenerator generator = new PipelineDataGenerator(atlvs, System.out);
        boolean bulk = bulkLoad();
        List<PipelineDataGenerator.Tenant> generated = bulk
                ? generator.generateBulk(database.adminDataSource(), organizations(), deals())
                : generator.generate(organizations(), deals());
        double generation = (System.nanoTime() - started) / 1e9;
        List<String> lines = new ArrayList<>();
        try (Connection owner = database.ownerDataSource().getConnection(); Statement statement = owner.createStatement()) {
            long analyzeStarted = System.nanoTime();
            statement.execute("analyze");
            lines.add(String.format(Locale.ROOT, "| generation (%s) | %.1f s, then analyze %.1f s | %s |",
                    bulk ? "bulk: set-based, triggers off, no audit rows or search documents" : "through the triggers, audited",
                    generation, (System.nanoTime() - analyzeStarted) / 1e9, rows(statement)));
        }
        PipelineReporting reporting = new PipelineReporting(database.ownerDataSource());
        for (int i = 1; i <= 3; i++) {
            long refreshStarted = System.nanoTime();
            PipelineReporting.Refresh refresh = reporting.refreshFunnel().orElseThrow();
            lines.add(String.format(Locale.ROOT, "| refresh %d (concurrently) | %.1f ms in the server, %.1f ms end to end | %d rows |", i,
                    refresh.duration().toNanos() / 1e6, (System.nanoTime() - refreshStarted) / 1e6, refresh.rows()));
        }
        lines.add("| check | " + PipelineDataGenerator.verify(database.adminDataSource(), database.contextKey(), generated, System.out)
                + " | |");
        lines.forEach(System.out::println);
        Properties connection = new Properties();
        connection.setProperty("url", database.jdbcUrl());
        connection.setProperty("user", database.appCredentials().user());
        connection.setProperty("password", database.appCredentials().password());
        connection.setProperty("context.key.id", database.contextKey().id());
        connection.setProperty("context.key", HexFormat.of().formatHex(database.contextKey().secret()));
        connection.setProperty("tenants", String.join(";", generated.stream()
                .map(t -> t.organizationId() + "," + t.ownerId() + "," + t.pipelineId()).toList()));
        try (var out = Files.newOutputStream(output.resolve("pipeline-connection.properties"))) {
            connection.store(out, "pipeline benchmark connection");
        }
        return lines;
    }

    private static String rows(Statement statement) throws SQLException {
        StringBuilder counts = new StringBuilder();
        for (String table : List.of("pipeline_opportunities", "pipeline_conversions", "pipeline_activities")) {
            try (ResultSet row = statement.executeQuery("select reltuples::bigint from pg_class where oid = 'atlvs." + table + "'::regclass")) {
                row.next();
                counts.append(counts.isEmpty() ? "" : ", ").append(table).append(" ~").append(row.getLong(1));
            }
        }
        return counts.toString();
    }

    private PipelineDataGenerator.Tenant pick() {
        return tenants.get(ThreadLocalRandom.current().nextInt(tenants.size()));
    }

    @Benchmark
    public Funnel funnelMaterialized() {
        PipelineDataGenerator.Tenant tenant = pick();
        return atlvs.inTenant(tenant.organizationId(), tenant.ownerId(),
                tx -> new FunnelService(tx).funnel(tenant.pipelineId(), from, to, Freshness.MATERIALIZED, today));
    }

    @Benchmark
    public Funnel funnelLive() {
        PipelineDataGenerator.Tenant tenant = pick();
        return atlvs.inTenant(tenant.organizationId(), tenant.ownerId(),
                tx -> new FunnelService(tx).funnel(tenant.pipelineId(), from, to, Freshness.LIVE, today));
    }

    @Benchmark
    public Forecast forecastQuarter() {
        PipelineDataGenerator.Tenant tenant = pick();
        return atlvs.inTenant(tenant.organizationId(), tenant.ownerId(),
                tx -> new ForecastService(tx).forecast(quarter, ForecastScope.pipeline(tenant.pipelineId()), today));
    }

    @Benchmark
    public List<Forecast> forecastQuarterByMonth() {
        PipelineDataGenerator.Tenant tenant = pick();
        return atlvs.inTenant(tenant.organizationId(), tenant.ownerId(),
                tx -> new ForecastService(tx).forecasts(quarter, ForecastPeriod.Granularity.MONTH, ForecastScope.organization(), today));
    }

    @Benchmark
    public List<StaleDeal> staleDeals() {
        PipelineDataGenerator.Tenant tenant = pick();
        return atlvs.inTenant(tenant.organizationId(), tenant.ownerId(), tx -> new FunnelService(tx).staleDeals(tenant.pipelineId()));
    }

    @Benchmark
    public long pipelineMetrics() {
        PipelineDataGenerator.Tenant tenant = pick();
        return atlvs.inTenant(tenant.organizationId(), tenant.ownerId(), tx -> tx.handle()
                .createQuery("select count(*) from atlvs.pipeline_metrics where pipeline_id = :pipeline")
                .bind("pipeline", tenant.pipelineId()).mapTo(Long.class).one());
    }

    /** Runs the benchmarks, writes {@code pipeline.json} and {@code pipeline.md} into {@code output}, prints the summary. */
    static void run(Path output) throws RunnerException, IOException, SQLException {
        Files.createDirectories(output);
        try (TestDatabase database = TestDatabases.shared().create("bench-pipeline")) {
            List<String> setup = prepare(database, output);
            runBenchmarks(output, setup);
        }
    }

    private static void runBenchmarks(Path output, List<String> setup) throws RunnerException, IOException {
        int seconds = Integer.getInteger("bench.iterationSeconds", 4);
        String include = System.getProperty("bench.include", "");
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include(PipelineBenchmarks.class.getName() + "\\." + (include.isBlank() ? "" : include))
                .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(seconds))
                .jvmArgsAppend("-Xmx768m", "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=warn",
                        "-Dorg.slf4j.simpleLogger.log.org.flywaydb=warn",
                        "-Dbench.connection=" + output.resolve("pipeline-connection.properties"))
                .build()).run();
        ResultFormatFactory.getInstance(ResultFormatType.JSON, output.resolve("pipeline.json").toString()).writeOut(runs);
        StringBuilder summary = new StringBuilder("# Pipeline: funnel and forecast reads of one tenant among "
                + organizations() + " organizations × " + deals() + " deals\n\n| operation | p50 µs | p95 µs | p99 µs | samples |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (RunResult run : runs) {
            var statistics = run.getPrimaryResult().getStatistics();
            String name = run.getParams().getBenchmark().substring(run.getParams().getBenchmark().lastIndexOf('.') + 1);
            summary.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", name, statistics.getPercentile(50),
                    statistics.getPercentile(95), statistics.getPercentile(99), statistics.getN()));
        }
        summary.append("\n| data and refresh | time | size |\n|---|---|---|\n").append(String.join("\n", setup)).append('\n');
        Files.writeString(output.resolve("pipeline.md"), summary);
        System.out.println(summary);
    }
}
