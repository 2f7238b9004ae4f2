package dev.atlvs.tests.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * {@code atlvs.gather_load_statistics}, which bulk loads call before and after their statement and which any code of
 * the run-time role may call: it analyzes a table the transaction has grown by at least 1,000 rows and by more than
 * half its counted rows since it last analyzed it, and in which the transaction sees its tenant's rows (V42), nothing
 * else, only the registered tables, and nothing where Citus is installed.
 */
@AtlvsTest
class GatherLoadStatisticsTest {
    private static final int TASKS = BulkLoadStatisticsTest.TASKS;

    @Test
    void aTableGrownByOtherPathsIsAnalyzedWhenAsked(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Plain Import");
        Project project = ProjectFixtures.project(acme);

        acme.asOwner(tx -> {
            boolean citus = BulkLoadStatisticsTest.citus(database);
            double before = BulkLoadStatisticsTest.tasksCounted(tx);
            // when: one plain INSERT of the transaction adds at least 1,500 tasks, and more than the table counted
            int rows = insertMoreThanCounted(tx, project, before);

            // then: asked, it analyzes the tasks (their count now includes the transaction's rows), and only once
            assertThat(gather(tx, "atlvs.project_tasks")).isEqualTo(citus ? 0 : 1);
            assertAnalyzed(tx, citus, before, rows);
            assertThat(gather(tx, "atlvs.project_tasks")).isZero();
            return null;
        });
    }

    @Test
    void aLoadAnalyzesWhatItGrewAndAgainOnlyWhenTheTransactionHasAddedHalfAsMuchAgain(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Second Import");
        Project project = ProjectFixtures.project(acme);

        acme.asOwner(tx -> {
            boolean citus = BulkLoadStatisticsTest.citus(database);
            double before = BulkLoadStatisticsTest.tasksCounted(tx);
            // when / then: the first load is analyzed with its rows
            BulkLoadStatisticsTest.loadTasks(tx, acme, project, TASKS);
            double first = assertAnalyzed(tx, citus, before, TASKS);
            // 999 more rows: fewer than 1,000 since the last analysis, nothing is analyzed
            BulkLoadStatisticsTest.loadTasks(tx, acme, project, 999);
            assertThat(BulkLoadStatisticsTest.tasksCounted(tx)).isEqualTo(first);
            // enough more for more than half of its count since the last analysis: analyzed again
            int more = (int) Math.max(1, Math.floor(first / 2) - 998);
            BulkLoadStatisticsTest.loadTasks(tx, acme, project, more);
            assertAnalyzed(tx, citus, before, first + 999 + more);
            assertThat(gather(tx, "atlvs.project_tasks")).isZero();
            return null;
        });
    }

    @Test
    void aTableAnotherTransactionMaintainsIsSkippedWithoutWaiting(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given: another transaction holds the tasks' maintenance lock (as an ANALYZE or VACUUM does)
        OrganizationFixture acme = fixtures.organization("Patient Import");
        Project project = ProjectFixtures.project(acme);
        try (Connection other = database.adminDataSource().getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("lock table atlvs.project_tasks in share update exclusive mode");

            acme.asOwner(tx -> {
                double before = BulkLoadStatisticsTest.tasksCounted(tx);
                insertMoreThanCounted(tx, project, before);

                // when / then: nothing is analyzed, and without waiting for the lock (a wait would be cancelled by the
                // statement timeout, SQLSTATE 57014, which the function does not catch)
                tx.handle().execute("set local statement_timeout = '20s'");
                assertThat(gather(tx, "atlvs.project_tasks")).isZero();
                assertThat(BulkLoadStatisticsTest.tasksCounted(tx)).isEqualTo(before);
                return null;
            });
            other.rollback();
        }
    }

    @Test
    void rowsInsertedAndRolledBackDoNotMakeAnEmptyTableAnalyzed(Fixtures fixtures, TestDatabase database) {
        // given: a tenant with no task, whose transaction inserts tasks under a savepoint and rolls back to it. The
        // transaction's insert count keeps those rows, as it keeps the rows of the session's earlier transactions not
        // yet reported to the statistics system (a load retried on the same connection within a second)
        OrganizationFixture acme = fixtures.organization("Abandoned Import");
        Project project = ProjectFixtures.project(acme);

        acme.asOwner(tx -> {
            boolean citus = BulkLoadStatisticsTest.citus(database);
            double before = BulkLoadStatisticsTest.tasksCounted(tx);
            tx.handle().savepoint("load");
            int rows = insertMoreThanCounted(tx, project, before);
            tx.handle().rollbackToSavepoint("load");
            long pending = tx.handle().createQuery("select pg_stat_get_xact_tuples_inserted('atlvs.project_tasks'::regclass)")
                    .mapTo(Long.class).one();
            if (!citus) {
                // (where Citus distributes the table the rows are counted on its shards)
                assertThat(pending).as("rows the transaction's count keeps").isGreaterThanOrEqualTo(rows);
            }

            // when / then: the table holds none of the tenant's rows, so nothing is analyzed and its count is unchanged
            // (analyzed empty, PostgreSQL would plan the next statement's look-ups for a table of no rows)
            assertThat(gather(tx, "atlvs.project_tasks")).isZero();
            assertThat(BulkLoadStatisticsTest.tasksCounted(tx)).isEqualTo(before);
            return null;
        });
    }

    @Test
    void aSmallLoadAnalyzesNothing(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Small Import");
        Project project = ProjectFixtures.project(acme);

        // when / then
        acme.asOwner(tx -> {
            BulkLoadStatisticsTest.loadTasks(tx, acme, project, 20);
            assertThat(gather(tx, "atlvs.project_tasks")).isZero();
            return null;
        });
    }

    @Test
    void onlyTheRegisteredTablesCanBeAnalyzed(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Curious Tenant");

        assertThatThrownBy(() -> acme.asOwner(tx -> gather(tx, "pg_catalog.pg_class")))
                .isInstanceOf(AtlvsException.class)
                .hasMessageContaining("SQLSTATE 22023");
    }

    /** Inserts, with one plain INSERT, at least 1,500 tasks and more than {@code counted}; returns how many. */
    private static int insertMoreThanCounted(TenantTransaction tx, Project project, double counted) {
        int rows = (int) Math.max(1_500, Math.max(counted, 0) + 1);
        tx.handle().createUpdate("""
                insert into atlvs.project_tasks (organization_id, project_id, title)
                select :organizationId, :project, 'Imported task ' || g from generate_series(1, :rows) g
                """).bind("project", project.id()).bind("rows", rows).execute();
        return rows;
    }

    /**
     * Asserts the tasks' row count after an analysis that was due, and returns it: where Citus is installed nothing is
     * analyzed and the count is still {@code before}; elsewhere it changed and counts at least {@code atLeast} rows.
     */
    private static double assertAnalyzed(TenantTransaction tx, boolean citus, double before, double atLeast) {
        double counted = BulkLoadStatisticsTest.tasksCounted(tx);
        if (citus) {
            assertThat(counted).isEqualTo(before);
        } else {
            assertThat(counted).isNotEqualTo(before).isGreaterThanOrEqualTo(atLeast);
        }
        return counted;
    }

    private static int gather(TenantTransaction tx, String table) {
        return tx.handle().createQuery("select atlvs.gather_load_statistics(cast(:table as regclass))")
                .bind("table", table).mapTo(Integer.class).one();
    }
}
