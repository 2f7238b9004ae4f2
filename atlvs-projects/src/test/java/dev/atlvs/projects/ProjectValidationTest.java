package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ResourceType;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskService;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.projects.team.ProjectMember;
import dev.atlvs.projects.timeline.Timeline;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bad projects input is refused in Java before any SQL runs, with every broken rule named by field and
 * rule, and nothing is written. Cross-field rules carry the name of the database constraint that holds
 * the same rule, so a refusal reads the same whichever layer gives it.
 */
@AtlvsTest
class ProjectValidationTest {
    private static final UUID ORGANIZATION = Ids.newId();
    private static final UUID PROJECT = Ids.newId();

    @Test
    void aProjectEndingBeforeItStartsCannotBeBuilt() {
        assertThatThrownBy(() -> project().startDate(LocalDate.of(2026, 7, 20)).endDate(LocalDate.of(2026, 7, 1)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("endDate", "projects_end_date_check"));
                });
    }

    @Test
    void everyBrokenCrossFieldRuleOfAProjectIsReportedAtOnce() {
        assertThatThrownBy(() -> project().startDate(LocalDate.of(2026, 7, 20)).endDate(LocalDate.of(2026, 7, 1))
                        .currency(java.util.Optional.empty()).budgetAmount(new BigDecimal("1000")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("endDate", "projects_end_date_check"), tuple("currency", "projects_budget_currency_check")));
    }

    @Test
    void metadataThatIsNotJsonIsRefusedNamingTheFieldAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Broken Metadata Inc");
        long before = Rows.count(database, "projects");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectService(tx).create(
                        ProjectFixtures.projectBuilder(acme, "Broken Metadata Tour").metadata("{\"season\": summer}").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("metadata", "Json")));
        assertThat(Rows.count(database, "projects")).isEqualTo(before);
    }

    @Test
    void metadataThatIsJsonButNotAnObjectIsRefusedUnderTheCheckThatRequiresAnObject(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Array Metadata Inc");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectService(tx).create(
                        ProjectFixtures.projectBuilder(acme, "Array Metadata Tour").metadata("[\"summer\"]").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("metadata", "projects_metadata_check")));
    }

    @Test
    void aBaselineSnapshotThatIsNotJsonIsRefusedNamingTheField(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Broken Snapshot Inc");
        Project project = ProjectFixtures.project(acme, "Snapshot Tour");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(dev.atlvs.projects.timeline.TimelineRepository.class).insert(
                        Timeline.builder().organizationId(acme.id()).projectId(project.id()).name("Baseline 1")
                                .kind(dev.atlvs.projects.timeline.TimelineKind.BASELINE).startsAt(Instant.parse("2026-07-01T06:00:00Z"))
                                .endsAt(Instant.parse("2026-07-10T22:00:00Z")).snapshot("{\"tasks\": [}").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("snapshot", "Json")));
    }

    @Test
    void aNegativeProjectBudgetIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Negative Budgets Inc");
        long before = Rows.count(database, "projects");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectService(tx).create(
                        ProjectFixtures.projectBuilder(acme, "Red Ink Tour").budgetAmount(new BigDecimal("-1")).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("budgetAmount", "projects_budget_amount_check")));
        assertThat(Rows.count(database, "projects")).isEqualTo(before);
    }

    @Test
    void progressOverAHundredPercentIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Overachievers Inc");
        long before = Rows.count(database, "projects");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(ProjectRepository.class).insert(
                        ProjectFixtures.projectBuilder(acme, "Overdone Gala").progressPct(new BigDecimal("100.01")).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("progressPct", "projects_progress_pct_check")));
        assertThat(Rows.count(database, "projects")).isEqualTo(before);
    }

    @Test
    void aMalformedJobNumberIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Odd Codes Inc");
        long before = Rows.count(database, "projects");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectService(tx).create(
                        ProjectFixtures.projectBuilder(acme, "Spaced Out").code("FEST 2026").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("code", "Pattern")));
        assertThat(Rows.count(database, "projects")).isEqualTo(before);
    }

    @Test
    void negativeEstimatedHoursAreRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Negative Hours Inc");
        Project project = ProjectFixtures.project(acme);
        long before = Rows.count(database, "project_tasks");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new TaskService(tx).create(
                        ProjectFixtures.taskBuilder(project, "Rig the PA").estimatedHours(new BigDecimal("-2")).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("estimatedHours", "project_tasks_estimated_hours_check")));
        assertThat(Rows.count(database, "project_tasks")).isEqualTo(before);
    }

    @Test
    void aTaskDueBeforeItStartsCannotBeBuilt() {
        assertThatThrownBy(() -> task().startDate(LocalDate.of(2026, 7, 8)).dueDate(LocalDate.of(2026, 7, 1)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("dueDate", "project_tasks_due_date_check")));
    }

    @Test
    void aCompletionTimeWithoutDoneCannotBeBuilt() {
        assertThatThrownBy(() -> task().status(TaskStatus.IN_PROGRESS).completedAt(Instant.parse("2026-07-08T18:00:00Z")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("completedAt", "project_tasks_completed_at_check")));
    }

    @Test
    void aDoneTaskWithoutCompletionTimeCannotBeBuilt() {
        assertThatThrownBy(() -> task().status(TaskStatus.DONE).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("completedAt", "project_tasks_completed_at_check")));
    }

    @Test
    void aTaskCannotBeItsOwnSubTask() {
        UUID id = Ids.newId();
        assertThatThrownBy(() -> task().id(id).parentTaskId(id).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("parentTaskId", "project_tasks_parent_task_id_check")));
    }

    @Test
    void aTaskCannotDependOnItself() {
        UUID task = Ids.newId();
        assertThatThrownBy(() -> Dependency.builder().organizationId(ORGANIZATION).projectId(PROJECT).predecessorId(task).successorId(task).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("successorId", "project_dependencies_self")));
    }

    @Test
    void aLagOfMoreThanTenYearsIsRefused(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Long Lags Inc");
        Project project = ProjectFixtures.project(acme);
        Task permit = ProjectFixtures.task(acme, project, "Submit the event permit");
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        assertThatThrownBy(() -> acme.asOwner(tx -> new dev.atlvs.projects.dependency.DependencyService(tx).link(Dependency.builder()
                        .organizationId(acme.id()).projectId(project.id()).predecessorId(permit.id()).successorId(stage.id()).lagDays(4000).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("lagDays", "project_dependencies_lag_days_check")));
    }

    @Test
    void onlyAPaymentMilestoneHasAnAmount() {
        assertThatThrownBy(() -> Milestone.builder().organizationId(ORGANIZATION).projectId(PROJECT).title("Show day")
                        .dueDate(LocalDate.of(2026, 7, 18)).amount(new BigDecimal("5000")).currency("EUR").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("amount", "project_milestones_payment_amount_check")));
    }

    @Test
    void aTeamSeatIsForAUserOrAPersonNotBoth() {
        assertThatThrownBy(() -> ProjectMember.builder().organizationId(ORGANIZATION).projectId(PROJECT).userId(Ids.newId())
                        .personId(Ids.newId()).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("userId", "project_members_user_or_person_check")));
        assertThatThrownBy(() -> ProjectMember.builder().organizationId(ORGANIZATION).projectId(PROJECT).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule)
                        .containsExactly("project_members_user_or_person_check"));
    }

    @Test
    void aBookingEndingBeforeItStartsCannotBeBuilt() {
        assertThatThrownBy(() -> ProjectResource.builder().organizationId(ORGANIZATION).projectId(PROJECT).resourceType(ResourceType.SPACE)
                        .name("Loading dock").startAt(Instant.parse("2026-07-02T06:00:00Z")).endAt(Instant.parse("2026-07-01T06:00:00Z")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("endAt", "project_resources_end_at_check")));
    }

    @Test
    void onlyABaselineHasASnapshot() {
        assertThatThrownBy(() -> Timeline.builder().organizationId(ORGANIZATION).projectId(PROJECT).name("Load-in")
                        .startsAt(Instant.parse("2026-07-01T06:00:00Z")).endsAt(Instant.parse("2026-07-10T22:00:00Z")).snapshot("{}").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("snapshot", "project_timelines_baseline_snapshot_check")));
    }

    @Test
    void aNegativePlannedBudgetIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Negative Lines Inc");
        Project project = ProjectFixtures.project(acme);
        long before = Rows.count(database, "project_budgets");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(ProjectBudgetRepository.class).insert(ProjectBudget.builder()
                        .organizationId(acme.id()).projectId(project.id()).category(BudgetCategory.CATERING)
                        .plannedAmount(new BigDecimal("-250")).currency("EUR").contingencyPct(new BigDecimal("120")).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("contingencyPct", "project_budgets_contingency_pct_check"), tuple("plannedAmount", "project_budgets_planned_amount_check")));
        assertThat(Rows.count(database, "project_budgets")).isEqualTo(before);
    }

    private static dev.atlvs.projects.project.ImmutableProject.Builder project() {
        return Project.builder().organizationId(ORGANIZATION).code("NLF-2026").name("Northern Lights Festival").currency("EUR");
    }

    private static dev.atlvs.projects.task.ImmutableTask.Builder task() {
        return Task.builder().organizationId(ORGANIZATION).projectId(PROJECT).title("Build the main stage");
    }
}
