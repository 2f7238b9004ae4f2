package dev.atlvs.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.benchmarks.compare.RatioSuite;
import dev.atlvs.benchmarks.report.Report;
import dev.atlvs.benchmarks.throughput.ThroughputSuite;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HexFormat;
import java.util.Properties;
import javax.sql.DataSource;
import org.openjdk.jmh.results.RunResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the benchmark suite end to end: generates the data set of the profile ({@code -Dbench.profile=quick|full}),
 * runs {@link TaskBenchmarks} with JMH in a forked JVM, and writes {@code results.json} (JMH JSON) and
 * {@code summary.md} into {@code -Dbench.output} (default {@code target/benchmarks}). Other suites, by
 * {@code -Dbench.suite}: {@code encryption} ({@link FieldEncryptionBenchmarks}), {@code network}
 * ({@link PeopleNetworkBenchmarks}), {@code search} ({@link PeopleSearchBenchmarks}), {@code pipeline}
 * ({@link PipelineBenchmarks}), {@code observer} ({@link ObserverBenchmarks}), {@code ratios} (every comparison
 * measured interleaved, as ratios with confidence intervals: {@link RatioSuite}) and {@code throughput} (a mixed
 * workload at several numbers of client threads, SDK against JDBC: {@link ThroughputSuite}). The task, ratio and
 * throughput suites then render {@code report.md} with its charts ({@link Report}) from the JSON files in the output
 * directory; {@code -Dbench.suite=report} renders it alone; {@code -Dbench.suite=agreement} compares the ratio run in
 * {@code bench.output} with the one in {@code bench.agreement.with} ({@link dev.atlvs.benchmarks.report.RunAgreement}).
 *
 * <p>Without {@code -Dbench.jdbcUrl} it runs on the embedded PostgreSQL of atlvs-testing, connected at run
 * time as the non-superuser role that row-level security applies to; with a JDBC URL (credentials in
 * the URL) it runs against that server, whose role must be allowed to {@code COPY} into the tables.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        if ("encryption".equals(System.getProperty("bench.suite"))) {
            FieldEncryptionBenchmarks.run(Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath());
            return;
        }
        if ("search".equals(System.getProperty("bench.suite"))) {
            PeopleSearchBenchmarks.run(Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath());
            return;
        }
        if ("pipeline".equals(System.getProperty("bench.suite"))) {
            PipelineBenchmarks.run(Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath());
            return;
        }
        if ("observer".equals(System.getProperty("bench.suite"))) {
            ObserverBenchmarks.run(Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath());
            return;
        }
        if ("ratios".equals(System.getProperty("bench.suite"))) {
            RatioSuite.run(Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath());
            report(Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath());
            return;
        }
        if ("throughput".equals(System.getProperty("bench.suite"))) {
            ThroughputSuite.run(Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath());
            report(Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath());
            return;
        }
        if ("record".equals(System.getProperty("bench.suite"))) {
            record(Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath());
            return;
        }
        if ("report".equals(System.getProperty("bench.suite"))) {
            report(Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath());
            return;
        }
        if ("agreement".equals(System.getProperty("bench.suite"))) {
            String other = System.getProperty("bench.agreement.with", "");
            if (other.isBlank()) {
                throw new IllegalArgumentException("-Dbench.suite=agreement compares two runs: name the other run's directory with "
                        + "-Dbench.agreement.with=<directory>");
            }
            Path written = dev.atlvs.benchmarks.report.RunAgreement.write(
                    Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath(), Path.of(other).toAbsolutePath());
            System.out.println(java.nio.file.Files.readString(written));
            return;
        }
        if ("network".equals(System.getProperty("bench.suite"))) {
            PeopleNetworkBenchmarks.run(Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath());
            return;
        }
        long started = System.nanoTime();
        DataGenerator.Profile profile = DataGenerator.Profile.parse(System.getProperty("bench.profile"));
        String jdbcUrl = DataGenerator.jdbcUrl(null);
        Path output = Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath();
        Files.createDirectories(output);

        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            try (BenchmarkDatabase prepared = BenchmarkDatabase.embedded(profile, true)) {
                runAndReport(profile, prepared.dataset(), prepared.connection(), output, prepared.server(), started);
            }
        } else {
            Properties connection = new Properties();
            String database;
            DataGenerator.Dataset dataset;
            try (HikariDataSource pool = DataGenerator.pool(jdbcUrl, 4, "atlvs-bench-generator")) {
                database = jdbcUrl.replaceAll("password=[^&]*", "password=***");
                Atlvs atlvs = Atlvs.builder(pool).build();
                atlvs.migrate();
                dataset = new DataGenerator(atlvs, pool, profile, 42, System.out).generate();
                // The URL's role runs the benchmarks and, being allowed to create roles, the BYPASSRLS role of the comparison.
                String bypassPassword = Ids.newId().toString();
                String role;
                try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("select current_user")) {
                    r.next();
                    role = r.getString(1);
                }
                prepareComparisons(pool, role, bypassPassword);
                connection.setProperty("bypass.user", BYPASS_ROLE);
                connection.setProperty("bypass.password", bypassPassword);
            }
            connection.setProperty("url", jdbcUrl);
            runAndReport(profile, dataset, connection, output, database, started);
        }
        report(output);
    }

    /**
     * The record of a run ({@code -Dbench.suite=record}): the profile's data generated once, then on it the task suite
     * (JMH), the ratio suite and the throughput suite, one after another, then {@code machine.md} (the machine, the
     * software, the commit and each part's wall time) and the report with its charts.
     */
    private static void record(Path output) throws Exception {
        long started = System.nanoTime();
        DataGenerator.Profile profile = DataGenerator.Profile.parse(System.getProperty("bench.profile"));
        Files.createDirectories(output);
        Map<String, Double> minutes = new LinkedHashMap<>();
        Path machine;
        try (BenchmarkDatabase prepared = BenchmarkDatabase.embedded(profile, true)) {
            minutes.put("data and comparison tables", (System.nanoTime() - started) / 6e10);
            long part = System.nanoTime();
            runAndReport(profile, prepared.dataset(), prepared.connection(), output, prepared.server(), started);
            minutes.put("task suite (JMH)", (System.nanoTime() - part) / 6e10);
            part = System.nanoTime();
            RatioSuite.run(output, prepared);
            minutes.put("ratio suite", (System.nanoTime() - part) / 6e10);
            part = System.nanoTime();
            ThroughputSuite.run(output, prepared);
            minutes.put("throughput suite", (System.nanoTime() - part) / 6e10);
            minutes.put("whole record", (System.nanoTime() - started) / 6e10);
            machine = MachineDescription.write(output, prepared, minutes);
        }
        System.out.println("Machine: " + machine);
        report(output);
    }

    /** Renders {@code report.md} and its charts from the JSON files in {@code output} ({@link Report}). */
    private static void report(Path output) throws IOException {
        System.out.println("Report: " + Report.render(output));
    }

    /** The role that bypasses row-level security, for the RLS overhead ratio. */
    public static final String BYPASS_ROLE = "atlvs_bench_bypass";

    /**
     * Builds what the comparison benchmarks need, as a superuser (or a role allowed to create roles):
     * a {@code BYPASSRLS} login role with read and write privileges on the tasks; schema
     * {@code atlvs_bench} with {@code project_tasks_original}, a copy of the tasks under the original
     * application's policy (membership looked up per statement through a SECURITY DEFINER function
     * returning the user's organization ids), and {@code project_tasks_writes}, a copy with the SDK's
     * tenant policy, standard-column trigger and an audit trigger that a transaction can switch off
     * ({@code set_config('atlvs_bench.audit', 'off', true)}). Both copies carry the indexes the
     * benchmarked statements use. {@code project_tasks_ceiling} has the tasks' columns and nothing else (no
     * constraints, indexes, triggers or row-level security): the ceiling of the bulk path, written with plain {@code COPY}.
     * {@code project_tasks_indexed} has the tasks' columns, rows and every index of {@code atlvs.project_tasks}, and
     * nothing else: what plain {@code COPY} costs with the schema's indexes alone.
     */
    public static void prepareComparisons(DataSource admin, String appRole, String bypassPassword) throws SQLException {
        long started = System.nanoTime();
        String indexes = """
                create unique index on %1$s (organization_id, id);
                create index on %1$s (organization_id, project_id, due_date, id) where deleted_at is null;
                create index on %1$s (organization_id, project_id, status, due_date) where deleted_at is null;
                """;
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$
                    begin
                        if not exists (select 1 from pg_roles where rolname = '%1$s') then
                            create role %1$s login bypassrls;
                        end if;
                    end
                    $$""".formatted(BYPASS_ROLE));
            statement.execute("alter role " + BYPASS_ROLE + " password '" + bypassPassword + "'");
            statement.execute("grant usage on schema atlvs to " + BYPASS_ROLE);
            // It opens its transactions like the run-time role (a signed context, the membership read), then reads past
            // row-level security.
            statement.execute("grant execute on function atlvs.current_tenant(), atlvs.current_actor(), atlvs.current_context() to "
                    + BYPASS_ROLE);
            statement.execute("grant select on atlvs.organization_members to " + BYPASS_ROLE);
            statement.execute("grant select, insert, update on atlvs.project_tasks to " + BYPASS_ROLE);
            statement.execute("drop schema if exists atlvs_bench cascade");
            statement.execute("create schema atlvs_bench");
            statement.execute("grant usage on schema atlvs_bench to " + appRole);
            // The original application's style: auth.uid() and a SECURITY DEFINER membership function per statement.
            statement.execute("""
                    create function atlvs_bench.auth_uid() returns uuid language sql stable
                        set search_path = pg_catalog
                    as $$ select nullif(current_setting('atlvs.actor_id', true), '')::uuid $$""");
            statement.execute("""
                    create function atlvs_bench.get_user_organization_ids(user_id uuid) returns setof uuid language sql stable
                        security definer set search_path = pg_catalog
                    as $$ select m.organization_id from atlvs.organization_members m where m.user_id = $1 and m.status = 'active' $$""");
            for (String table : new String[] {"atlvs_bench.project_tasks_original", "atlvs_bench.project_tasks_writes"}) {
                statement.execute("create table " + table + " (like atlvs.project_tasks including defaults including constraints)");
                statement.execute("insert into " + table + " select * from atlvs.project_tasks");
                statement.execute(indexes.formatted(table));
                statement.execute("alter table " + table + " enable row level security");
                statement.execute("alter table " + table + " force row level security");
                statement.execute("grant select, insert, update on " + table + " to " + appRole);
            }
            statement.execute("""
                    create policy original_membership on atlvs_bench.project_tasks_original for all
                        using (organization_id in (select atlvs_bench.get_user_organization_ids(atlvs_bench.auth_uid())))
                        with check (organization_id in (select atlvs_bench.get_user_organization_ids(atlvs_bench.auth_uid())))""");
            statement.execute("select atlvs.apply_tenant_policy('atlvs_bench.project_tasks_writes', 'organization_id')");
            statement.execute("select atlvs.install_standard_columns('atlvs_bench.project_tasks_writes')");
            String auditOn = "when (coalesce(current_setting('atlvs_bench.audit', true), '') <> 'off')";
            statement.execute("create trigger audit_insert after insert on atlvs_bench.project_tasks_writes referencing new table as new_rows"
                    + " for each statement " + auditOn + " execute function atlvs.audit_statement('organization_id', '{}', 'project_tasks_writes')");
            statement.execute("create trigger audit_update after update on atlvs_bench.project_tasks_writes referencing old table as old_rows"
                    + " new table as new_rows for each statement " + auditOn + " execute function atlvs.audit_statement('organization_id', '{}', 'project_tasks_writes')");
            statement.execute("vacuum (analyze) atlvs_bench.project_tasks_original");
            statement.execute("vacuum (analyze) atlvs_bench.project_tasks_writes");
            // The bulk path's ceiling: the tasks' columns only, without constraints, indexes, triggers or row-level security.
            statement.execute("create table " + TaskBenchmarks.CEILING + " as select * from atlvs.project_tasks with no data");
            statement.execute("grant insert on " + TaskBenchmarks.CEILING + " to " + appRole);
            // The tasks' indexes alone: their columns, rows and indexes, without constraints, triggers or row-level security.
            statement.execute("create table " + TaskBenchmarks.INDEXED + " (like atlvs.project_tasks including indexes)");
            statement.execute("""
                    do $$
                    declare
                        not_null name;
                    begin
                        for not_null in select a.attname from pg_attribute a
                                         where a.attrelid = '%1$s'::regclass and a.attnum > 0 and a.attnotnull
                                           and not exists (select from pg_index i where i.indrelid = a.attrelid and i.indisprimary
                                                                                    and a.attnum = any (i.indkey)) loop
                            execute format('alter table %1$s alter column %%I drop not null', not_null);
                        end loop;
                    end
                    $$""".formatted(TaskBenchmarks.INDEXED));
            statement.execute("insert into " + TaskBenchmarks.INDEXED + " select * from atlvs.project_tasks");
            statement.execute("vacuum (analyze) " + TaskBenchmarks.INDEXED);
            statement.execute("grant insert on " + TaskBenchmarks.INDEXED + " to " + appRole);
        }
        PolicyFormComparison.prepare(admin, appRole);
        System.out.printf(Locale.ROOT, "Prepared the comparison tables in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * The functions of the tenant context as they were before the context was verified: tenant, actor and
     * correlation id read from the settings as written, and the openings setting them without a proof
     * (their signatures unchanged, so that the SDK runs the same statements). Installed only in the
     * clone {@link #cloneUnverified} makes, for the "verified / unverified" ratios.
     */
    static final String UNVERIFIED_CONTEXT = """
            create or replace function atlvs.current_tenant() returns uuid language sql stable parallel safe
                set search_path = pg_catalog
            as $$ select nullif(current_setting('atlvs.tenant_id', true), '')::uuid $$;
            create or replace function atlvs.current_actor() returns uuid language sql stable parallel safe
                set search_path = pg_catalog
            as $$ select nullif(current_setting('atlvs.actor_id', true), '')::uuid $$;
            create or replace function atlvs.current_context(out tenant uuid, out actor uuid, out correlation uuid, out kind text)
                language sql stable parallel safe set search_path = pg_catalog
            as $$ select nullif(current_setting('atlvs.tenant_id', true), '')::uuid, nullif(current_setting('atlvs.actor_id', true), '')::uuid,
                         nullif(current_setting('atlvs.correlation_id', true), '')::uuid, 'tenant' $$;
            create or replace function atlvs.begin_tenant_transaction(tenant uuid, actor uuid, correlation uuid, key_id text,
                                                                      issued_at timestamptz, proof bytea) returns text
                language plpgsql volatile set search_path = pg_catalog, atlvs
            as $$
            begin
                perform set_config('atlvs.tenant_id', tenant::text, true);
                perform set_config('atlvs.actor_id', coalesce(actor::text, ''), true);
                perform set_config('atlvs.correlation_id', coalesce(correlation::text, ''), true);
                return (select m.status || ':' || m.role from atlvs.organization_members m where m.organization_id = tenant and m.user_id = actor);
            end
            $$;
            create or replace function atlvs.begin_system_transaction(tenant uuid, actor uuid, correlation uuid, key_id text,
                                                                      issued_at timestamptz, proof bytea) returns void
                language plpgsql volatile set search_path = pg_catalog, atlvs
            as $$
            begin
                perform set_config('atlvs.tenant_id', coalesce(tenant, atlvs.platform_tenant())::text, true);
                perform set_config('atlvs.actor_id', coalesce(actor::text, ''), true);
                perform set_config('atlvs.correlation_id', coalesce(correlation::text, ''), true);
            end
            $$;
            """;

    /**
     * Clones the generated database (its connections are ended first: a template must have none) into
     * {@code <name>_unverified} and installs {@link #UNVERIFIED_CONTEXT} there; returns the clone's name.
     */
    public static String cloneUnverified(TestDatabase db) throws SQLException {
        long started = System.nanoTime();
        String clone = db.name() + "_unverified";
        try (Connection admin = db.server().adminDataSource("postgres").getConnection(); Statement statement = admin.createStatement()) {
            for (int attempt = 1; ; attempt++) {
                try (java.sql.PreparedStatement end = admin.prepareStatement(
                        "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
                    end.setString(1, db.name());
                    end.executeQuery().close();
                }
                try {
                    statement.execute("create database " + clone + " template " + db.name() + " owner " + TestDatabases.OWNER_ROLE);
                    break;
                } catch (SQLException busy) {
                    if (!"55006".equals(busy.getSQLState()) || attempt == 10) {
                        throw busy;
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw busy;
                    }
                }
            }
        }
        try (Connection admin = db.server().adminDataSource(clone).getConnection(); Statement statement = admin.createStatement()) {
            statement.execute(UNVERIFIED_CONTEXT);
            statement.execute("analyze");
        }
        System.out.printf(Locale.ROOT, "Cloned the data into %s with the unverified context functions in %.1f s%n", clone,
                (System.nanoTime() - started) / 1e9);
        return clone;
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
        int seconds = Integer.getInteger("bench.iterationSeconds", profile.measurementSeconds);
        String prefix = TaskBenchmarks.class.getName() + "\\.";
        String only = System.getProperty("bench.include", "");
        // Reads first, on the data as generated; then single-row writes; the bulk writes, which add the most rows, last.
        // -Dbench.include narrows every group to the benchmarks whose name it matches.
        String[][] groups = {{".*(GetById|KeysetPage|Dashboard|OpenTenantTransaction|OpenTransaction)$", "sample"},
                {".*(InsertTask|UpdateTask)$", "sample"}, {".*([bB]ulkLoad|batchInsert)\\d+$", "single"}};
        List<RunResult> runs = new ArrayList<>();
        for (String[] group : groups) {
            String pattern = "^" + (only.isBlank() ? "" : "(?=" + prefix + "(?:" + only + ")$)") + prefix + group[0];
            if (!anyBenchmarkMatches(pattern)) {
                continue;
            }
            OptionsBuilder builder = new OptionsBuilder();
            builder.include(pattern);
            if (connection.getProperty("unverified.url") == null) {
                builder.exclude(prefix + "unverified.*");
            }
            builder.forks(1)
                    .jvmArgsAppend("-Xmx512m", "-Dbench.connection=" + connectionFile, "-Dbench.sample=" + sampleFile,
                            "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=warn", "-Dorg.jboss.logging.provider=slf4j",
                            "-Dorg.slf4j.simpleLogger.log.org.hibernate=warn");
            if (group[1].equals("single")) {
                // A fixed number of calls of 1,000 rows each, so the rows added do not depend on the machine's speed.
                builder.mode(Mode.SingleShotTime).timeUnit(TimeUnit.MICROSECONDS).warmupIterations(3)
                        .measurementIterations(profile.bulkCalls).measurementBatchSize(1);
            } else {
                builder.warmupIterations(2).warmupTime(TimeValue.seconds(Math.min(2, seconds)))
                        .measurementIterations(3).measurementTime(TimeValue.seconds(seconds));
            }
            runs.addAll(new Runner(builder.build()).run());
        }
        ResultFormatFactory.getInstance(ResultFormatType.JSON, results.toString()).writeOut(runs);
        try {
            connectionFile.toFile().delete();
        } catch (RuntimeException ignored) {
            // best effort: the file holds the embedded server's local password
        }
        String interleaved = connection.getProperty("unverified.url") == null || Integer.getInteger("bench.comparisonPairs", 3_000) <= 0 ? ""
                : ContextCostComparison.run(connection, dataset.sample(), Integer.getInteger("bench.comparisonPairs", 3_000));
        int policyTurns = Integer.getInteger("bench.policyTurns", 20_000);
        String policies = connection.getProperty("context.key") == null || policyTurns <= 0 ? ""
                : PolicyFormComparison.run(connection, dataset.sample(), policyTurns);
        String summary = summary(profile, dataset, runs, database, (System.nanoTime() - started) / 1e9) + interleaved + policies;
        Files.writeString(output.resolve("summary.md"), summary);
        System.out.println();
        System.out.println(summary);
        System.out.println("Results: " + results);
        System.out.println("Summary: " + output.resolve("summary.md"));
    }

    private static boolean anyBenchmarkMatches(String pattern) {
        java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern);
        return java.util.Arrays.stream(TaskBenchmarks.class.getMethods())
                .filter(method -> method.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class))
                .anyMatch(method -> compiled.matcher(TaskBenchmarks.class.getName() + "." + method.getName()).find());
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
                        + "%,d milestones, %,d dependencies, %,d comments, generated in %.1f s (bulk path %,.0f rows/s over all four tables); "
                        + "JMH SampleTime, 1 fork, 1 thread. Wall time %.1f s.%n%n",
                profile.name().toLowerCase(Locale.ROOT), database, dataset.organizations().size(), dataset.tasks(), largest,
                100.0 * largest / Math.max(1, dataset.tasks()), dataset.milestones(), dataset.dependencies(), dataset.comments(),
                dataset.millis() / 1e3, dataset.bulkRowsPerSecond(), wallSeconds));
        md.append("| operation | samples | p50 | p95 | p99 | unit |\n|---|---:|---:|---:|---:|---|\n");
        for (Map.Entry<String, RunResult> entry : byName.entrySet()) {
            Statistics stats = entry.getValue().getPrimaryResult().getStatistics();
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %s |%n", entry.getKey(), stats.getN(),
                    stats.getPercentile(50), stats.getPercentile(95), stats.getPercentile(99),
                    entry.getValue().getPrimaryResult().getScoreUnit()));
        }
        md.append("\n| ratio | p50 | p95 | p99 |\n|---|---:|---:|---:|\n");
        String[][] ratios = {
                {"SDK / JDBC: get by id", "sdkGetById", "jdbcGetById"},
                {"SDK / JDBC: keyset page", "sdkKeysetPage", "jdbcKeysetPage"},
                {"SDK / JDBC: dashboard", "sdkDashboard", "jdbcDashboard"},
                {"SDK / JDBC: insert", "sdkInsertTask", "jdbcInsertTask"},
                {"SDK / JDBC: update with version check", "sdkUpdateTask", "jdbcUpdateTask"},
                {"SDK / JDBC: open a tenant transaction", "sdkOpenTenantTransaction", "jdbcOpenTransaction"},
                {"Hibernate / JDBC: get by id", "hibernateGetById", "jdbcGetById"},
                {"Hibernate / JDBC: keyset page", "hibernateKeysetPage", "jdbcKeysetPage"},
                {"Hibernate / JDBC: dashboard", "hibernateDashboard", "jdbcDashboard"},
                {"Hibernate / JDBC: insert", "hibernateInsertTask", "jdbcInsertTask"},
                {"Hibernate / JDBC: update with version check", "hibernateUpdateTask", "jdbcUpdateTask"},
                {"RLS on / off: get by id", "jdbcGetById", "bypassRlsGetById"},
                {"RLS on / off: keyset page", "jdbcKeysetPage", "bypassRlsKeysetPage"},
                {"RLS on / off: dashboard", "jdbcDashboard", "bypassRlsDashboard"},
                {"ours / original policy: get by id", "jdbcGetById", "originalPolicyGetById"},
                {"ours / original policy: keyset page", "jdbcKeysetPage", "originalPolicyKeysetPage"},
                {"ours / original policy: dashboard", "jdbcDashboard", "originalPolicyDashboard"},
                {"audit on / off: insert", "auditedInsertTask", "unauditedInsertTask"},
                {"audit on / off: update", "auditedUpdateTask", "unauditedUpdateTask"},
                {"verified / unverified context: get by id", "sdkGetById", "unverifiedSdkGetById"},
                {"verified / unverified context: open a tenant transaction", "sdkOpenTenantTransaction", "unverifiedSdkOpenTenantTransaction"},
                {"verified / unverified context: insert", "sdkInsertTask", "unverifiedSdkInsertTask"},
                {"verified / unverified context: bulk load of 1,000 tasks", "bulkLoad1000", "unverifiedBulkLoad1000"},
        };
        for (String[] ratio : ratios) {
            ratio(md, ratio[0], byName.get(ratio[1]), byName.get(ratio[2]));
        }
        RunResult bulk = byName.get("bulkLoad1000");
        RunResult batch = byName.get("batchInsert1000");
        if (bulk != null && batch != null) {
            double bulkRows = rowsPerSecond(bulk, 50);
            double batchRows = rowsPerSecond(batch, 50);
            md.append(String.format(Locale.ROOT, "%n| bulk writes (%,d tasks per transaction, at p50) | rows/s |%n|---|---:|%n", TaskBenchmarks.BULK_ROWS));
            md.append(String.format(Locale.ROOT, "| BulkLoad (COPY + INSERT ... SELECT) | %,.0f |%n", bulkRows));
            md.append(String.format(Locale.ROOT, "| JDBC batch of single-row inserts | %,.0f |%n", batchRows));
            md.append(String.format(Locale.ROOT, "| COPY / batch | %.2f× |%n", bulkRows / batchRows));
            RunResult comments = byName.get("commentsBulkLoad1000");
            if (comments != null) {
                md.append(String.format(Locale.ROOT, "| BulkLoad of comments (links checked) | %,.0f |%n", rowsPerSecond(comments, 50)));
            }
            RunResult ceiling = byName.get("ceilingBulkLoad1000");
            if (ceiling != null) {
                double ceilingRows = rowsPerSecond(ceiling, 50);
                md.append(String.format(Locale.ROOT, "| ceiling: plain COPY into an unconstrained copy of the tasks | %,.0f |%n", ceilingRows));
                md.append(String.format(Locale.ROOT, "| bulk / ceiling (rows/s) | %.2f |%n", bulkRows / ceilingRows));
            }
            md.append(String.format(Locale.ROOT, "| generator, all tables, %s loaders | %,.0f |%n",
                    Integer.getInteger("bench.loaders", 2), dataset.bulkRowsPerSecond()));
        }
        md.append("\nSDK: `Atlvs.inTenant` (membership check, tenant, actor and correlation id in one round trip) and the repositories; "
                + "JDBC: the same statement on the same pool, its context opened as the SDK opens it (the signed context set with `set_config`, the membership read, one statement). "
                + "Hibernate: the same operations through Hibernate ORM's `Session` on a pool of the same settings, each transaction's "
                + "context opened with that same call. "
                + "Unverified: the SDK on a clone of the data whose context functions read the settings as written and whose openings "
                + "are not verified, as before the context was verified. RLS off: the same statement as a `BYPASSRLS` role. Original policy: a copy of the tasks whose policy calls a SECURITY DEFINER "
                + "function returning the user's organization ids per statement. Audit on / off: a copy of the tasks with the tenant "
                + "policy and standard columns, its audit trigger switched off per transaction. The keyset page is by due date (a "
                + "nullable column, so dated tasks only) and runs as a domain query inside the SDK's tenant transaction. Latencies are "
                + "per call on one thread; compare runs on the same machine only.\n");
        return md.toString();
    }

    private static double rowsPerSecond(RunResult run, double percentile) {
        double micros = run.getPrimaryResult().getStatistics().getPercentile(percentile);
        return TaskBenchmarks.BULK_ROWS / (micros / 1e6);
    }

    private static void ratio(StringBuilder md, String label, RunResult numerator, RunResult denominator) {
        if (numerator == null || denominator == null) {
            return;
        }
        Statistics s = numerator.getPrimaryResult().getStatistics();
        Statistics j = denominator.getPrimaryResult().getStatistics();
        md.append(String.format(Locale.ROOT, "| %s | %.2f× | %.2f× | %.2f× |%n", label,
                s.getPercentile(50) / j.getPercentile(50), s.getPercentile(95) / j.getPercentile(95),
                s.getPercentile(99) / j.getPercentile(99)));
    }
}
