package dev.atlvs.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
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

/**
 * Latency of single-task operations against the generated data, each on a task (and its organization,
 * acting owner and project) picked at random from a sample drawn up front by the {@link DataGenerator}.
 * The connection and the sample come from files named by the system properties {@code bench.connection}
 * and {@code bench.sample}, written by {@link BenchmarkRunner}.
 *
 * <p>{@code jdbcGetById} runs the statement of {@code sdkGetById} over plain JDBC on the same pool, with
 * the tenant and actor set by {@code set_config} in a transaction: the ratio of the two is the SDK's
 * overhead (its transaction also checks the actor's membership and records a correlation id).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@State(Scope.Benchmark)
public class TaskBenchmarks {

    /** The columns the SDK's repository selects for a task, in its order. */
    static final String TASK_COLUMNS = "organization_id, id, project_id, parent_task_id, milestone_id, title, description, status, "
            + "priority, assignee_user_id, reporter_user_id, estimated_hours, actual_hours, start_date, due_date, completed_at, "
            + "position, created_at, created_by, updated_at, updated_by, version, deleted_at";

    static final String GET_BY_ID = "select " + TASK_COLUMNS
            + " from atlvs.project_tasks where organization_id = ? and id = ? and deleted_at is null";

    /** A keyset page of a project's dated tasks, by due date then id, after the cursor (due date, id). */
    static final String KEYSET_PAGE = "select " + TASK_COLUMNS + " from atlvs.project_tasks"
            + " where organization_id = :organizationId and project_id = :projectId and deleted_at is null"
            + " and due_date is not null and (due_date, id) > (:afterDue, :afterId)"
            + " order by due_date, id limit 50";

    static final String JDBC_KEYSET_PAGE = KEYSET_PAGE.replace(":organizationId", "?").replace(":projectId", "?")
            .replace(":afterDue", "?").replace(":afterId", "?");

    private HikariDataSource pool;
    private Atlvs atlvs;
    private DataGenerator.SampleTask[] sample;
    private DataGenerator.SampleTask[] dated;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Properties connection = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("bench.connection")))) {
            connection.load(in);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(connection.getProperty("url"));
        if (!connection.getProperty("user", "").isEmpty()) {
            config.setUsername(connection.getProperty("user"));
            config.setPassword(connection.getProperty("password"));
        }
        config.setMaximumPoolSize(4);
        config.setPoolName("atlvs-bench");
        pool = new HikariDataSource(config);
        atlvs = Atlvs.builder(pool).build();
        sample = readSample(Path.of(System.getProperty("bench.sample"))).toArray(DataGenerator.SampleTask[]::new);
        dated = java.util.Arrays.stream(sample).filter(task -> task.dueDate() != null).toArray(DataGenerator.SampleTask[]::new);
        if (sample.length == 0 || dated.length == 0) {
            throw new IllegalStateException("the task sample is empty");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
    }

    private static DataGenerator.SampleTask pick(DataGenerator.SampleTask[] from) {
        return from[ThreadLocalRandom.current().nextInt(from.length)];
    }

    @Benchmark
    public Task sdkGetById() {
        DataGenerator.SampleTask task = pick(sample);
        return atlvs.inTenant(task.organizationId(), task.actorId(), tx -> tx.repository(TaskRepository.class).get(task.taskId()));
    }

    @Benchmark
    public void jdbcGetById(Blackhole blackhole) throws SQLException {
        DataGenerator.SampleTask task = pick(sample);
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                setTenant(connection, task);
                try (PreparedStatement statement = connection.prepareStatement(GET_BY_ID)) {
                    statement.setObject(1, task.organizationId());
                    statement.setObject(2, task.taskId());
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            throw new IllegalStateException("task not found: " + task.taskId());
                        }
                        consume(row, blackhole);
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @Benchmark
    public List<Task> sdkKeysetPageByDueDate() {
        DataGenerator.SampleTask cursor = pick(dated);
        return atlvs.inTenant(cursor.organizationId(), cursor.actorId(), tx -> tx.handle().createQuery(KEYSET_PAGE)
                .bind("projectId", cursor.projectId())
                .bind("afterDue", cursor.dueDate())
                .bind("afterId", cursor.taskId())
                .mapTo(Task.class)
                .list());
    }

    @Benchmark
    public void jdbcKeysetPageByDueDate(Blackhole blackhole) throws SQLException {
        DataGenerator.SampleTask cursor = pick(dated);
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                setTenant(connection, cursor);
                try (PreparedStatement statement = connection.prepareStatement(JDBC_KEYSET_PAGE)) {
                    statement.setObject(1, cursor.organizationId());
                    statement.setObject(2, cursor.projectId());
                    statement.setObject(3, cursor.dueDate());
                    statement.setObject(4, cursor.taskId());
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            consume(rows, blackhole);
                        }
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @Benchmark
    public Task sdkInsertTask() {
        DataGenerator.SampleTask task = pick(sample);
        LocalDate start = LocalDate.of(2026, 3, 1).plusDays(ThreadLocalRandom.current().nextInt(300));
        return atlvs.inTenant(task.organizationId(), task.actorId(), tx -> new TaskService(tx).create(Task.builder()
                .organizationId(task.organizationId()).projectId(task.projectId())
                .title("Benchmark task").startDate(start).dueDate(start.plusDays(7)).build()));
    }

    private static void setTenant(Connection connection, DataGenerator.SampleTask task) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('atlvs.tenant_id', ?, true), set_config('atlvs.actor_id', ?, true)")) {
            statement.setString(1, task.organizationId().toString());
            statement.setString(2, task.actorId().toString());
            statement.execute();
        }
    }

    private static void consume(ResultSet row, Blackhole blackhole) throws SQLException {
        int columns = row.getMetaData().getColumnCount();
        for (int column = 1; column <= columns; column++) {
            blackhole.consume(row.getObject(column));
        }
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

    static void writeSample(Path file, List<DataGenerator.SampleTask> tasks) {
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
