package dev.atlvs.benchmarks;

import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.core.tenancy.ContextProofs;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What row-level security costs the statements it guards, by the form of the tenant policy, measured inside the
 * server with the variants interleaved statement by statement. Three copies of the tasks carry the same indexes:
 * {@code atlvs_bench.policy_call} under the tenant policy as the SDK writes it ({@code organization_id =
 * atlvs.current_tenant()}), {@code atlvs_bench.policy_subselect} under the form it had before, which Citus refuses
 * ({@code organization_id = (select atlvs.current_tenant())}), and {@code atlvs_bench.policy_open} without row-level
 * security. In a verified tenant transaction of each sampled task's organization, as the run-time role, a PL/pgSQL
 * function runs the get by id and the keyset page of {@link TaskBenchmarks} on the three copies in turn (which copy
 * goes first rotates), timing each statement with {@code clock_timestamp()}: no client round trip, and the same load
 * for the three statements of a turn. Reported in {@code summary.md}; {@code -Dbench.policyTurns} turns (0: skip).
 */
final class PolicyFormComparison {

    private static final String[] VARIANTS = {"open", "subselect", "call"};
    private static final String[] STATEMENTS = {"get by id", "keyset page (50)"};

    private PolicyFormComparison() {}

    /** Builds the three copies and the timing function, as a superuser (or the tables' owner). */
    static void prepare(DataSource admin, String appRole) throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            for (String variant : VARIANTS) {
                String table = "atlvs_bench.policy_" + variant;
                statement.execute("create table " + table + " (like atlvs.project_tasks including defaults including constraints)");
                statement.execute("insert into " + table + " select * from atlvs.project_tasks");
                statement.execute("create unique index on " + table + " (organization_id, id)");
                statement.execute("create index on " + table + " (organization_id, project_id, due_date, id) where deleted_at is null");
                statement.execute("grant select on " + table + " to " + appRole);
            }
            for (String variant : new String[] {"subselect", "call"}) {
                statement.execute("alter table atlvs_bench.policy_" + variant + " enable row level security");
                statement.execute("alter table atlvs_bench.policy_" + variant + " force row level security");
            }
            statement.execute("""
                    create policy tenant_isolation on atlvs_bench.policy_subselect for all
                        using (organization_id = (select atlvs.current_tenant()))
                        with check (organization_id = (select atlvs.current_tenant()))""");
            statement.execute("select atlvs.apply_tenant_policy('atlvs_bench.policy_call', 'organization_id')");
            statement.execute(TIMING_FUNCTION);
            statement.execute("grant execute on function atlvs_bench.policy_form_turns(uuid, uuid[], uuid[], date[], integer) to " + appRole);
            for (String variant : VARIANTS) {
                statement.execute("vacuum (analyze) atlvs_bench.policy_" + variant);
            }
        }
    }

    /**
     * Runs {@code turns} turns of the three statements of each kind, for the tasks of one organization (cursors of
     * the keyset page at their due dates), and returns one row per statement with its time in microseconds. Both
     * statements read whole rows, as the repositories do.
     */
    private static final String TIMING_FUNCTION = """
            create function atlvs_bench.policy_form_turns(tenant uuid, tasks uuid[], projects uuid[], dues date[], turns integer)
                returns table (variant text, statement text, micros double precision)
                language plpgsql set search_path = pg_catalog
            as $$
            declare
                variants text[] := array['open', 'subselect', 'call'];
                started timestamptz;
                task uuid;
                project uuid;
                due date;
                found_row record;
                rows_read bigint;
            begin
                for turn in 0 .. turns - 1 loop
                    task := tasks[1 + turn % cardinality(tasks)];
                    project := projects[1 + turn % cardinality(tasks)];
                    due := coalesce(dues[1 + turn % cardinality(tasks)], date '2026-01-01');
                    for slot in 0 .. 2 loop
                        variant := variants[1 + (turn + slot) % 3];
                        statement := 'get by id';
                        started := clock_timestamp();
                        case variant
                            when 'open' then
                                select * into found_row from atlvs_bench.policy_open t
                                 where t.organization_id = tenant and t.id = task and t.deleted_at is null;
                            when 'subselect' then
                                select * into found_row from atlvs_bench.policy_subselect t
                                 where t.organization_id = tenant and t.id = task and t.deleted_at is null;
                            else
                                select * into found_row from atlvs_bench.policy_call t
                                 where t.organization_id = tenant and t.id = task and t.deleted_at is null;
                        end case;
                        micros := extract(epoch from clock_timestamp() - started) * 1e6;
                        return next;
                        statement := 'keyset page (50)';
                        started := clock_timestamp();
                        case variant
                            when 'open' then
                                select sum(octet_length(page::text)) into rows_read from (select * from atlvs_bench.policy_open t
                                 where t.organization_id = tenant and t.project_id = project and t.deleted_at is null
                                   and t.due_date is not null and (t.due_date, t.id) > (due, task) order by t.due_date, t.id limit 50) page;
                            when 'subselect' then
                                select sum(octet_length(page::text)) into rows_read from (select * from atlvs_bench.policy_subselect t
                                 where t.organization_id = tenant and t.project_id = project and t.deleted_at is null
                                   and t.due_date is not null and (t.due_date, t.id) > (due, task) order by t.due_date, t.id limit 50) page;
                            else
                                select sum(octet_length(page::text)) into rows_read from (select * from atlvs_bench.policy_call t
                                 where t.organization_id = tenant and t.project_id = project and t.deleted_at is null
                                   and t.due_date is not null and (t.due_date, t.id) > (due, task) order by t.due_date, t.id limit 50) page;
                        end case;
                        micros := extract(epoch from clock_timestamp() - started) * 1e6;
                        return next;
                    end loop;
                end loop;
            end
            $$""";

    /** The comparison on the run-time role's connection the runner wrote for the JMH fork, as a Markdown table. */
    static String run(Properties connection, List<DataGenerator.SampleTask> sample, int turns) {
        ContextProofs proofs = new ContextProofs(ContextKey.of("default", HexFormat.of().parseHex(connection.getProperty("context.key"))));
        Map<UUID, List<DataGenerator.SampleTask>> byOrganization = new LinkedHashMap<>();
        sample.forEach(task -> byOrganization.computeIfAbsent(task.organizationId(), k -> new ArrayList<>()).add(task));
        Map<String, List<Double>> timings = new LinkedHashMap<>();
        Properties credentials = new Properties();
        if (connection.getProperty("user") != null) {
            credentials.setProperty("user", connection.getProperty("user"));
            credentials.setProperty("password", connection.getProperty("password", ""));
        }
        try (Connection app = DriverManager.getConnection(connection.getProperty("url"), credentials)) {
            app.setAutoCommit(false);
            // A tenth of the turns first, to warm the plans and caches up; then the turns, shared among the organizations
            // in proportion to their tasks in the sample (which is drawn in proportion to tenant size).
            for (boolean measured : new boolean[] {false, true}) {
                int budget = measured ? turns : Math.max(1, turns / 10);
                for (List<DataGenerator.SampleTask> tasks : byOrganization.values()) {
                    int share = (int) Math.max(1, Math.round((double) budget * tasks.size() / sample.size()));
                    DataGenerator.SampleTask first = tasks.get(0);
                    proofs.beginTenant(app, first.organizationId(), first.actorId(), null);
                    try (PreparedStatement statement = app.prepareStatement(
                            "select variant, statement, micros from atlvs_bench.policy_form_turns(?, ?, ?, ?, ?)")) {
                        statement.setObject(1, first.organizationId());
                        statement.setArray(2, app.createArrayOf("uuid", tasks.stream().map(DataGenerator.SampleTask::taskId).toArray()));
                        statement.setArray(3, app.createArrayOf("uuid", tasks.stream().map(DataGenerator.SampleTask::projectId).toArray()));
                        statement.setArray(4, app.createArrayOf("date", tasks.stream()
                                .map(task -> task.dueDate() == null ? null : java.sql.Date.valueOf(task.dueDate())).toArray()));
                        statement.setInt(5, share);
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                if (measured) {
                                    timings.computeIfAbsent(rows.getString(2) + "/" + rows.getString(1), k -> new ArrayList<>())
                                            .add(rows.getDouble(3));
                                }
                            }
                        }
                    }
                    app.rollback();
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("the policy form comparison failed", failure);
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%n| tenant policy, interleaved in the server (%,d turns) | p50 no RLS | p50 sub-select "
                + "| p50 function call | mean no RLS | mean sub-select | mean function call | RLS on / off, sub-select "
                + "| RLS on / off, function call |%n|---|---:|---:|---:|---:|---:|---:|---:|---:|%n", turns));
        for (String statement : STATEMENTS) {
            double[] p50 = new double[3];
            double[] mean = new double[3];
            for (int i = 0; i < 3; i++) {
                double[] values = timings.getOrDefault(statement + "/" + VARIANTS[i], List.of()).stream().mapToDouble(Double::doubleValue)
                        .sorted().toArray();
                p50[i] = values.length == 0 ? Double.NaN : values[values.length / 2];
                mean[i] = Arrays.stream(values).average().orElse(Double.NaN);
            }
            String line = String.format(Locale.ROOT, "| %s | %.1f µs | %.1f µs | %.1f µs | %.2f µs | %.2f µs | %.2f µs | %.2f× | %.2f× |%n",
                    statement, p50[0], p50[1], p50[2], mean[0], mean[1], mean[2], mean[1] / mean[0], mean[2] / mean[0]);
            md.append(line);
            System.out.print("Policy forms " + line);
        }
        return md.toString();
    }
}
