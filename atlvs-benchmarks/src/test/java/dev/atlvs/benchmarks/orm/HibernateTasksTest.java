package dev.atlvs.benchmarks.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.benchmarks.TaskOperations;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.tenancy.ContextProofs;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskService;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Hibernate variant of the benchmarks' task operations runs on the SDK's schema as the run-time role, each
 * transaction opened with the proved tenant context the JDBC variant uses: row-level security and the database's
 * rules apply to what Hibernate reads and writes, so another tenant's tasks are neither visible nor reachable.
 */
@AtlvsTest
class HibernateTasksTest {

    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    private HikariDataSource pool;
    private HibernateTasks tasks;
    private OrganizationFixture acme;
    private OrganizationFixture globex;
    private Project stageBuild;
    private Project warehouseMove;
    private Task rigging;
    private Task inventory;

    @BeforeEach
    void openHibernateAsTheRunTimeRole(TestDatabase database, Fixtures fixtures) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.appCredentials().user());
        config.setPassword(database.appCredentials().password());
        config.setMaximumPoolSize(2);
        config.setPoolName("hibernate-tasks-test");
        pool = new HikariDataSource(config);
        TaskOperations operations = new TaskOperations(new ContextProofs(database.contextKey()));
        tasks = new HibernateTasks(pool, (connection, organizationId, actorId) ->
                operations.openTenantContext(connection, organizationId, actorId, false));

        acme = fixtures.organization("Acme Staging");
        globex = fixtures.organization("Globex Logistics");
        stageBuild = ProjectFixtures.project(acme, "Main stage build");
        warehouseMove = ProjectFixtures.project(globex, "Warehouse move");
        rigging = datedTask(acme, stageBuild, "Rig the truss", JULY.plusDays(2));
        inventory = datedTask(globex, warehouseMove, "Count the pallets", JULY.plusDays(1));
    }

    @AfterEach
    void closeHibernate() {
        tasks.close();
        pool.close();
    }

    private static Task datedTask(OrganizationFixture organization, Project project, String title, LocalDate due) {
        return organization.asOwner(tx -> new TaskService(tx).create(ProjectFixtures.taskBuilder(project, title)
                .startDate(due.minusDays(1)).dueDate(due).build()));
    }

    @Test
    void aTenantReadsItsTaskByIdAndNotAnotherTenantsTask() {
        // given
        UUID acmeOwner = acme.owner().id();

        // when
        ProjectTask own = tasks.get(acme.id(), acmeOwner, rigging.id());
        ProjectTask foreign = tasks.get(acme.id(), acmeOwner, inventory.id());
        ProjectTask foreignByItsOwnKey = tasks.inTenant(acme.id(), acmeOwner,
                session -> session.find(ProjectTask.class, new ProjectTask.Key(globex.id(), inventory.id())));

        // then
        assertThat(own).isNotNull();
        assertThat(own.title()).isEqualTo("Rig the truss");
        assertThat(own.projectId()).isEqualTo(stageBuild.id());
        assertThat(own.version()).isEqualTo(rigging.version());
        assertThat(own.createdBy()).isEqualTo(acmeOwner);
        assertThat(foreign).isNull();
        assertThat(foreignByItsOwnKey).isNull();
        assertThat(tasks.get(globex.id(), globex.owner().id(), inventory.id())).isNotNull();
    }

    @Test
    void theKeysetPageListsTheTenantsDatedTasksByDueDateAndNothingOfAnotherTenant() {
        // given
        Task first = datedTask(acme, stageBuild, "Unload the trucks", JULY);
        Task third = datedTask(acme, stageBuild, "Hang the lights", JULY.plusDays(5));
        UUID acmeOwner = acme.owner().id();

        // when
        List<ProjectTask> page = tasks.keysetPage(acme.id(), acmeOwner, stageBuild.id(), JULY.minusDays(1), new UUID(0, 0));
        List<ProjectTask> afterFirst = tasks.keysetPage(acme.id(), acmeOwner, stageBuild.id(), first.dueDate().orElseThrow(), first.id());
        List<ProjectTask> foreignProject = tasks.keysetPage(acme.id(), acmeOwner, warehouseMove.id(), JULY.minusDays(1), new UUID(0, 0));

        // then
        assertThat(page).extracting(ProjectTask::id).containsExactly(first.id(), rigging.id(), third.id());
        assertThat(afterFirst).extracting(ProjectTask::id).containsExactly(rigging.id(), third.id());
        assertThat(foreignProject).isEmpty();
    }

    @Test
    void aTransactionOfAnotherTenantIsRefusedToANonMember() {
        // given
        UUID acmeOwner = acme.owner().id();

        // when / then
        assertThatThrownBy(() -> tasks.keysetPage(globex.id(), acmeOwner, warehouseMove.id(), JULY.minusDays(1), new UUID(0, 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no active member");
        assertThatThrownBy(() -> tasks.get(globex.id(), acmeOwner, inventory.id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no active member");
    }

    @Test
    void theDashboardCountsTheTenantsLiveTasksByStatusAndNothingOfAnotherTenant() {
        // given
        Task started = datedTask(acme, stageBuild, "Build the deck", JULY.plusDays(3));
        acme.asOwner(tx -> new TaskService(tx).changeStatus(started.id(), TaskStatus.IN_PROGRESS));
        Task dropped = datedTask(acme, stageBuild, "Order a second crane", JULY.plusDays(4));
        acme.asOwner(tx -> tx.repository(TaskRepository.class).softDelete(tx.repository(TaskRepository.class).get(dropped.id())));
        UUID acmeOwner = acme.owner().id();

        // when
        List<HibernateTasks.StatusCount> dashboard = tasks.dashboard(acme.id(), acmeOwner, stageBuild.id());
        List<HibernateTasks.StatusCount> foreign = tasks.dashboard(acme.id(), acmeOwner, warehouseMove.id());

        // then
        assertThat(dashboard).containsExactly(new HibernateTasks.StatusCount("in_progress", 1), new HibernateTasks.StatusCount("todo", 1));
        assertThat(foreign).isEmpty();
        assertThat(tasks.get(acme.id(), acmeOwner, dropped.id())).as("a soft-deleted task").isNull();
    }

    @Test
    void anInsertIsStampedByTheDatabaseAndVisibleToTheSdk() {
        // given
        UUID acmeOwner = acme.owner().id();
        ProjectTask task = new ProjectTask(acme.id(), Ids.newId(), stageBuild.id(), "Test the hoists").schedule(JULY, JULY.plusDays(7));

        // when
        ProjectTask stored = tasks.insert(acmeOwner, task);

        // then
        assertThat(stored.version()).isEqualTo(1L);
        assertThat(stored.createdBy()).isEqualTo(acmeOwner);
        assertThat(stored.createdAt()).isNotNull();
        assertThat(stored.updatedAt()).isEqualTo(stored.createdAt());
        Task read = acme.asOwner(tx -> tx.repository(TaskRepository.class).get(task.id()));
        assertThat(read.title()).isEqualTo("Test the hoists");
        assertThat(read.dueDate()).contains(JULY.plusDays(7));
        assertThat(read.version()).isEqualTo(1L);
    }

    @Test
    void anInsertIntoAnotherTenantsProjectIsRefusedAndLeavesNothing() {
        // given
        UUID acmeOwner = acme.owner().id();
        UUID id = Ids.newId();
        ProjectTask intruder = new ProjectTask(globex.id(), id, warehouseMove.id(), "Planted task");

        // when / then
        assertThatThrownBy(() -> tasks.inTenant(acme.id(), acmeOwner, session -> {
            session.persist(intruder);
            return intruder;
        })).isInstanceOf(PersistenceException.class)
                .rootCause().hasMessageContaining("row-level security");
        assertThat(tasks.get(globex.id(), globex.owner().id(), id)).isNull();
    }

    @Test
    void anUpdateWritesTheChangeWithTheNextVersion() {
        // given
        UUID acmeOwner = acme.owner().id();

        // when
        ProjectTask updated = tasks.update(acme.id(), acmeOwner, rigging.id(), task -> task.title("Rig the truss twice").priority("high"));

        // then
        assertThat(updated.version()).isEqualTo(rigging.version() + 1);
        Task read = acme.asOwner(tx -> tx.repository(TaskRepository.class).get(rigging.id()));
        assertThat(read.title()).isEqualTo("Rig the truss twice");
        assertThat(read.priority().name()).isEqualTo("HIGH");
        assertThat(read.version()).isEqualTo(rigging.version() + 1);
        assertThat(read.updatedBy()).contains(acmeOwner);
    }

    @Test
    void anUpdateOfATaskChangedSinceItWasReadIsRefusedAndLeavesTheOtherChange() {
        // given
        UUID acmeOwner = acme.owner().id();

        // when / then
        assertThatThrownBy(() -> tasks.update(acme.id(), acmeOwner, rigging.id(), task -> {
            acme.asOwner(tx -> {
                TaskRepository repository = tx.repository(TaskRepository.class);
                return repository.update(Task.builder().from(repository.get(rigging.id())).title("Changed meanwhile").build());
            });
            task.title("Overwrite");
        })).isInstanceOf(OptimisticLockException.class);
        Task read = acme.asOwner(tx -> tx.repository(TaskRepository.class).get(rigging.id()));
        assertThat(read.title()).isEqualTo("Changed meanwhile");
        assertThat(read.version()).isEqualTo(rigging.version() + 1);
    }

    @Test
    void anotherTenantsTaskCannotBeUpdated() {
        // given
        UUID acmeOwner = acme.owner().id();

        // when / then
        assertThatThrownBy(() -> tasks.update(acme.id(), acmeOwner, inventory.id(), task -> task.title("Hijacked")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(inventory.id().toString());
        ProjectTask read = tasks.get(globex.id(), globex.owner().id(), inventory.id());
        assertThat(read.title()).isEqualTo("Count the pallets");
        assertThat(read.version()).isEqualTo(inventory.version());
    }
}
