package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lookups of the task and dependency triggers are planned once per session, often while the tables
 * are still empty; the plans they get then must stay index probes by the whole key, or every row of a
 * large load reads a whole project. These tests plan the lookups generically on empty tables, as a new
 * session does, with the settings the trigger functions run under.
 */
@AtlvsTest
class TriggerPlanTest {

    private static List<String> plan(TestDatabase database, String settings, String prepare, String execute) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set search_path = atlvs");
            statement.execute(settings);
            statement.execute("set plan_cache_mode = force_generic_plan");
            statement.execute(onAShard(statement, prepare));
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("explain " + execute)) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return lines;
        }
    }

    /**
     * {@code sql} as a trigger runs it where the tables are distributed with Citus: in a shard's session, on the shard
     * (the test profile's single node holds every shard); unchanged elsewhere.
     */
    private static String onAShard(Statement statement, String sql) throws SQLException {
        try (ResultSet citus = statement.executeQuery("select atlvs.citus_installed()")) {
            citus.next();
            if (!citus.getBoolean(1)) {
                return sql;
            }
        }
        for (String table : List.of("project_tasks", "project_dependencies")) {
            try (ResultSet shard = statement.executeQuery("select shard_name('atlvs." + table + "'::regclass, min(shardid)) "
                    + "from pg_dist_shard where logicalrelid = 'atlvs." + table + "'::regclass")) {
                shard.next();
                String name = shard.getString(1);
                sql = sql.replace("atlvs." + table + " ", (name.contains(".") ? name : "atlvs." + name) + " ");
            }
        }
        return sql;
    }

    @Test
    void theOpenSubTaskCheckProbesItsOwnIndexByTheWholeKey(TestDatabase database) throws SQLException {
        List<String> plan = plan(database, "set enable_seqscan = off", """
                prepare open_children(uuid, uuid, uuid) as
                select exists (select 1 from atlvs.project_tasks c
                                where c.organization_id = $1 and c.project_id = $2 and c.parent_task_id = $3
                                  and c.deleted_at is null and c.status not in ('done', 'cancelled'))
                """, "execute open_children(gen_random_uuid(), gen_random_uuid(), gen_random_uuid())");

        assertThat(String.join("\n", plan)).contains("project_tasks_open_children_idx")
                .contains("parent_task_id = $3");
    }

    /**
     * Analyzes the dependencies' table, after asserting it holds no edge: its statistics then count no row, the state in
     * which PostgreSQL estimates every index a probe could use at one row.
     */
    static void analyzeEmptyDependencies(TestDatabase database) {
        assertThat(Rows.count(database, "project_dependencies")).as("edges before the analysis").isZero();
        try (Connection connection = database.adminDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze atlvs.project_dependencies");
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot analyze the dependencies", failure);
        }
    }

    /**
     * The cycle check's two walks (projects V8), planned on a table never analyzed and again on the same table analyzed
     * while empty: there every index the probe names by its leading column is estimated at the one row the planner
     * rounds to, and an unordered probe took the most recent index, matching the organization alone.
     */
    @Test
    void theCycleWalksProbeTheEdgesByTheWholeKeyWhetherOrNotTheTableWasAnalyzed(TestDatabase database) throws SQLException {
        for (String state : List.of("never analyzed", "analyzed while empty")) {
            if (state.equals("analyzed while empty")) {
                analyzeEmptyDependencies(database);
            }
            String descendants = String.join("\n", plan(database, "set enable_seqscan = off", """
                    prepare descendants(uuid, uuid, uuid, uuid, integer) as
                    with recursive descendants(task_id) as (
                        select $3
                        union
                        select d.successor_id from descendants r
                          cross join lateral (select e.successor_id from atlvs.project_dependencies e
                                               where e.organization_id = $1 and e.predecessor_id = r.task_id and e.id <> $4
                                               order by e.successor_id) d)
                    select count(*), coalesce(bool_or(w.task_id = $2), false) from (select task_id from descendants limit $5) w
                    """, "execute descendants(gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 8)"));
            String ancestors = String.join("\n", plan(database, "set enable_seqscan = off", """
                    prepare ancestors(uuid, uuid, uuid, uuid, uuid, integer) as
                    with recursive ancestors(task_id) as (
                        select $3
                        union
                        select d.predecessor_id from ancestors r
                          cross join lateral (select e.predecessor_id from atlvs.project_dependencies e
                                               where e.organization_id = $1 and e.project_id = $5 and e.successor_id = r.task_id
                                                 and e.id <> $4
                                               order by e.predecessor_id) d)
                    select count(*), coalesce(bool_or(w.task_id = $2), false) from (select task_id from ancestors limit $6) w
                    """, "execute ancestors(gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 8)"));

            for (String walk : List.of(descendants, ancestors)) {
                assertThat(walk).as(state).doesNotContain("Hash Join").doesNotContain("Seq Scan on project_dependencies")
                        .doesNotContain("Join Filter").doesNotContain("Sort");
            }
            assertThat(descendants).as(state).contains("project_dependencies_edge_unique")
                    .containsPattern("Index Cond: \\(\\(organization_id = \\$1\\) AND \\(predecessor_id = r\\.task_id\\)\\)");
            assertThat(ancestors).as(state).contains("project_dependencies_successor_idx").containsPattern(
                    "Index Cond: \\(\\(organization_id = \\$1\\) AND \\(project_id = \\$5\\) AND \\(successor_id = r\\.task_id\\)\\)");
        }
    }
}
