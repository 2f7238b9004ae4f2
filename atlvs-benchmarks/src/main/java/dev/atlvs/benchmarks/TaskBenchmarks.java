package dev.atlvs.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.benchmarks.orm.HibernateTasks;
import dev.atlvs.benchmarks.orm.ProjectTask;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.BulkLoad;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.core.tenancy.ContextProofs;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.infra.Blackhole;
import org.postgresql.PGConnection;

/**
 * Latency of task operations against the generated data, each on a task (and its organization, acting
 * owner and project) picked at random from a sample drawn by the {@link DataGenerator} in proportion to
 * tenant size. The connections and the sample come from files named by the system properties
 * {@code bench.connection} and {@code bench.sample}, written by {@link BenchmarkRunner}, which also builds
 * the comparison tables of schema {@code atlvs_bench} (see {@link BenchmarkRunner#prepareComparisons}). The operations
 * and their statements are {@link TaskOperations}', which the throughput suite runs as well.
 *
 * <p>Families, each operation in up to four variants so that ratios isolate one cost:
 * <ul>
 *   <li>{@code sdk*}: through {@link Atlvs#inTenant} and the repositories (membership check, tenant and
 *       actor set, correlation id);</li>
 *   <li>{@code jdbc*}: the same statement over plain JDBC on the same pool, the transaction's context opened
 *       as the SDK opens it ({@link TaskOperations#openTenantContext}; SDK overhead = sdk / jdbc);</li>
 *   <li>{@code hibernate*}: get by id, the keyset page, the dashboard, insert and update through Hibernate ORM
 *       ({@link HibernateTasks}, a pool of its own with the same settings), each transaction's context opened
 *       the same way (what applications would otherwise pick =
 *       hibernate / jdbc);</li>
 *   <li>{@code unverified*}: the SDK's operation on a clone of the data whose context functions read the
 *       settings as written, so that nothing verifies the opening, as before the context was verified (cost of
 *       the verified context = sdk / unverified; see {@link BenchmarkRunner#UNVERIFIED_CONTEXT});</li>
 *   <li>{@code bypassRls*}: the jdbc transaction, tenant setting included, as a {@code BYPASSRLS} role (RLS
 *       overhead = jdbc / bypassRls);</li>
 *   <li>{@code originalPolicy*}: the jdbc statement on {@code atlvs_bench.project_tasks_original}, a copy of
 *       the tasks whose policy looks the user's organizations up per statement through a SECURITY DEFINER
 *       function, as the original application did (ours / original = jdbc / originalPolicy);</li>
 *   <li>{@code audited*} / {@code unaudited*}: writes on {@code atlvs_bench.project_tasks_writes}, a copy of
 *       the tasks with the tenant policy, standard columns and the audit trigger, the latter switched off
 *       per transaction for the unaudited variant (audit overhead = audited / unaudited);</li>
 *   <li>{@code bulkLoad1000} / {@code batchInsert1000}: 1,000 tasks per call through {@link BulkLoad} and
 *       through a JDBC batch of single-row inserts, in one tenant transaction each (rows/s = 1,000 / time);
 *       {@code commentsBulkLoad1000}: 1,000 comments on a task and its project through {@link BulkLoad};
 *       {@code ceilingBulkLoad1000}: the ceiling, the same 1,000 task rows with plain {@code COPY} into
 *       {@code atlvs_bench.project_tasks_ceiling}, the tasks' columns without constraints, indexes, triggers or
 *       row-level security (bulk / ceiling = bulkLoad1000 / ceilingBulkLoad1000).</li>
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@State(Scope.Benchmark)
public class TaskBenchmarks {

    /** Rows per call of the bulk benchmarks. */
    static final int BULK_ROWS = 1_000;

    static final String TASKS = TaskOperations.TASKS;
    static final String ORIGINAL = TaskOperations.ORIGINAL;
    static final String WRITES = TaskOperations.WRITES;
    static final String CEILING = "atlvs_bench.project_tasks_ceiling";
    static final String INDEXED = "atlvs_bench.project_tasks_indexed";

    private HikariDataSource pool;
    private HikariDataSource bypassPool;
    private HikariDataSource unverifiedPool;
    private HikariDataSource hibernatePool;
    private HibernateTasks hibernate;
    private Atlvs atlvs;
    private Atlvs unverified;
    private TaskOperations operations;
    private DataGenerator.SampleTask[] sample;
    private DataGenerator.SampleTask[] dated;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Properties connection = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("bench.connection")))) {
            connection.load(in);
        }
        pool = pool(connection.getProperty("url"), connection.getProperty("user", ""), connection.getProperty("password", ""), "atlvs-bench");
        bypassPool = pool(connection.getProperty("url"), connection.getProperty("bypass.user", ""),
                connection.getProperty("bypass.password", ""), "atlvs-bench-bypass");
        ContextKey key = contextKey(connection.getProperty("context.key"));
        operations = new TaskOperations(new ContextProofs(key));
        atlvs = Atlvs.builder(pool).contextKey(key).build();
        if (connection.getProperty("unverified.url") != null) {
            unverifiedPool = pool(connection.getProperty("unverified.url"), connection.getProperty("user", ""),
                    connection.getProperty("password", ""), "atlvs-bench-unverified");
            unverified = Atlvs.builder(unverifiedPool).contextKey(key).build();
        }
        hibernatePool = pool(connection.getProperty("url"), connection.getProperty("user", ""), connection.getProperty("password", ""),
                "atlvs-bench-hibernate");
        hibernate = new HibernateTasks(hibernatePool,
                (opened, organizationId, actorId) -> operations.openTenantContext(opened, organizationId, actorId, false));
        sample = readSample(Path.of(System.getProperty("bench.sample"))).toArray(DataGenerator.SampleTask[]::new);
        dated = java.util.Arrays.stream(sample).filter(task -> task.dueDate() != null).toArray(DataGenerator.SampleTask[]::new);
        if (sample.length == 0 || dated.length == 0) {
            throw new IllegalStateException("the task sample is empty");
        }
    }

    private static HikariDataSource pool(String url, String user, String password, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (!user.isEmpty()) {
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(2);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** The context key given in hexadecimal by the runner, else the database's default key read by the benchmark's role (the owner). */
    private ContextKey contextKey(String hex) {
        if (hex != null && !hex.isBlank()) {
            return ContextKey.of("default", java.util.HexFormat.of().parseHex(hex));
        }
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select secret from atlvs.context_keys where key_id = 'default' and retired_at is null");
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("the database has no default context key");
            }
            return ContextKey.of("default", row.getBytes(1));
        } catch (SQLException failure) {
            throw new IllegalStateException("the benchmark's role cannot read the context key", failure);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        hibernate.close();
        hibernatePool.close();
        pool.close();
        bypassPool.close();
        if (unverifiedPool != null) {
            unverifiedPool.close();
        }
    }

    private static DataGenerator.SampleTask pick(DataGenerator.SampleTask[] from) {
        return from[ThreadLocalRandom.current().nextInt(from.length)];
    }

    // ---------------------------------------------------------------- get by id

    @Benchmark
    public Task sdkGetById() {
        return getById(atlvs);
    }

    @Benchmark
    public Task unverifiedSdkGetById() {
        return getById(unverified);
    }

    private Task getById(Atlvs on) {
        return TaskOperations.sdkGetById(on, pick(sample));
    }

    @Benchmark
    public void jdbcGetById(Blackhole blackhole) throws SQLException {
        getById(pool, TASKS, blackhole);
    }

    @Benchmark
    public void bypassRlsGetById(Blackhole blackhole) throws SQLException {
        getById(bypassPool, TASKS, blackhole);
    }

    @Benchmark
    public void originalPolicyGetById(Blackhole blackhole) throws SQLException {
        getById(pool, ORIGINAL, blackhole);
    }

    private void getById(HikariDataSource on, String table, Blackhole blackhole) throws SQLException {
        operations.jdbcGetById(on, table, pick(sample), blackhole::consume);
    }

    @Benchmark
    public ProjectTask hibernateGetById() {
        DataGenerator.SampleTask task = pick(sample);
        ProjectTask found = hibernate.get(task.organizationId(), task.actorId(), task.taskId());
        if (found == null) {
            throw new IllegalStateException("task not found through Hibernate");
        }
        return found;
    }

    // ---------------------------------------------------------------- keyset page

    @Benchmark
    public List<Task> sdkKeysetPage() {
        return TaskOperations.sdkKeysetPage(atlvs, pick(dated));
    }

    @Benchmark
    public void jdbcKeysetPage(Blackhole blackhole) throws SQLException {
        keysetPage(pool, TASKS, blackhole);
    }

    @Benchmark
    public void bypassRlsKeysetPage(Blackhole blackhole) throws SQLException {
        keysetPage(bypassPool, TASKS, blackhole);
    }

    @Benchmark
    public void originalPolicyKeysetPage(Blackhole blackhole) throws SQLException {
        keysetPage(pool, ORIGINAL, blackhole);
    }

    @Benchmark
    public List<ProjectTask> hibernateKeysetPage() {
        DataGenerator.SampleTask cursor = pick(dated);
        return hibernate.keysetPage(cursor.organizationId(), cursor.actorId(), cursor.projectId(), cursor.dueDate(), cursor.taskId());
    }

    private void keysetPage(HikariDataSource on, String table, Blackhole blackhole) throws SQLException {
        operations.jdbcKeysetPage(on, table, pick(dated), blackhole::consume);
    }

    // ---------------------------------------------------------------- dashboard aggregate

    @Benchmark
    public List<Map<String, Object>> sdkDashboard() {
        return TaskOperations.sdkDashboard(atlvs, pick(sample));
    }

    @Benchmark
    public void jdbcDashboard(Blackhole blackhole) throws SQLException {
        dashboard(pool, TASKS, blackhole);
    }

    @Benchmark
    public void bypassRlsDashboard(Blackhole blackhole) throws SQLException {
        dashboard(bypassPool, TASKS, blackhole);
    }

    @Benchmark
    public void originalPolicyDashboard(Blackhole blackhole) throws SQLException {
        dashboard(pool, ORIGINAL, blackhole);
    }

    @Benchmark
    public List<HibernateTasks.StatusCount> hibernateDashboard() {
        DataGenerator.SampleTask task = pick(sample);
        return hibernate.dashboard(task.organizationId(), task.actorId(), task.projectId());
    }

    private void dashboard(HikariDataSource on, String table, Blackhole blackhole) throws SQLException {
        operations.jdbcDashboard(on, table, pick(sample), blackhole::consume);
    }

    // ---------------------------------------------------------------- insert

    @Benchmark
    public Task sdkInsertTask() {
        return insertTask(atlvs);
    }

    @Benchmark
    public Task unverifiedSdkInsertTask() {
        return insertTask(unverified);
    }

    private Task insertTask(Atlvs on) {
        return TaskOperations.sdkInsert(on, pick(sample), randomStart());
    }

    /** The task service's create: permission check and project look-up before the insert. */
    @Benchmark
    public Task sdkServiceCreateTask() {
        DataGenerator.SampleTask task = pick(sample);
        LocalDate start = randomStart();
        return atlvs.inTenant(task.organizationId(), task.actorId(), tx -> new TaskService(tx).create(Task.builder()
                .organizationId(task.organizationId()).projectId(task.projectId())
                .title("Benchmark task").startDate(start).dueDate(start.plusDays(7)).build()));
    }

    @Benchmark
    public void jdbcInsertTask(Blackhole blackhole) throws SQLException {
        insert(TASKS, true, blackhole);
    }

    @Benchmark
    public void auditedInsertTask(Blackhole blackhole) throws SQLException {
        insert(WRITES, true, blackhole);
    }

    @Benchmark
    public void unauditedInsertTask(Blackhole blackhole) throws SQLException {
        insert(WRITES, false, blackhole);
    }

    @Benchmark
    public ProjectTask hibernateInsertTask() {
        DataGenerator.SampleTask task = pick(sample);
        LocalDate start = randomStart();
        return hibernate.insert(task.actorId(), new ProjectTask(task.organizationId(), Ids.newId(), task.projectId(), "Benchmark task")
                .schedule(start, start.plusDays(7)));
    }

    private void insert(String table, boolean audited, Blackhole blackhole) throws SQLException {
        operations.jdbcInsert(pool, table, audited, pick(sample), randomStart(), blackhole::consume);
    }

    // ---------------------------------------------------------------- update with version check

    /** Read the task, write it back with a changed title and priority, provided its version is unchanged. */
    @Benchmark
    public Task sdkUpdateTask() {
        return TaskOperations.sdkUpdate(atlvs, pick(sample));
    }

    @Benchmark
    public void jdbcUpdateTask(Blackhole blackhole) throws SQLException {
        update(TASKS, true, blackhole);
    }

    @Benchmark
    public void auditedUpdateTask(Blackhole blackhole) throws SQLException {
        update(WRITES, true, blackhole);
    }

    @Benchmark
    public void unauditedUpdateTask(Blackhole blackhole) throws SQLException {
        update(WRITES, false, blackhole);
    }

    /** Read the task through Hibernate, change its title and priority; Hibernate writes it back with its version check. */
    @Benchmark
    public ProjectTask hibernateUpdateTask() {
        DataGenerator.SampleTask task = pick(sample);
        String priority = ThreadLocalRandom.current().nextBoolean() ? "high" : "medium";
        return hibernate.update(task.organizationId(), task.actorId(), task.taskId(), current -> current.title(TaskOperations.nextTitle(current.title()))
                .priority(priority));
    }

    private void update(String table, boolean audited, Blackhole blackhole) throws SQLException {
        operations.jdbcUpdate(pool, table, audited, pick(sample), ThreadLocalRandom.current().nextBoolean() ? "high" : "medium",
                blackhole::consume);
    }

    // ---------------------------------------------------------------- opening a tenant transaction

    /** An empty tenant transaction: membership check, tenant, actor and correlation id set, commit. */
    @Benchmark
    public UUID sdkOpenTenantTransaction() {
        return openTenantTransaction(atlvs);
    }

    @Benchmark
    public UUID unverifiedSdkOpenTenantTransaction() {
        return openTenantTransaction(unverified);
    }

    private UUID openTenantTransaction(Atlvs on) {
        DataGenerator.SampleTask task = pick(sample);
        return on.inTenant(task.organizationId(), task.actorId(), tx -> tx.organizationId());
    }

    /** The same over plain JDBC: the signed context opened (membership read), commit. */
    @Benchmark
    public void jdbcOpenTransaction() throws SQLException {
        DataGenerator.SampleTask task = pick(sample);
        operations.inTransaction(pool, task, false, connection -> { });
    }

    /**
     * The cheapest opening of a tenant transaction by hand: tenant and actor set with {@code set_config} and the
     * membership read, in one round trip, then commit; on the clone whose context functions read the settings
     * unverified (the main database refuses settings without a proof), so the membership read sees the tenant's rows.
     */
    @Benchmark
    public void jdbcSetConfigOpenTransaction() throws SQLException {
        if (unverifiedPool == null) {
            throw new IllegalStateException("the set_config opening runs on the unverified clone, which this run has not made");
        }
        operations.jdbcSetConfigOpen(unverifiedPool, pick(sample));
    }

    // ---------------------------------------------------------------- bulk

    @Benchmark
    public long bulkLoad1000() {
        return bulkLoadTasks(atlvs, BULK_ROWS);
    }

    @Benchmark
    public long unverifiedBulkLoad1000() {
        return bulkLoadTasks(unverified, BULK_ROWS);
    }

    @Benchmark
    public long commentsBulkLoad1000() {
        return bulkLoadComments(BULK_ROWS);
    }

    @Benchmark
    public long ceilingBulkLoad1000() throws SQLException {
        return ceilingCopy(BULK_ROWS);
    }

    @Benchmark
    public void batchInsert1000() throws SQLException {
        batchInsert(BULK_ROWS);
    }

    /** {@code rows} tasks of a sampled project through {@link BulkLoad}, in one tenant transaction. */
    public long bulkLoadTasks(int rows) {
        return bulkLoadTasks(atlvs, rows);
    }

    private long bulkLoadTasks(Atlvs on, int rows) {
        DataGenerator.SampleTask task = pick(sample);
        return on.inTenant(task.organizationId(), task.actorId(), tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, List.of("id", "organization_id", "project_id", "title", "status", "priority",
                    "start_date", "due_date", "position"))) {
                LocalDate start = randomStart();
                for (int i = 0; i < rows; i++) {
                    load.row(Ids.newId(), task.organizationId(), task.projectId(), "Bulk task " + i, "todo", "medium", start,
                            start.plusDays(i % 30), i);
                }
                return load.finish();
            }
        });
    }

    /**
     * {@code rows} comments through {@link BulkLoad} in one tenant transaction, alternately on a sampled task and on its
     * project: two entity types, each link checked.
     */
    public long bulkLoadComments(int rows) {
        DataGenerator.SampleTask task = pick(sample);
        return atlvs.inTenant(task.organizationId(), task.actorId(), tx -> {
            try (BulkLoad load = tx.bulkLoad(Comment.TABLE, List.of("id", "organization_id", "entity_type", "entity_id", "body"))) {
                for (int i = 0; i < rows; i++) {
                    boolean onTask = i % 2 == 0;
                    load.row(Ids.newId(), task.organizationId(), onTask ? "task" : "project", onTask ? task.taskId() : task.projectId(),
                            "Bulk comment " + i);
                }
                return load.finish();
            }
        });
    }

    /**
     * The ceiling of the bulk path: the same rows as {@link #bulkLoadTasks(int)} written with plain {@code COPY} into
     * {@code atlvs_bench.project_tasks_ceiling}, a copy of the tasks' columns without constraints, indexes, triggers or
     * row-level security, in a transaction opened like the others.
     */
    public long ceilingCopy(int rows) throws SQLException {
        return copy(CEILING, rows);
    }

    /**
     * The same rows as {@link #ceilingCopy(int)} written with plain {@code COPY} into {@code
     * atlvs_bench.project_tasks_indexed}: the tasks' columns, rows and indexes, without constraints, triggers or
     * row-level security.
     */
    public long indexedCopy(int rows) throws SQLException {
        return copy(INDEXED, rows);
    }

    private long copy(String table, int rows) throws SQLException {
        DataGenerator.SampleTask task = pick(sample);
        LocalDate start = randomStart();
        long[] copied = new long[1];
        operations.inTransaction(pool, task, false, connection -> {
            StringBuilder text = new StringBuilder(rows * 160);
            for (int i = 0; i < rows; i++) {
                text.append(Ids.newId()).append('\t').append(task.organizationId()).append('\t').append(task.projectId())
                        .append("\tBulk task ").append(i).append("\ttodo\tmedium\t").append(start).append('\t')
                        .append(start.plusDays(i % 30)).append('\t').append(i).append('\n');
            }
            try {
                copied[0] = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table
                        + " (id, organization_id, project_id, title, status, priority, start_date, due_date, position) from stdin",
                        new java.io.StringReader(text.toString()));
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        });
        return copied[0];
    }

    /** {@code rows} tasks of a sampled project through a JDBC batch of single-row inserts, in one tenant transaction. */
    public void batchInsert(int rows) throws SQLException {
        DataGenerator.SampleTask task = pick(sample);
        LocalDate start = randomStart();
        operations.inTransaction(pool, task, false, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("insert into atlvs.project_tasks (id, organization_id, project_id,"
                    + " title, status, priority, start_date, due_date, position) values (?, ?, ?, ?, 'todo', 'medium', ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    statement.setObject(1, Ids.newId());
                    statement.setObject(2, task.organizationId());
                    statement.setObject(3, task.projectId());
                    statement.setString(4, "Batch task " + i);
                    statement.setObject(5, start);
                    statement.setObject(6, start.plusDays(i % 30));
                    statement.setInt(7, i);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    // ---------------------------------------------------------------- plumbing

    private static LocalDate randomStart() {
        return LocalDate.of(2026, 3, 1).plusDays(ThreadLocalRandom.current().nextInt(300));
    }

    static List<DataGenerator.SampleTask> readSample(Path file) {
        try {
            List<DataGenerator.SampleTask> tasks = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                tasks.add(new DataGenerator.SampleTask(UUID.fromString(f[0]), UUID.fromString(f[1]), UUID.fromString(f[2]),
                        UUID.fromString(f[3]), f[4].isEmpty() ? null : LocalDate.parse(f[4])));
            }
            return tasks;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public static void writeSample(Path file, List<DataGenerator.SampleTask> tasks) {
        StringBuilder text = new StringBuilder();
        for (DataGenerator.SampleTask task : tasks) {
            text.append(task.organizationId()).append('\t').append(task.actorId()).append('\t').append(task.projectId()).append('\t')
                    .append(task.taskId()).append('\t').append(task.dueDate() == null ? "" : task.dueDate().toString()).append('\n');
        }
        try {
            Files.writeString(file, text);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
