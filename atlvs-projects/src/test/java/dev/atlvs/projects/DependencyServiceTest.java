package dev.atlvs.projects;

import dev.atlvs.core.error.DatabaseErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyRepository;
import dev.atlvs.projects.dependency.DependencyService;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.task.Task;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import dev.atlvs.core.Atlvs;
import dev.atlvs.testing.Race;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * Linking tasks: an edge between two projects, a duplicate and a cycle (direct or transitive) are each
 * reported by field and rule before any write; and two concurrent edges that would close a cycle together
 * cannot both commit, because the database serializes the edges of one project, at every isolation level
 * the SDK offers.
 */
@AtlvsTest
class DependencyServiceTest {

    @Test
    void anEdgeToATaskOfAnotherProjectIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Crossed Wires");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        Task permit = ProjectFixtures.task(acme, festival, "Submit the event permit");
        Task trucks = ProjectFixtures.task(acme, ProjectFixtures.project(acme, "Arena Tour"), "Book the trucks");
        long before = Rows.count(database, "project_dependencies");

        // when / then
        assertThatThrownBy(() -> link(acme, festival, permit, trucks))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("successorId", "project_dependencies_successor_fkey")));
        assertThat(Rows.count(database, "project_dependencies")).isEqualTo(before);
    }

    @Test
    void aDirectCycleIsRefusedBeforeAnyWrite(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Round Robins");
        Project project = ProjectFixtures.project(acme);
        Task permit = ProjectFixtures.task(acme, project, "Submit the event permit");
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        link(acme, project, permit, stage);
        long before = Rows.count(database, "project_dependencies");

        // when / then
        assertThatThrownBy(() -> link(acme, project, stage, permit))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_dependencies_cycle"));
        assertThat(Rows.count(database, "project_dependencies")).isEqualTo(before);
    }

    @Test
    void aTransitiveCycleIsRefusedBeforeAnyWrite(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Long Loops");
        Project project = ProjectFixtures.project(acme);
        Task advance = ProjectFixtures.task(acme, project, "Advance the venue");
        Task permit = ProjectFixtures.task(acme, project, "Submit the event permit");
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        link(acme, project, advance, permit);
        link(acme, project, permit, stage);

        // when / then
        assertThatThrownBy(() -> link(acme, project, stage, advance))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_dependencies_cycle"));
    }

    @Test
    void linkingTheSamePairTwiceIsADuplicate(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Echo Chambers");
        Project project = ProjectFixtures.project(acme);
        Task permit = ProjectFixtures.task(acme, project, "Submit the event permit");
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        link(acme, project, permit, stage);

        // when / then
        assertThatThrownBy(() -> link(acme, project, permit, stage))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("predecessorId", "successorId"));
    }

    @Test
    void twoConcurrentEdgesThatCloseACycleTogetherCannotBothCommit(Fixtures fixtures, TestDatabase database) throws Exception {
        // given
        OrganizationFixture acme = fixtures.organization("Racing Loops");
        Project project = ProjectFixtures.project(acme);
        Task permit = ProjectFixtures.task(acme, project, "Submit the event permit");
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");

        try (Connection first = tenantConnection(database, acme); Connection second = tenantConnection(database, acme)) {
            // when: the first edge is written but not committed, and the second, reversed, is attempted meanwhile
            insertEdge(first, acme, project, permit.id(), stage.id());
            CompletableFuture<Void> reversed = CompletableFuture.runAsync(() -> {
                try {
                    insertEdge(second, acme, project, stage.id(), permit.id());
                    second.commit();
                } catch (SQLException failure) {
                    throw new IllegalStateException(failure);
                }
            });
            Thread.sleep(300);
            assertThat(reversed).as("the second edge waits for the first transaction").isNotDone();
            first.commit();

            // then
            assertThatThrownBy(() -> reversed.get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(PSQLException.class)
                    .rootCause().satisfies(cause -> {
                        assertThat(((PSQLException) cause).getSQLState()).isEqualTo("23514");
                        assertThat(DatabaseErrors.constraint(((PSQLException) cause)).orElse(null)).isEqualTo("project_dependencies_cycle");
                    });
            second.rollback();
        }
        List<Dependency> edges = acme.asOwner(tx -> tx.repository(DependencyRepository.class).ofProject(project.id()));
        assertThat(edges).singleElement().satisfies(edge -> assertThat(edge.predecessorId()).isEqualTo(permit.id()));
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoEdgesThatCloseACycleTogetherInRacingTransactionsCannotBothCommit(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Racing Cycles " + isolation);
        Project project = ProjectFixtures.project(acme);
        Task permit = ProjectFixtures.task(acme, project, "Submit the event permit");
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");

        // when: both transactions have begun (and passed nothing yet) before either links
        List<Race.Outcome<Dependency>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new DependencyService(tx).link(edge(acme, project, permit, stage));
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new DependencyService(tx).link(edge(acme, project, stage, permit));
                })));

        // then: one edge commits; the other is refused as a cycle, by the service's own check when its transaction
        // ran again, or by the database's
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(dev.atlvs.core.error.ConflictException.class,
                        e -> {
                            assertThat(e.code()).isEqualTo(dev.atlvs.projects.ProjectsErrorCode.DEPENDENCY_CYCLE);
                            assertThat(e.rule()).contains("project_dependencies_cycle");
                        }));
        List<Dependency> edges = acme.asOwner(tx -> tx.repository(DependencyRepository.class).ofProject(project.id()));
        assertThat(edges).hasSize(1);
    }

    private static Dependency edge(OrganizationFixture organization, Project project, Task predecessor, Task successor) {
        return Dependency.builder().organizationId(organization.id()).projectId(project.id()).predecessorId(predecessor.id())
                .successorId(successor.id()).build();
    }

    private static Dependency link(OrganizationFixture organization, Project project, Task predecessor, Task successor) {
        return organization.asOwner(tx -> new DependencyService(tx).link(Dependency.builder().organizationId(organization.id())
                .projectId(project.id()).predecessorId(predecessor.id()).successorId(successor.id()).build()));
    }

    /** A connection in a transaction of the organization's owner, opened as the SDK opens it. */
    private static Connection tenantConnection(TestDatabase database, OrganizationFixture organization) throws SQLException {
        Connection connection = database.appDataSource().getConnection();
        connection.setAutoCommit(false);
        SqlContext.of(database).tenant(connection, organization.id(), organization.owner().id());
        return connection;
    }

    private static void insertEdge(Connection connection, OrganizationFixture organization, Project project, UUID predecessor, UUID successor)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into atlvs.project_dependencies (organization_id, project_id, predecessor_id, successor_id) values (?, ?, ?, ?)
                """)) {
            insert.setObject(1, organization.id());
            insert.setObject(2, project.id());
            insert.setObject(3, predecessor);
            insert.setObject(4, successor);
            insert.executeUpdate();
        }
    }
}
