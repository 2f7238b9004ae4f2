package dev.atlvs.benchmarks;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.tenancy.ContextProofs;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The task operations the benchmarks measure, each on a given sampled task, in two forms: through the SDK
 * ({@link Atlvs#inTenant} and the repositories) and as the same statements over plain JDBC, whose transactions
 * open the same signed context as the SDK ({@link #openTenantContext}, one round trip that also reads the
 * membership). {@link TaskBenchmarks} (one thread, JMH) and the throughput suite (many threads, a mixed workload)
 * run the same code.
 */
public final class TaskOperations {

    /** The columns the SDK's repository selects for a task, in its order. */
    static final String TASK_COLUMNS = "organization_id, id, project_id, parent_task_id, milestone_id, title, description, status, "
            + "priority, assignee_user_id, reporter_user_id, estimated_hours, actual_hours, start_date, due_date, completed_at, "
            + "position, created_at, created_by, updated_at, updated_by, version, deleted_at";

    /** The SDK's task table. */
    public static final String TASKS = "atlvs.project_tasks";
    static final String ORIGINAL = "atlvs_bench.project_tasks_original";
    static final String WRITES = "atlvs_bench.project_tasks_writes";

    /** Where the JDBC operations put every value they read, so that none of the work can be optimized away. */
    @FunctionalInterface
    public interface RowSink {
        /** Takes one value of a row read. */
        void consume(Object value);
    }

    /**
     * The version check of an update found another version: another transaction changed the task since it was
     * read. Expected under concurrent load; never on one thread.
     */
    public static final class StaleVersion extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public StaleVersion(String table) {
            super("stale version in " + table);
        }
    }

    private final ContextProofs proofs;

    /** @param proofs the proofs of the database's context key, for the JDBC transactions' context */
    public TaskOperations(ContextProofs proofs) {
        this.proofs = requireNonNull(proofs, "proofs is null");
    }

    static String getById(String table) {
        return "select " + TASK_COLUMNS + " from " + table + " where organization_id = ? and id = ? and deleted_at is null";
    }

    /**
     * A keyset page of a project's dated tasks by due date then id, after the cursor (due date, id). The
     * generic page of the repositories sorts only by non-null columns (its cursor has no place for a
     * null), and a schedule lists dated tasks only, so the page is a repository-style domain query with
     * the dated filter spelled out, run inside the SDK's tenant transaction.
     */
    static String keysetPage(String table) {
        return "select " + TASK_COLUMNS + " from " + table
                + " where organization_id = ? and project_id = ? and deleted_at is null"
                + " and due_date is not null and (due_date, id) > (?, ?)"
                + " order by due_date, id limit 50";
    }

    /** The project dashboard: a project's live tasks counted by status. */
    static String dashboard(String table) {
        return "select status, count(*) from " + table
                + " where organization_id = ? and project_id = ? and deleted_at is null group by status order by status";
    }

    static String insert(String table) {
        return "insert into " + table + " (organization_id, id, project_id, title, status, priority, start_date, due_date, position)"
                + " values (?, ?, ?, ?, 'todo', 'medium', ?, ?, 0) returning " + TASK_COLUMNS;
    }

    static String update(String table) {
        return "update " + table + " set title = ?, priority = ? where organization_id = ? and id = ? and version = ?"
                + " returning " + TASK_COLUMNS;
    }

    // ---------------------------------------------------------------- through the SDK

    /** The keyset page's statement with named parameters, as a domain query writes it once (the JDBC side's text is a constant too). */
    private static final String SDK_KEYSET_PAGE = keysetPage(TASKS)
            .replaceFirst("\\?", ":organizationId").replaceFirst("\\?", ":projectId")
            .replaceFirst("\\?", ":afterDue").replaceFirst("\\?", ":afterId");

    /** The dashboard's statement with named parameters. */
    private static final String SDK_DASHBOARD = dashboard(TASKS).replaceFirst("\\?", ":organizationId").replaceFirst("\\?", ":projectId");

    /** Get by id through the task repository. */
    public static Task sdkGetById(Atlvs on, DataGenerator.SampleTask task) {
        return on.inTenant(task.organizationId(), task.actorId(), tx -> tx.repository(TaskRepository.class).get(task.taskId()));
    }

    /** The keyset page of {@code cursor}'s project after {@code cursor} (its due date must be set), as a domain query. */
    public static List<Task> sdkKeysetPage(Atlvs on, DataGenerator.SampleTask cursor) {
        return on.inTenant(cursor.organizationId(), cursor.actorId(), tx -> tx.handle().createQuery(SDK_KEYSET_PAGE)
                .bind("organizationId", tx.organizationId())
                .bind("projectId", cursor.projectId())
                .bind("afterDue", cursor.dueDate())
                .bind("afterId", cursor.taskId())
                .mapTo(Task.class)
                .list());
    }

    /** The dashboard of {@code task}'s project. */
    public static List<Map<String, Object>> sdkDashboard(Atlvs on, DataGenerator.SampleTask task) {
        return on.inTenant(task.organizationId(), task.actorId(), tx -> tx.handle()
                .createQuery(SDK_DASHBOARD)
                .bind("organizationId", tx.organizationId())
                .bind("projectId", task.projectId())
                .mapToMap()
                .list());
    }

    /** A new task in {@code task}'s project through the task repository. */
    public static Task sdkInsert(Atlvs on, DataGenerator.SampleTask task, LocalDate start) {
        return on.inTenant(task.organizationId(), task.actorId(), tx -> tx.repository(TaskRepository.class).insert(Task.builder()
                .organizationId(task.organizationId()).projectId(task.projectId())
                .title("Benchmark task").startDate(start).dueDate(start.plusDays(7)).build()));
    }

    /**
     * Reads the task and writes it back with a changed title, provided its version is unchanged; a concurrent change
     * in between is a {@link dev.atlvs.core.error.StaleVersionException}.
     */
    public static Task sdkUpdate(Atlvs on, DataGenerator.SampleTask task) {
        return on.inTenant(task.organizationId(), task.actorId(), tx -> {
            TaskRepository tasks = tx.repository(TaskRepository.class);
            Task current = tasks.get(task.taskId());
            return tasks.update(Task.builder().from(current).title(nextTitle(current.title())).build());
        });
    }

    // ---------------------------------------------------------------- over plain JDBC

    /** Get by id from {@code table} in a transaction of the task's tenant on {@code on}. */
    public void jdbcGetById(DataSource on, String table, DataGenerator.SampleTask task, RowSink sink) throws SQLException {
        inTransaction(on, task, false, connection -> readTask(connection, table, task, row -> {
            consume(row, sink);
            return null;
        }));
    }

    /** The keyset page of {@code cursor}'s project after {@code cursor} (its due date must be set). */
    public void jdbcKeysetPage(DataSource on, String table, DataGenerator.SampleTask cursor, RowSink sink) throws SQLException {
        read(on, cursor, keysetPage(table), sink, cursor.organizationId(), cursor.projectId(), cursor.dueDate(), cursor.taskId());
    }

    /** The dashboard of {@code task}'s project. */
    public void jdbcDashboard(DataSource on, String table, DataGenerator.SampleTask task, RowSink sink) throws SQLException {
        read(on, task, dashboard(table), sink, task.organizationId(), task.projectId());
    }

    /** A new task in {@code task}'s project; {@code audited} false switches the audit trigger of the writes copy off. */
    public void jdbcInsert(DataSource on, String table, boolean audited, DataGenerator.SampleTask task, LocalDate start, RowSink sink)
            throws SQLException {
        inTransaction(on, task, !audited, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert(table))) {
                statement.setObject(1, task.organizationId());
                statement.setObject(2, Ids.newId());
                statement.setObject(3, task.projectId());
                statement.setString(4, "Benchmark task");
                statement.setObject(5, start);
                statement.setObject(6, start.plusDays(7));
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    consume(row, sink);
                }
            }
        });
    }

    /**
     * Reads the task, writes it back with a changed title and {@code priority}, provided its version is unchanged
     * (else {@link StaleVersion}, the transaction rolled back).
     */
    public void jdbcUpdate(DataSource on, String table, boolean audited, DataGenerator.SampleTask task, String priority, RowSink sink)
            throws SQLException {
        inTransaction(on, task, !audited, connection -> {
            TitleAndVersion current = readTask(connection, table, task,
                    row -> new TitleAndVersion(row.getString("title"), row.getLong("version")));
            String title = current.title();
            long version = current.version();
            try (PreparedStatement statement = connection.prepareStatement(update(table))) {
                statement.setString(1, nextTitle(title));
                statement.setString(2, priority);
                statement.setObject(3, task.organizationId());
                statement.setObject(4, task.taskId());
                statement.setLong(5, version);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        throw new StaleVersion(table);
                    }
                    consume(row, sink);
                }
            }
        });
    }

    /** Runs the read {@code sql} with {@code parameters} in a transaction of {@code task}'s tenant on {@code on}, consuming every row. */
    void read(DataSource on, DataGenerator.SampleTask task, String sql, RowSink sink, Object... parameters) throws SQLException {
        inTransaction(on, task, false, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        consume(rows, sink);
                    }
                }
            }
        });
    }

    static String nextTitle(String title) {
        return title.endsWith("*") ? title.substring(0, title.length() - 1) : title + "*";
    }

    /** Work inside one JDBC transaction. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /**
     * One transaction on {@code on}; with {@code tenant}, its context is opened first as the SDK opens it
     * ({@link #openTenantContext}, one round trip that also reads the membership),
     * and {@code auditOff} switches the audit trigger of the writes copy off in the same round trip.
     */
    void inTransaction(DataSource on, DataGenerator.SampleTask tenant, boolean auditOff, SqlWork work) throws SQLException {
        try (Connection connection = on.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (tenant != null) {
                    openTenantContext(connection, tenant.organizationId(), tenant.actorId(), auditOff);
                }
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Opens the tenant context of the transaction in progress on {@code connection} (auto-commit off) as the SDK opens
     * it: the context signed with the key ({@link ContextProofs#context}), set with tenant, actor and correlation id by
     * {@code set_config}, and the membership read under the tenant policy that verifies it, in one statement; {@code
     * auditOff} switches the audit trigger of the writes copy off in the same statement. The JDBC and the Hibernate
     * variants open their transactions with it.
     *
     * @throws IllegalStateException if the actor is no active member of the organization
     */
    public void openTenantContext(Connection connection, UUID organizationId, UUID actorId, boolean auditOff) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('atlvs.tenant_id', ?, true), set_config('atlvs.actor_id', ?, true),"
                        + " set_config('atlvs.correlation_id', ?, true), set_config('atlvs.context', ?, true),"
                        + " (select m.status || ':' || m.role from atlvs.organization_members m where m.organization_id = ? and m.user_id = ?),"
                        + " set_config('atlvs_bench.audit', ?, true)")) {
            UUID correlation = Ids.newId();
            statement.setString(1, organizationId.toString());
            statement.setString(2, actorId.toString());
            statement.setString(3, correlation.toString());
            statement.setString(4, proofs.context(ContextProofs.TENANT, organizationId, actorId, correlation,
                    System.currentTimeMillis() / 1000 + ContextProofs.CONTEXT_LIFETIME_SECONDS));
            statement.setObject(5, organizationId);
            statement.setObject(6, actorId);
            statement.setString(7, auditOff ? "off" : "on");
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next() || row.getString(5) == null || !row.getString(5).startsWith("active:")) {
                    throw new IllegalStateException("the sampled actor is no active member");
                }
            }
        }
    }

    /**
     * A transaction as hand-written JDBC opens it most cheaply, on {@code on} (the clone whose context functions read
     * the settings unverified: the main database refuses settings without a proof): tenant and actor set with
     * {@code set_config} and the membership read, in one round trip, then commit.
     *
     * @throws IllegalStateException if the actor is no active member of the organization
     */
    public void jdbcSetConfigOpen(DataSource on, DataGenerator.SampleTask task) throws SQLException {
        inTransaction(on, null, false, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select set_config('atlvs.tenant_id', ?, true), set_config('atlvs.actor_id', ?, true),"
                            + " (select m.status || ':' || m.role from atlvs.organization_members m"
                            + " where m.organization_id = ?::uuid and m.user_id = ?::uuid)")) {
                statement.setString(1, task.organizationId().toString());
                statement.setString(2, task.actorId().toString());
                statement.setString(3, task.organizationId().toString());
                statement.setString(4, task.actorId().toString());
                try (ResultSet row = statement.executeQuery()) {
                    String membership = row.next() ? row.getString(3) : null;
                    if (membership == null || !membership.startsWith("active:")) {
                        throw new IllegalStateException("the sampled actor is no active member");
                    }
                }
            }
        });
    }

    private record TitleAndVersion(String title, long version) {}

    @FunctionalInterface
    private interface RowReader<R> {
        R read(ResultSet row) throws SQLException;
    }

    /** Reads {@code task}'s row of {@code table} by its id (it must exist) with {@code reader}. */
    private static <R> R readTask(Connection connection, String table, DataGenerator.SampleTask task, RowReader<R> reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(getById(table))) {
            statement.setObject(1, task.organizationId());
            statement.setObject(2, task.taskId());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("task not found in " + table);
                }
                return reader.read(row);
            }
        }
    }

    private static void consume(ResultSet row, RowSink sink) throws SQLException {
        int columns = row.getMetaData().getColumnCount();
        for (int column = 1; column <= columns; column++) {
            sink.consume(row.getObject(column));
        }
    }
}
