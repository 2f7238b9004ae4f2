package dev.atlvs.tests.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.BulkLoad;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A large load that fails and is retried in a new database: the failed transaction's analysis leaves its row counts in
 * {@code pg_class} (written in place) but takes its column statistics with it, so the retry must not take those counts
 * for statistics. It analyzes again from its own counts and reads a few index entries per row, as the first load would
 * have (a database of its own, as every test class here has).
 */
@AtlvsTest
class BulkLoadRetryStatisticsTest {
    private static final int TASKS = BulkLoadStatisticsTest.TASKS;

    @Test
    void aLoadRetriedAfterAFailedOneReadsAFewIndexEntriesPerRow(Fixtures fixtures) {
        // given: a load of the tasks and their dependencies that fails at its last row (a task that does not exist)
        OrganizationFixture acme = fixtures.organization("Second Attempt");
        Project project = ProjectFixtures.project(acme);
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            List<UUID> tasks = BulkLoadStatisticsTest.loadTasks(tx, acme, project, TASKS);
            try (BulkLoad dependencies = tx.bulkLoad(Dependency.TABLE,
                    List.of("organization_id", "project_id", "predecessor_id", "successor_id"))) {
                for (int index = 1; index < tasks.size(); index++) {
                    dependencies.row(acme.id(), project.id(), tasks.get(index - 1), tasks.get(index));
                }
                dependencies.row(acme.id(), project.id(), tasks.get(0), Ids.newId());
                return dependencies.finish();
            }
        })).isInstanceOf(AtlvsException.class);
        double counted = acme.asOwner(tx -> tx.handle().createQuery(
                "select reltuples from pg_class where oid = 'atlvs.project_tasks'::regclass").mapTo(Double.class).one());
        long left = acme.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.project_tasks where project_id = :project")
                .bind("project", project.id()).mapTo(Long.class).one());
        assertThat(left).as("tasks left by the failed load").isZero();
        boolean citus = acme.asOwner(tx -> tx.handle().createQuery("select atlvs.citus_installed()").mapTo(Boolean.class).one());
        if (!citus) {
            assertThat(counted).as("rows the failed load's analysis counted").isGreaterThanOrEqualTo(TASKS);
        }

        // when: the same load again
        long[] read = acme.asOwner(tx -> BulkLoadStatisticsTest.loadChain(tx, acme, project));

        // then
        assertThat(read[0]).as("index entries read loading %,d tasks", TASKS).isLessThan(5L * TASKS);
        assertThat(read[1]).as("index entries read loading %,d dependencies", TASKS - 1).isLessThan(5L * TASKS);
    }
}
