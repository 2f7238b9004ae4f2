package dev.atlvs.tests.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code atlvs.gather_load_statistics}, which bulk loads call before and after their statement and which any code of
 * the run-time role may call: it analyzes a table the transaction has grown by at least 1,000 rows and by more than
 * half its counted rows since it last analyzed it, nothing else, and only the registered tables.
 */
@AtlvsTest
class GatherLoadStatisticsTest {
    private static final int TASKS = BulkLoadStatisticsTest.TASKS;

    private static List<UUID> loadTasks(TenantTransaction tx, OrganizationFixture organization, Project project, int count) {
        return BulkLoadStatisticsTest.loadTasks(tx, organization, project, count);
    }

    @Test
    void aLoadAnalyzesWhatItGrewOnceUntilTheTransactionDoublesItAgain(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Second Import");
        Project project = ProjectFixtures.project(acme);

        // when / then: the load has analyzed the tasks (their row count is the load's); asked again, nothing is due
        acme.asOwner(tx -> {
            loadTasks(tx, acme, project, TASKS);
            double counted = tx.handle().createQuery("select reltuples from pg_class where oid = 'atlvs.project_tasks'::regclass")
                    .mapTo(Double.class).one();
            assertThat(counted).isGreaterThanOrEqualTo(TASKS);
            assertThat(gather(tx, "atlvs.project_tasks")).isZero();
            loadTasks(tx, acme, project, 999);
            assertThat(gather(tx, "atlvs.project_tasks")).as("fewer than 1,000 rows since the last analysis").isZero();
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
            loadTasks(tx, acme, project, 20);
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

    private static int gather(TenantTransaction tx, String table) {
        return tx.handle().createQuery("select atlvs.gather_load_statistics(cast(:table as regclass))")
                .bind("table", table).mapTo(Integer.class).one();
    }
}
