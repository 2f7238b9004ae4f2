package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database refuses exactly the dependencies that close a cycle, whichever end of the edge its walks complete from
 * and however many rounds they take: every insert and redirection below goes to the database as plain SQL and is
 * compared with a graph kept in memory.
 */
@AtlvsTest
class DependencyCyclePropertyTest {

    /** The project's edges as the test knows them: predecessor to successors. */
    private static final class Graph {
        private final Map<UUID, Set<UUID>> successors = new HashMap<>();

        boolean has(UUID predecessor, UUID successor) {
            return successors.getOrDefault(predecessor, Set.of()).contains(successor);
        }

        /** Whether {@code to} is reachable from {@code from} over the edges, leaving out {@code without} when not null. */
        boolean reaches(UUID from, UUID to, UUID[] without) {
            Set<UUID> seen = new HashSet<>(List.of(from));
            Deque<UUID> pending = new ArrayDeque<>(List.of(from));
            while (!pending.isEmpty()) {
                UUID task = pending.pop();
                if (task.equals(to)) {
                    return true;
                }
                for (UUID next : successors.getOrDefault(task, Set.of())) {
                    boolean left = without != null && task.equals(without[0]) && next.equals(without[1]);
                    if (!left && seen.add(next)) {
                        pending.push(next);
                    }
                }
            }
            return false;
        }

        void add(UUID predecessor, UUID successor) {
            successors.computeIfAbsent(predecessor, key -> new HashSet<>()).add(successor);
        }

        void remove(UUID predecessor, UUID successor) {
            successors.get(predecessor).remove(successor);
        }

        List<UUID[]> edges() {
            List<UUID[]> edges = new ArrayList<>();
            successors.forEach((predecessor, next) -> next.forEach(successor -> edges.add(new UUID[] {predecessor, successor})));
            edges.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
            return edges;
        }
    }

    @PropertyTest(tries = 4)
    void theDatabaseRefusesExactlyTheEdgesThatCloseACycle(Gen gen, Fixtures fixtures) {
        // given: a project of 24 to 40 tasks and no edges
        OrganizationFixture acme = fixtures.organization();
        Project project = ProjectFixtures.project(acme, "Arena Tour Load-In");
        List<UUID> tasks = RawSql.insertTasks(acme, project, gen.intBetween(24, 40));
        Graph graph = new Graph();
        int refused = 0;
        int accepted = 0;

        // when / then: 150 attempts, one in five redirecting an existing edge to a new successor
        for (int attempt = 0; attempt < 150; attempt++) {
            List<UUID[]> edges = graph.edges();
            boolean redirect = !edges.isEmpty() && gen.chance(0.2);
            UUID[] old = redirect ? edges.get(gen.intBetween(0, edges.size() - 1)) : null;
            UUID predecessor = redirect ? old[0] : tasks.get(gen.intBetween(0, tasks.size() - 1));
            UUID successor = tasks.get(gen.intBetween(0, tasks.size() - 1));
            if (successor.equals(predecessor) || graph.has(predecessor, successor)) {
                continue;
            }
            boolean closes = graph.reaches(successor, predecessor, old);
            Map<String, Object> arguments = new HashMap<>(Map.of("project", project.id(), "predecessor", predecessor,
                    "successor", successor));
            String sql;
            if (redirect) {
                arguments.put("old", old[1]);
                sql = """
                        update atlvs.project_dependencies set successor_id = :successor
                         where project_id = :project and predecessor_id = :predecessor and successor_id = :old
                        """;
            } else {
                sql = """
                        insert into atlvs.project_dependencies (organization_id, project_id, predecessor_id, successor_id)
                        values (:organizationId, :project, :predecessor, :successor)
                        """;
            }
            String what = "attempt %d: %s %s -> %s".formatted(attempt, redirect ? "redirect to" : "insert", predecessor, successor);
            if (closes) {
                assertThatThrownBy(() -> RawSql.execute(acme, sql, arguments)).as(what)
                        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_dependencies_cycle"));
                refused++;
            } else {
                assertThat(RawSql.execute(acme, sql, arguments)).as(what).isEqualTo(1);
                if (redirect) {
                    graph.remove(old[0], old[1]);
                }
                graph.add(predecessor, successor);
                accepted++;
            }
        }

        // then: the stored edges are the graph's, and both outcomes happened
        List<UUID[]> stored = acme.asOwner(tx -> tx.handle().createQuery("""
                select predecessor_id, successor_id from atlvs.project_dependencies where project_id = :project
                 order by predecessor_id, successor_id
                """).bind("project", project.id())
                .map((row, context) -> new UUID[] {row.getObject(1, UUID.class), row.getObject(2, UUID.class)}).list());
        assertThat(stored).usingElementComparator((a, b) -> a[0].equals(b[0]) && a[1].equals(b[1]) ? 0 : 1)
                .containsExactlyElementsOf(graph.edges());
        assertThat(refused).as("refused attempts").isPositive();
        assertThat(accepted).as("accepted attempts").isPositive();
    }

    @Test
    void aCycleThroughAHundredTasksIsFoundWhicheverWalkCompletesFirst(Fixtures fixtures) {
        // given: a chain of 100 tasks, so that both walks from most edges run past their first bounds
        OrganizationFixture acme = fixtures.organization("Long Chains");
        Project project = ProjectFixtures.project(acme, "Stadium Build");
        List<UUID> tasks = RawSql.insertTasks(acme, project, 100);
        for (int index = 1; index < tasks.size(); index++) {
            assertThat(insert(acme, project, tasks.get(index - 1), tasks.get(index))).isEqualTo(1);
        }

        // when / then: the last task before the first closes the whole chain: each walk from either end reaches 100 tasks,
        // and the first of the third round (up to 128) reaches the other end
        assertThatThrownBy(() -> insert(acme, project, tasks.get(99), tasks.get(0)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_dependencies_cycle"));
        // the 60th before the 10th: the 10th has 91 descendants, the 60th 60 ancestors; found in the third round too
        assertThatThrownBy(() -> insert(acme, project, tasks.get(59), tasks.get(9)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_dependencies_cycle"));
        // the 10th before the 60th closes nothing: the 60th has 41 descendants, the 10th 10 ancestors, all reached in the
        // second round (up to 32)
        assertThat(insert(acme, project, tasks.get(9), tasks.get(59))).isEqualTo(1);
    }

    private static int insert(OrganizationFixture organization, Project project, UUID predecessor, UUID successor) {
        return RawSql.execute(organization, """
                insert into atlvs.project_dependencies (organization_id, project_id, predecessor_id, successor_id)
                values (:organizationId, :project, :predecessor, :successor)
                """, Map.of("project", project.id(), "predecessor", predecessor, "successor", successor));
    }
}
