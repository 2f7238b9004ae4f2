package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberService;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.user.User;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.task.Task;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import dev.atlvs.core.Atlvs;
import dev.atlvs.testing.Race;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.resource.ResourceType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The database holds the projects rules whatever code writes: each statement below goes around the SDK's
 * Java checks as plain SQL, is refused with an error naming the rule (and the field where there is one),
 * and leaves nothing behind.
 */
@AtlvsTest
class ProjectDatabaseRulesTest {

    @Test
    void anUnknownProjectStatusIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Status Live");
        long before = Rows.count(database, "projects");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.projects (organization_id, code, name, status) values (:organizationId, 'RAW-1', 'Raw', 'paused')
                """, Map.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("status", "projects_status_check"));
                });
        assertThat(Rows.count(database, "projects")).isEqualTo(before);
    }

    @Test
    void anUnknownTaskStatusIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Task Status Live");
        Task task = ProjectFixtures.task(acme, ProjectFixtures.project(acme), "Book the generators");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.project_tasks set status = 'urgent' where id = :id", Map.of("id", task.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("status", "project_tasks_status_check")));
        assertThat(reload(acme, task).status()).isEqualTo(task.status());
    }

    @Test
    void aProjectEndingBeforeItStartsIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Dates Live");
        long before = Rows.count(database, "projects");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.projects (organization_id, code, name, start_date, end_date)
                values (:organizationId, 'RAW-2', 'Backwards Tour', date '2026-07-20', date '2026-07-01')
                """, Map.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.rule()).isEqualTo("projects_end_date_check");
                            assertThat(v.field()).contains("endDate");
                        }));
        assertThat(Rows.count(database, "projects")).isEqualTo(before);
    }

    @Test
    void negativeEstimatedHoursAreRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Hours Live");
        Task task = ProjectFixtures.task(acme, ProjectFixtures.project(acme), "Rig the PA");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.project_tasks set estimated_hours = -4 where id = :id", Map.of("id", task.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("estimatedHours", "project_tasks_estimated_hours_check")));
        assertThat(reload(acme, task)).isEqualTo(task);
    }

    @Test
    void aNegativeBudgetIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Budget Live");
        Project project = ProjectFixtures.project(acme);

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.projects set budget_amount = -1 where id = :id", Map.of("id", project.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("budgetAmount", "projects_budget_amount_check")));
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.project_budgets (organization_id, project_id, category, planned_amount, currency)
                values (:organizationId, :project, 'catering', -250, 'EUR')
                """, Map.of("project", project.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("plannedAmount", "project_budgets_planned_amount_check")));
        assertThat(reload(acme, project)).isEqualTo(project);
    }

    @Test
    void progressOverAHundredPercentIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Progress Live");
        Project project = ProjectFixtures.project(acme);

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.projects set progress_pct = 100.5 where id = :id", Map.of("id", project.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("progressPct", "projects_progress_pct_check")));
        assertThat(reload(acme, project)).isEqualTo(project);
    }

    @Test
    void aCompletionTimeWithoutDoneIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Completion Live");
        Task task = ProjectFixtures.task(acme, ProjectFixtures.project(acme), "Sign the venue contract");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.project_tasks set completed_at = now() where id = :id", Map.of("id", task.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule)
                        .containsExactly("project_tasks_completed_at_check"));
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.project_tasks set status = 'done' where id = :id", Map.of("id", task.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule)
                        .containsExactly("project_tasks_completed_at_check"));
        assertThat(reload(acme, task)).isEqualTo(task);
    }

    @Test
    void aTaskCannotDependOnItself(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Self Edges");
        Project project = ProjectFixtures.project(acme);
        Task task = ProjectFixtures.task(acme, project, "Build the main stage");
        long before = Rows.count(database, "project_dependencies");

        // when / then
        assertThatThrownBy(() -> insertDependency(acme, project.id(), task.id(), task.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule)
                        .containsExactly("project_dependencies_self"));
        assertThat(Rows.count(database, "project_dependencies")).isEqualTo(before);
    }

    @Test
    void aDependencyCannotLinkTasksOfTwoProjects(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Cross Projects");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        Project tour = ProjectFixtures.project(acme, "Arena Tour");
        Task permit = ProjectFixtures.task(acme, festival, "Submit the event permit");
        Task trucks = ProjectFixtures.task(acme, tour, "Book the trucks");
        long before = Rows.count(database, "project_dependencies");

        // when / then: whichever project the edge claims, one end is not one of its tasks
        assertThatThrownBy(() -> insertDependency(acme, festival.id(), permit.id(), trucks.id()))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> {
                    assertThat(e.field()).contains("successorId");
                    assertThat(e.getMessage()).contains("project_dependencies_successor_fkey");
                });
        assertThatThrownBy(() -> insertDependency(acme, tour.id(), permit.id(), trucks.id()))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> {
                    assertThat(e.field()).contains("predecessorId");
                    assertThat(e.getMessage()).contains("project_dependencies_predecessor_fkey");
                });
        assertThat(Rows.count(database, "project_dependencies")).isEqualTo(before);
    }

    @Test
    void aDependencyClosingADirectCycleIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Direct Cycles");
        Project project = ProjectFixtures.project(acme);
        Task permit = ProjectFixtures.task(acme, project, "Submit the event permit");
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        insertDependency(acme, project.id(), permit.id(), stage.id());
        long before = Rows.count(database, "project_dependencies");

        // when / then
        assertThatThrownBy(() -> insertDependency(acme, project.id(), stage.id(), permit.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_dependencies_cycle"));
        assertThat(Rows.count(database, "project_dependencies")).isEqualTo(before);
    }

    @Test
    void aDependencyClosingATransitiveCycleIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Transitive Cycles");
        Project project = ProjectFixtures.project(acme);
        Task advance = ProjectFixtures.task(acme, project, "Advance the venue");
        Task permit = ProjectFixtures.task(acme, project, "Submit the event permit");
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        Task rig = ProjectFixtures.task(acme, project, "Rig lighting and sound");
        insertDependency(acme, project.id(), advance.id(), permit.id());
        insertDependency(acme, project.id(), permit.id(), stage.id());
        insertDependency(acme, project.id(), stage.id(), rig.id());
        long before = Rows.count(database, "project_dependencies");

        // when / then
        assertThatThrownBy(() -> insertDependency(acme, project.id(), rig.id(), advance.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_dependencies_cycle"));
        assertThat(Rows.count(database, "project_dependencies")).isEqualTo(before);
    }

    @Test
    void redirectingAnExistingDependencyIntoACycleIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Redirected Cycles");
        Project project = ProjectFixtures.project(acme);
        Task permit = ProjectFixtures.task(acme, project, "Submit the event permit");
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        Task rig = ProjectFixtures.task(acme, project, "Rig lighting and sound");
        insertDependency(acme, project.id(), permit.id(), stage.id());
        insertDependency(acme, project.id(), stage.id(), rig.id());

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                update atlvs.project_dependencies set successor_id = :permit where predecessor_id = :stage
                """, Map.of("permit", permit.id(), "stage", stage.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_dependencies_cycle"));
    }

    @Test
    void aParentTaskFromAnotherProjectIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Foreign Parents");
        Task festivalTask = ProjectFixtures.task(acme, ProjectFixtures.project(acme, "Harbour Festival"), "Build the main stage");
        Task tourTask = ProjectFixtures.task(acme, ProjectFixtures.project(acme, "Arena Tour"), "Order the stage deck");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.project_tasks set parent_task_id = :parent where id = :id",
                        Map.of("parent", festivalTask.id(), "id", tourTask.id())))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> {
                    assertThat(e.field()).contains("parentTaskId");
                    assertThat(e.getMessage()).contains("project_tasks_parent_fkey");
                });
        assertThat(reload(acme, tourTask)).isEqualTo(tourTask);
    }

    @Test
    void aSubTaskTreeCannotLoop(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Looping Tasks");
        Project project = ProjectFixtures.project(acme);
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        Task deck = ProjectFixtures.task(acme, project, "Order the stage deck");
        RawSql.execute(acme, "update atlvs.project_tasks set parent_task_id = :parent where id = :id", Map.of("parent", stage.id(), "id", deck.id()));

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.project_tasks set parent_task_id = :parent where id = :id",
                        Map.of("parent", deck.id(), "id", stage.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("parentTaskId", "project_tasks_parent_cycle")));
        assertThat(reload(acme, stage).parentTaskId()).isEmpty();
    }

    @Test
    void aTaskWithOpenSubTasksCannotBeDone(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Open Children");
        Project project = ProjectFixtures.project(acme);
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        RawSql.execute(acme, """
                insert into atlvs.project_tasks (organization_id, project_id, parent_task_id, title)
                values (:organizationId, :project, :parent, 'Order the stage deck')
                """, Map.of("project", project.id(), "parent", stage.id()));

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.project_tasks set status = 'done', completed_at = now() where id = :id",
                        Map.of("id", stage.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("status", "project_tasks_children_open")));
        assertThat(reload(acme, stage)).isEqualTo(stage);
    }

    @Test
    void anOpenSubTaskCannotBePutUnderADoneTask(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Done Parents");
        Project project = ProjectFixtures.project(acme);
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        RawSql.execute(acme, "update atlvs.project_tasks set status = 'done', completed_at = now() where id = :id", Map.of("id", stage.id()));
        long before = Rows.count(database, "project_tasks");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.project_tasks (organization_id, project_id, parent_task_id, title)
                values (:organizationId, :project, :parent, 'Touch up the paint')
                """, Map.of("project", project.id(), "parent", stage.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("parentTaskId", "project_tasks_parent_done")));
        assertThat(Rows.count(database, "project_tasks")).isEqualTo(before);
    }

    @Test
    void aCapturedBaselineDoesNotChange(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Baselines");
        Project project = ProjectFixtures.project(acme);
        RawSql.execute(acme, """
                insert into atlvs.project_timelines (organization_id, project_id, name, kind, starts_at, ends_at, snapshot)
                values (:organizationId, :project, 'Baseline 1', 'baseline', timestamptz '2026-09-01 06:00Z', timestamptz '2026-09-30 22:00Z',
                        '{"tasks": []}')
                """, Map.of("project", project.id()));

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                update atlvs.project_timelines set snapshot = '{"tasks": [1]}' where project_id = :project
                """, Map.of("project", project.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_timelines_baseline_immutable"));
        assertThatThrownBy(() -> RawSql.execute(acme, """
                update atlvs.project_timelines set ends_at = timestamptz '2026-10-01 22:00Z' where project_id = :project
                """, Map.of("project", project.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_timelines_baseline_immutable"));
        // its name may change
        assertThat(RawSql.execute(acme, "update atlvs.project_timelines set name = 'Baseline 1 (signed off)' where project_id = :project",
                Map.of("project", project.id()))).isEqualTo(1);
    }

    @Test
    void confirmedBookingsOfOnePersonNeverExceedAHundredPercent(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Overbooking");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        Project tour = ProjectFixtures.project(acme, "Arena Tour");
        UUID rigger = UUID.randomUUID();
        book(acme, festival.id(), rigger, "2026-09-01T06:00:00Z", "2026-09-03T22:00:00Z", 60, "confirmed");
        book(acme, tour.id(), rigger, "2026-09-03T06:00:00Z", "2026-09-05T22:00:00Z", 40, "confirmed");
        book(acme, tour.id(), rigger, "2026-09-02T06:00:00Z", "2026-09-02T22:00:00Z", 90, "tentative");
        long before = Rows.count(database, "project_resources");

        // when / then: on 3 September 60% + 40% is full, another 10% is one too many
        assertThatThrownBy(() -> book(acme, tour.id(), rigger, "2026-09-03T12:00:00Z", "2026-09-03T14:00:00Z", 10, "confirmed"))
                .isInstanceOfSatisfying(ScheduleConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.OVERLAP);
                    assertThat(e.getMessage()).contains("project_resources_capacity");
                });
        assertThat(Rows.count(database, "project_resources")).isEqualTo(before);
        // after the festival's booking ends, the rigger has room again
        book(acme, tour.id(), rigger, "2026-09-04T06:00:00Z", "2026-09-04T22:00:00Z", 60, "confirmed");
        assertThat(Rows.count(database, "project_resources")).isEqualTo(before + 1);
    }

    @Test
    void aTeamWithoutAManagerIsRefusedAtCommit(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Leaderless Teams");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Project project = ProjectFixtures.project(acme);
        long before = Rows.count(database, "project_members");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.project_members (organization_id, project_id, user_id, role) values (:organizationId, :project, :user, 'member')
                """, Map.of("project", project.id(), "user", crew.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_members_manager"));
        assertThat(Rows.count(database, "project_members")).isEqualTo(before);
    }

    @Test
    void theLastManagerCannotLeaveAStaffedTeam(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Manager Exits");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Project project = ProjectFixtures.project(acme);
        ProjectFixtures.manager(acme, project);
        RawSql.execute(acme, """
                insert into atlvs.project_members (organization_id, project_id, user_id, role) values (:organizationId, :project, :user, 'member')
                """, Map.of("project", project.id(), "user", crew.id()));

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "delete from atlvs.project_members where project_id = :project and role = 'manager'",
                        Map.of("project", project.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("project_members_manager"));
    }

    @Test
    void aSuspendedMemberCannotJoinATeam(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Suspended Crew");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        acme.asOwner(tx -> new MemberService(tx).suspend(tx.repository(MemberRepository.class).findByUser(crew.id()).orElseThrow().id()));
        Project project = ProjectFixtures.project(acme);
        long before = Rows.count(database, "project_members");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.project_members (organization_id, project_id, user_id, role) values (:organizationId, :project, :user, 'manager')
                """, Map.of("project", project.id(), "user", crew.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("userId", "project_members_user_active")));
        assertThat(Rows.count(database, "project_members")).isEqualTo(before);
    }

    @Test
    void aJobNumberIsUniqueAmongLiveProjectsIgnoringCase(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Job Numbers");
        Project first = acme.asOwner(tx -> tx.repository(ProjectRepository.class).insert(
                ProjectFixtures.projectBuilder(acme, "Harbour Festival").code("HF-2026").build()));

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "insert into atlvs.projects (organization_id, code, name) values (:organizationId, 'hf-2026', 'Copy')",
                        Map.of()))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("code"));
        acme.asOwner(tx -> tx.repository(ProjectRepository.class).softDelete(first));
        assertThat(RawSql.execute(acme, "insert into atlvs.projects (organization_id, code, name) values (:organizationId, 'hf-2026', 'Rebooked')",
                Map.of())).isEqualTo(1);
    }

    private static int insertDependency(OrganizationFixture organization, UUID project, UUID predecessor, UUID successor) {
        return RawSql.execute(organization, """
                insert into atlvs.project_dependencies (organization_id, project_id, predecessor_id, successor_id)
                values (:organizationId, :project, :predecessor, :successor)
                """, Map.of("project", project, "predecessor", predecessor, "successor", successor));
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoBookingsThatOverbookAPersonTogetherInRacingTransactionsCannotBothCommit(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase database) throws Exception {
        // given: a rigger free on 2 September, and two projects each about to book 60 % of that day
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Racing Bookings " + isolation);
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        Project tour = ProjectFixtures.project(acme, "Arena Tour");
        UUID rigger = UUID.randomUUID();

        // when: both transactions have begun before either books
        List<Race.Outcome<ProjectResource>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(ProjectResourceRepository.class).insert(confirmed(festival, rigger, 60));
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(ProjectResourceRepository.class).insert(confirmed(tour, rigger, 60));
                })));

        // then: one booking commits, the other is refused as over capacity
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ScheduleConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.OVERLAP);
                    assertThat(e.getMessage()).contains("project_resources_capacity");
                }));
        BigDecimal booked = acme.asOwner(tx -> tx.handle().createQuery("""
                select coalesce(sum(allocation_pct), 0) from atlvs.project_resources
                 where organization_id = :organizationId and resource_id = :rigger and status = 'confirmed'
                """).bind("rigger", rigger).mapTo(BigDecimal.class).one());
        assertThat(booked).isEqualByComparingTo("60");
    }

    private static ProjectResource confirmed(Project project, UUID person, int pct) {
        return ProjectResource.builder().organizationId(project.organizationId()).projectId(project.id()).resourceType(ResourceType.PERSON)
                .resourceId(person).name("Head rigger").startAt(Instant.parse("2026-09-02T06:00:00Z"))
                .endAt(Instant.parse("2026-09-02T22:00:00Z")).allocationPct(new BigDecimal(pct)).status(ResourceStatus.CONFIRMED).build();
    }

    private static int book(OrganizationFixture organization, UUID project, UUID person, String from, String to, int pct, String status) {
        return RawSql.execute(organization, """
                insert into atlvs.project_resources (organization_id, project_id, resource_type, resource_id, name, start_at, end_at,
                                                     allocation_pct, status)
                values (:organizationId, :project, 'person', :person, 'Head rigger', :from, :to, :pct, :status)
                """, Map.of("project", project, "person", person, "from", Instant.parse(from), "to", Instant.parse(to), "pct", pct,
                "status", status));
    }

    private static Project reload(OrganizationFixture organization, Project project) {
        return organization.asOwner(tx -> tx.repository(ProjectRepository.class).get(project.id()));
    }

    private static Task reload(OrganizationFixture organization, Task task) {
        return organization.asOwner(tx -> tx.repository(dev.atlvs.projects.task.TaskRepository.class).get(task.id()));
    }
}
