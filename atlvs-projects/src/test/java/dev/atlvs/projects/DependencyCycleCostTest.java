package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.IndexReads;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.PostgresServer;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The cycle check of a dependency reads a few index entries per edge however a chain is inserted: from its start (each
 * new edge's successor has no edges yet), from its end (each new edge's predecessor has none), in one statement, into
 * a table the planner believes empty. Counted with PostgreSQL's statistics of the transaction (index entries returned
 * by the dependencies' indexes), not with a clock. Where Citus distributes the tables the reads happen on the shards'
 * indexes, which these counters of the distributed table do not see, so the test needs a plain PostgreSQL.
 */
@AtlvsTest
class DependencyCycleCostTest {
    private static final int TASKS = 400;

    @Test
    void aChainInsertedInOneStatementFromEitherEndReadsAFewIndexEntriesPerEdge(Fixtures fixtures, TestDatabase database) {
        // given: the dependencies' table analyzed while empty, so that every index the walk could use is estimated at
        // one row, and a project of 400 tasks for each direction
        assumeThat(database.server().kind()).as("Citus: the counters do not see the shards' indexes")
                .isNotEqualTo(PostgresServer.Kind.CITUS);
        TriggerPlanTest.analyzeEmptyDependencies(database);
        OrganizationFixture acme = fixtures.organization("Chained Schedules");
        Project forward = ProjectFixtures.project(acme, "Forward Festival Build");
        Project backward = ProjectFixtures.project(acme, "Backward Festival Build");
        List<UUID> forwardTasks = RawSql.insertTasks(acme, forward, TASKS);
        List<UUID> backwardTasks = RawSql.insertTasks(acme, backward, TASKS);

        // when: each chain's 399 edges are inserted by one statement, first to last and last to first
        long fromTheStart = acme.asOwner(tx -> insertChain(tx, forward, forwardTasks, "asc"));
        long fromTheEnd = acme.asOwner(tx -> insertChain(tx, backward, backwardTasks, "desc"));

        // then: a walk stops at its first bound (8 tasks) where the other end has no edge; a forward-only walk read
        // every task below the new edge (79,401 entries for this chain from its end)
        assertThat(fromTheStart).as("index entries read inserting the chain from its start").isLessThan(16L * (TASKS - 1));
        assertThat(fromTheEnd).as("index entries read inserting the chain from its end").isLessThan(16L * (TASKS - 1));
        long stored = acme.asOwner(tx -> tx.handle().createQuery(
                "select count(*) from atlvs.project_dependencies where project_id in (:forward, :backward)")
                .bind("forward", forward.id()).bind("backward", backward.id()).mapTo(Long.class).one());
        assertThat(stored).isEqualTo(2L * (TASKS - 1));
    }

    /** Inserts the edges chaining {@code tasks} in one statement, in {@code order} of the chain; returns the entries read. */
    private static long insertChain(TenantTransaction tx, Project project, List<UUID> tasks, String order) {
        long before = IndexReads.returned(tx, "project_dependencies");
        int inserted = tx.handle().createUpdate("""
                insert into atlvs.project_dependencies (organization_id, project_id, predecessor_id, successor_id)
                select :organization, :project, t.ids[n], t.ids[n + 1]
                  from (select cast(:tasks as uuid[]) as ids) t, generate_series(1, cardinality(t.ids) - 1) n
                 order by n\s""" + order)
                .bind("organization", project.organizationId()).bind("project", project.id())
                .bind("tasks", tasks.toArray(UUID[]::new)).execute();
        assertThat(inserted).isEqualTo(tasks.size() - 1);
        return IndexReads.returned(tx, "project_dependencies") - before;
    }
}
