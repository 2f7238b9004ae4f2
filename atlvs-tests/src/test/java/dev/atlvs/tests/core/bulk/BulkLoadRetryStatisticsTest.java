package dev.atlvs.tests.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/**
 * A large load that fails and is retried in a new database: the failed transaction's analysis leaves its row counts in
 * {@code pg_class} (written in place) but takes its column statistics with it, so the retry must not take those counts
 * for statistics. It analyzes the tasks again from its own counts, and the dependencies' checks of the tasks read a few
 * index entries per row, as in the first load (a database of its own, as every test class here has).
 */
@AtlvsTest
class BulkLoadRetryStatisticsTest {
    private static final int TASKS = BulkLoadStatisticsTest.TASKS;

    @Test
    void aLoadRetriedAfterAFailedOneReadsAFewIndexEntriesPerRow(Fixtures fixtures, TestDatabase database) {
        // given: a load of the tasks and their dependencies that fails at its last row (a task that does not exist)
        OrganizationFixture acme = fixtures.organization("Second Attempt");
        Project project = ProjectFixtures.project(acme);
        assertThatThrownBy(() -> acme.asOwner(tx -> BulkLoadStatisticsTest.loadChain(tx, acme, project, Ids.newId())))
                .isInstanceOf(AtlvsException.class);
        double counted = acme.asOwner(BulkLoadStatisticsTest::tasksCounted);
        long left = acme.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.project_tasks where project_id = :project")
                .bind("project", project.id()).mapTo(Long.class).one());
        assertThat(left).as("tasks left by the failed load").isZero();
        if (!BulkLoadStatisticsTest.citus(database)) {
            assertThat(counted).as("rows the failed load's analysis counted").isGreaterThanOrEqualTo(TASKS);
        }

        // when: the same load again
        long[] read = acme.asOwner(tx -> BulkLoadStatisticsTest.loadChain(tx, acme, project));

        // then: each load reads a few entries per row: the tasks' foreign keys, and the dependencies' foreign-key checks
        // of the tasks and their cycle walk, whose probes keep to the edge indexes on a table without statistics
        // (projects V8) where they once probed by organization alone in a session that had run the failed load
        assertThat(read[0]).as("index entries read loading %,d tasks", TASKS).isLessThan(5L * TASKS);
        assertThat(read[1]).as("index entries read loading %,d dependencies", TASKS - 1).isLessThan(5L * TASKS);
        assertThat(read[2]).as("task index entries read loading %,d dependencies", TASKS - 1).isLessThan(5L * TASKS);
    }
}
