package dev.atlvs.tests.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.BulkLoad;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.IndexReads;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.PostgresServer;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A large load into tables that have no statistics yet (a new database, each test class here has one) reads a few
 * index entries per row: the foreign keys of each loaded row and the lookups of its triggers are checked by the whole
 * key, not by scanning every row of the organization or project, because the load analyzes the tables it has grown
 * ({@code atlvs.gather_load_statistics}) before the next statement plans its checks. Counted with PostgreSQL's
 * statistics of the transaction, not with a clock.
 */
@AtlvsTest
class BulkLoadStatisticsTest {
    static final int TASKS = 3_000;

    /** The tables whose indexes the loads below are counted on. */
    private static final String[] PROJECT_TABLES = {"projects", "project_tasks", "project_dependencies"};

    static List<UUID> loadTasks(TenantTransaction tx, OrganizationFixture organization, Project project, int count) {
        List<UUID> ids = new ArrayList<>(count);
        try (BulkLoad tasks = tx.bulkLoad(Task.TABLE, List.of("id", "organization_id", "project_id", "title"))) {
            for (int index = 0; index < count; index++) {
                UUID id = Ids.newId();
                ids.add(id);
                tasks.row(id, organization.id(), project.id(), "Rigging step " + index);
            }
            assertThat(tasks.finish()).isEqualTo(count);
        }
        return ids;
    }

    /**
     * Loads {@value #TASKS} tasks and the dependencies that chain them, each through one {@link BulkLoad}, and returns
     * the index entries read by each of the two loads, then those of the tasks' indexes alone during the dependencies'
     * load (their foreign keys' checks).
     */
    static long[] loadChain(TenantTransaction tx, OrganizationFixture organization, Project project) {
        return loadChain(tx, organization, project, null);
    }

    /**
     * {@link #loadChain(TenantTransaction, OrganizationFixture, Project)}, with one more dependency from the first task to
     * {@code danglingSuccessor} at the end of the dependencies' load when it is not null.
     */
    static long[] loadChain(TenantTransaction tx, OrganizationFixture organization, Project project, UUID danglingSuccessor) {
        long before = IndexReads.returned(tx, PROJECT_TABLES);
        List<UUID> tasks = loadTasks(tx, organization, project, TASKS);
        long afterTasks = IndexReads.returned(tx, PROJECT_TABLES);
        long taskIndexesBefore = IndexReads.returned(tx, "project_tasks");
        try (BulkLoad dependencies = tx.bulkLoad(Dependency.TABLE,
                List.of("organization_id", "project_id", "predecessor_id", "successor_id"))) {
            for (int index = 1; index < tasks.size(); index++) {
                dependencies.row(organization.id(), project.id(), tasks.get(index - 1), tasks.get(index));
            }
            if (danglingSuccessor != null) {
                dependencies.row(organization.id(), project.id(), tasks.get(0), danglingSuccessor);
            }
            assertThat(dependencies.finish()).isEqualTo(danglingSuccessor == null ? TASKS - 1 : TASKS);
        }
        return new long[] {afterTasks - before, IndexReads.returned(tx, PROJECT_TABLES) - afterTasks,
                IndexReads.returned(tx, "project_tasks") - taskIndexesBefore};
    }

    /** The row count of the tasks' statistics ({@code pg_class.reltuples}, −1 before the first analysis). */
    static double tasksCounted(TenantTransaction tx) {
        return tx.handle().createQuery("select reltuples from pg_class where oid = 'atlvs.project_tasks'::regclass")
                .mapTo(Double.class).one();
    }

    /** Whether the tests run on a Citus coordinator, where {@code atlvs.gather_load_statistics} analyzes nothing. */
    static boolean citus(TestDatabase database) {
        return database.server().kind() == PostgresServer.Kind.CITUS;
    }

    @Test
    void aLargeLoadIntoNewTablesReadsAFewIndexEntriesPerRow(Fixtures fixtures) {
        // given: a project in a new database, whose task and dependency tables have never been analyzed
        OrganizationFixture acme = fixtures.organization("First Import");
        Project project = ProjectFixtures.project(acme);
        int analyzed = acme.asOwner(tx -> tx.handle().createQuery("""
                select count(*) from pg_class
                 where oid in ('atlvs.project_tasks'::regclass, 'atlvs.project_dependencies'::regclass) and reltuples >= 0
                """).mapTo(Integer.class).one());
        assertThat(analyzed).as("tables analyzed before the load").isZero();

        // when: 3,000 tasks and the 2,999 dependencies chaining them are loaded in one transaction
        long[] read = acme.asOwner(tx -> loadChain(tx, acme, project));

        // then: each dependency's two task references and its cycle walk read a few entries, not the project's tasks
        assertThat(read[0]).as("index entries read loading %,d tasks", TASKS).isLessThan(5L * TASKS);
        assertThat(read[1]).as("index entries read loading %,d dependencies", TASKS - 1).isLessThan(5L * TASKS);
        long stored = acme.asOwner(tx -> tx.handle().createQuery(
                "select count(*) from atlvs.project_dependencies where project_id = :project")
                .bind("project", project.id()).mapTo(Long.class).one());
        assertThat(stored).isEqualTo(TASKS - 1);
    }

}
