package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskService;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import dev.atlvs.testing.Race;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Tasks move through L-WORK only by its transitions; done stamps the completion time by the SDK's clock
 * and leaving done clears it; a task starts once its finish-to-start predecessors are done unless the
 * start is forced with an audited reason; a task is created only under a parent of its own project; and a
 * task completed while a sub-task is added to it never ends done with that sub-task open, at every isolation
 * level the SDK offers.
 */
@AtlvsTest
class TaskServiceTest {
    private static final Instant WRAP = Instant.parse("2026-07-08T18:30:00Z");

    @Test
    void finishingATaskStampsItsCompletionTime(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Finishers Ltd");
        Task task = ProjectFixtures.task(acme, ProjectFixtures.project(acme), "Build the main stage");
        Atlvs atWrap = Atlvs.builder(database.appDataSource()).contextKey(database.contextKey()).clock(Clock.fixed(WRAP, ZoneOffset.UTC)).strict(true).build();

        // when
        Task done = atWrap.inTenant(acme.id(), acme.owner().id(), tx -> {
            TaskService tasks = new TaskService(tx);
            tasks.changeStatus(task.id(), TaskStatus.IN_PROGRESS);
            return tasks.changeStatus(task.id(), TaskStatus.DONE);
        });

        // then
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.completedAt()).contains(WRAP);
    }

    @Test
    void reopeningADoneTaskClearsItsCompletionTime(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Reopeners Ltd");
        Task task = ProjectFixtures.task(acme, ProjectFixtures.project(acme), "Build the main stage");
        acme.asOwner(tx -> new TaskService(tx).changeStatus(task.id(), TaskStatus.IN_PROGRESS));
        acme.asOwner(tx -> new TaskService(tx).changeStatus(task.id(), TaskStatus.DONE));

        // when
        Task reopened = acme.asOwner(tx -> new TaskService(tx).changeStatus(task.id(), TaskStatus.IN_PROGRESS));

        // then
        assertThat(reopened.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(reopened.completedAt()).isEmpty();
    }

    @Test
    void aCancelledTaskIsNeverReopened(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Final Answers Ltd");
        Task task = ProjectFixtures.task(acme, ProjectFixtures.project(acme), "Book the fireworks");
        acme.asOwner(tx -> new TaskService(tx).changeStatus(task.id(), TaskStatus.CANCELLED));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new TaskService(tx).changeStatus(task.id(), TaskStatus.TODO)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProjectsErrorCode.TASK_TRANSITION_INVALID);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("project_tasks_status_transition");
                });
    }

    @Test
    void aTaskDoesNotStartBeforeItsFinishToStartPredecessorIsDone(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Patient Crews");
        Project project = ProjectFixtures.project(acme);
        Task permit = ProjectFixtures.task(acme, project, "Submit the event permit");
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        ProjectFixtures.dependency(acme, permit, stage);

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new TaskService(tx).changeStatus(stage.id(), TaskStatus.IN_PROGRESS)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.RULE_VIOLATED);
                    assertThat(e.field()).contains("status");
                });
        acme.asOwner(tx -> new TaskService(tx).changeStatus(permit.id(), TaskStatus.IN_PROGRESS));
        acme.asOwner(tx -> new TaskService(tx).changeStatus(permit.id(), TaskStatus.DONE));
        assertThat(acme.asOwner(tx -> new TaskService(tx).changeStatus(stage.id(), TaskStatus.IN_PROGRESS)).status())
                .isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void aForcedStartRecordsItsReasonInTheAuditTrail(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Impatient Crews");
        Project project = ProjectFixtures.project(acme);
        Task permit = ProjectFixtures.task(acme, project, "Submit the event permit");
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        ProjectFixtures.dependency(acme, permit, stage);

        // when
        Task started = acme.asOwner(tx -> new TaskService(tx).changeStatusOverridingDependencies(stage.id(), TaskStatus.IN_PROGRESS,
                "Permit office confirmed by phone; paperwork follows"));

        // then
        assertThat(started.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Task.TABLE, stage.id()));
        assertThat(history.get(history.size() - 1).reason()).contains("Permit office confirmed by phone; paperwork follows");
    }

    @Test
    void aTaskWithOpenSubTasksIsNotDone(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Open Ends Ltd");
        Project project = ProjectFixtures.project(acme);
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        acme.asOwner(tx -> new TaskService(tx).create(ProjectFixtures.taskBuilder(project, "Order the stage deck").parentTaskId(stage.id()).build()));
        acme.asOwner(tx -> new TaskService(tx).changeStatus(stage.id(), TaskStatus.IN_PROGRESS));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new TaskService(tx).changeStatus(stage.id(), TaskStatus.DONE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("status", "project_tasks_children_open")));
    }

    @Test
    void aParentTaskFromAnotherProjectIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Foreign Parents Ltd");
        Task festivalStage = ProjectFixtures.task(acme, ProjectFixtures.project(acme, "Harbour Festival"), "Build the main stage");
        Project tour = ProjectFixtures.project(acme, "Arena Tour");
        long before = Rows.count(database, "project_tasks");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new TaskService(tx).create(
                        ProjectFixtures.taskBuilder(tour, "Order the stage deck").parentTaskId(festivalStage.id()).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("parentTaskId", "project_tasks_parent_fkey")));
        assertThat(Rows.count(database, "project_tasks")).isEqualTo(before);
    }

    @Test
    void aMilestoneFromAnotherProjectIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Foreign Milestones Ltd");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        Project tour = ProjectFixtures.project(acme, "Arena Tour");
        var showDay = ProjectFixtures.milestone(acme, festival, "Show day", java.time.LocalDate.of(2026, 9, 18));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new TaskService(tx).create(
                        ProjectFixtures.taskBuilder(tour, "Sound check").milestoneId(showDay.id()).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("milestoneId", "project_tasks_milestone_fkey")));
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void aTaskCompletedWhileASubTaskIsAddedInARacingTransactionNeverEndsDoneWithItOpen(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase database) throws Exception {
        // given: a task in progress without sub-tasks
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Racing Completion " + isolation);
        Project project = ProjectFixtures.project(acme);
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        acme.asOwner(tx -> new TaskService(tx).changeStatus(stage.id(), TaskStatus.IN_PROGRESS));

        // when: one transaction completes it while another adds an open sub-task; both have begun before either writes
        List<Race.Outcome<Task>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new TaskService(tx).changeStatus(stage.id(), TaskStatus.DONE);
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new TaskService(tx).create(ProjectFixtures.taskBuilder(project, "Order the stage deck").parentTaskId(stage.id()).build());
                })));

        // then: one commits, the other is refused by the rule it would break
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::rule)
                                .containsAnyOf("project_tasks_children_open", "project_tasks_parent_done")));
        long doneWithOpenChildren = acme.asOwner(tx -> tx.handle().createQuery("""
                select count(*) from atlvs.project_tasks p
                 where p.organization_id = :organizationId and p.status = 'done'
                   and exists (select 1 from atlvs.project_tasks c
                                where c.organization_id = p.organization_id and c.parent_task_id = p.id
                                  and c.deleted_at is null and c.status not in ('done', 'cancelled'))
                """).mapTo(Long.class).one());
        assertThat(doneWithOpenChildren).isZero();
    }
}
