package dev.atlvs.projects.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyRepository;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.projects.template.NewProjectFromTemplate;
import dev.atlvs.projects.template.ProjectTemplateService;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.projects.testing.ProjectFixtures.FestivalBuild;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A copied project has the source's plan with new ids, every reference mapped to the copies, every date
 * moved by the distance between the two start dates, and the progress reset; the source stays as it was;
 * a taken job number or a reader's attempt writes nothing.
 */
@AtlvsTest
class ProjectTemplateServiceTest {
    private static final LocalDate SOURCE_START = LocalDate.of(2026, 7, 1);
    private static final LocalDate NEW_START = SOURCE_START.plusDays(30);

    @Test
    void aCopyHasTheSamePlanThirtyDaysLater(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Template Productions");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        String code = ProjectFixtures.nextCode("NLF");

        // when
        Project copy = acme.asOwner(tx -> new ProjectTemplateService(tx)
                .copy(build.project().id(), NewProjectFromTemplate.of("Northern Lights Festival (August)", code, NEW_START)));

        // then the project
        Project source = build.project();
        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.code()).isEqualTo(code);
        assertThat(copy.name()).isEqualTo("Northern Lights Festival (August)");
        assertThat(copy.status()).isEqualTo(ProjectStatus.PLANNING);
        assertThat(copy.startDate()).contains(NEW_START);
        assertThat(copy.endDate()).contains(source.endDate().orElseThrow().plusDays(30));
        assertThat(copy.managerUserId()).isEqualTo(source.managerUserId());
        assertThat(copy.type()).isEqualTo(source.type());
        assertThat(copy.priority()).isEqualTo(source.priority());
        assertThat(copy.currency()).isEqualTo(source.currency());
        assertThat(copy.actualStartDate()).isEmpty();

        Plan copied = plan(acme, copy.id());
        Plan original = plan(acme, source.id());

        // the tasks: same titles, dates shifted, statuses reset, tree and milestone links mapped
        assertThat(copied.tasks()).hasSameSizeAs(build.tasks());
        Map<String, Task> copiedByTitle = byTitle(copied.tasks(), Task::title);
        Map<UUID, String> milestoneTitles = original.milestones().stream().collect(Collectors.toMap(Milestone::id, Milestone::title));
        Map<UUID, String> copiedMilestoneTitles = copied.milestones().stream().collect(Collectors.toMap(Milestone::id, Milestone::title));
        Map<UUID, String> taskTitles = original.tasks().stream().collect(Collectors.toMap(Task::id, Task::title));
        Map<UUID, String> copiedTaskTitles = copied.tasks().stream().collect(Collectors.toMap(Task::id, Task::title));
        for (Task task : build.tasks()) {
            Task twin = copiedByTitle.get(task.title());
            assertThat(twin.id()).isNotEqualTo(task.id());
            assertThat(twin.projectId()).isEqualTo(copy.id());
            assertThat(twin.status()).isEqualTo(TaskStatus.TODO);
            assertThat(twin.assigneeUserId()).isEmpty();
            assertThat(twin.completedAt()).isEmpty();
            assertThat(twin.startDate()).isEqualTo(task.startDate().map(d -> d.plusDays(30)));
            assertThat(twin.dueDate()).isEqualTo(task.dueDate().map(d -> d.plusDays(30)));
            assertThat(twin.estimatedHours()).isEqualTo(task.estimatedHours());
            assertThat(twin.position()).isEqualTo(task.position());
            assertThat(twin.parentTaskId().map(copiedTaskTitles::get)).isEqualTo(task.parentTaskId().map(taskTitles::get));
            assertThat(twin.milestoneId().map(copiedMilestoneTitles::get)).isEqualTo(task.milestoneId().map(milestoneTitles::get));
        }
        assertThat(copiedByTitle.get("Order the stage deck").parentTaskId()).contains(copiedByTitle.get("Build the main stage").id());

        // the milestones
        assertThat(copied.milestones()).hasSameSizeAs(build.milestones());
        Map<String, Milestone> copiedMilestones = byTitle(copied.milestones(), Milestone::title);
        for (Milestone milestone : build.milestones()) {
            Milestone twin = copiedMilestones.get(milestone.title());
            assertThat(twin.id()).isNotEqualTo(milestone.id());
            assertThat(twin.dueDate()).isEqualTo(milestone.dueDate().plusDays(30));
            assertThat(twin.completedAt()).isEmpty();
            assertThat(twin.type()).isEqualTo(milestone.type());
            assertThat(twin.amount()).isEqualTo(milestone.amount());
        }

        // the dependencies point at the new tasks only
        assertThat(copied.dependencies()).hasSameSizeAs(build.dependencies());
        Set<UUID> newTaskIds = copiedTaskTitles.keySet();
        assertThat(copied.dependencies()).allSatisfy(edge -> {
            assertThat(edge.projectId()).isEqualTo(copy.id());
            assertThat(newTaskIds).contains(edge.predecessorId(), edge.successorId());
        });
        assertThat(edges(copied.dependencies(), copiedTaskTitles)).containsExactlyInAnyOrderElementsOf(edges(original.dependencies(), taskTitles));

        // the budget lines
        assertThat(copied.budgets()).hasSameSizeAs(build.budgets());
        assertThat(copied.budgets()).allSatisfy(line -> {
            assertThat(line.revision()).isEqualTo(1);
            assertThat(line.committedAmount()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(line.actualAmount()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        assertThat(copied.budgets().stream().map(line -> line.category() + " " + line.plannedAmount().stripTrailingZeros().toPlainString()).toList())
                .containsExactlyInAnyOrderElementsOf(build.budgets().stream()
                        .map(line -> line.category() + " " + line.plannedAmount().stripTrailingZeros().toPlainString()).toList());

        // the creation is audited
        List<dev.atlvs.core.audit.AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Project.TABLE, copy.id()));
        assertThat(history).hasSize(1);
    }

    @Test
    void copyingLeavesTheSourceUnchanged(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Untouched Productions");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        Plan before = plan(acme, build.project().id());

        // when
        acme.asOwner(tx -> new ProjectTemplateService(tx).copy(build.project().id(),
                NewProjectFromTemplate.of("Northern Lights Festival (copy)", ProjectFixtures.nextCode("NLF"), NEW_START)));

        // then
        Project source = acme.asOwner(tx -> tx.repository(ProjectRepository.class).get(build.project().id()));
        assertThat(source).isEqualTo(build.project());
        assertThat(plan(acme, build.project().id())).isEqualTo(before);
    }

    @Test
    void aTakenJobNumberIsRejectedAndNothingIsWritten(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Duplicate Productions");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        Map<String, Long> before = rowCounts(acme);

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectTemplateService(tx).copy(build.project().id(),
                NewProjectFromTemplate.of("Same number", build.project().code().toLowerCase(), NEW_START))))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("code"));
        assertThat(rowCounts(acme)).isEqualTo(before);
    }

    @Test
    void aMissingStartDateIsNamed() {
        assertThatThrownBy(() -> NewProjectFromTemplate.of("No date", "NLF-X", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("startDate"));
    }

    @Test
    void aMalformedJobNumberIsNamed(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Malformed Productions");
        Project source = ProjectFixtures.project(acme);

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectTemplateService(tx).copy(source.id(),
                NewProjectFromTemplate.of("Bad number", "-no good-", NEW_START))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("code"));
    }

    @Test
    void aViewerCannotCopyAProject(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Read Only Templates");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        User viewer = acme.addMember(MemberRole.VIEWER);
        Map<String, Long> before = rowCounts(acme);

        // when / then
        assertThatThrownBy(() -> acme.as(viewer, tx -> new ProjectTemplateService(tx).copy(build.project().id(),
                NewProjectFromTemplate.of("Sneaky copy", ProjectFixtures.nextCode("NLF"), NEW_START))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rowCounts(acme)).isEqualTo(before);
    }

    @Test
    void aSourceWithoutStartDateIsAnchoredAtItsEarliestTaskStart(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Undated Productions");
        Project source = acme.asOwner(tx -> new dev.atlvs.projects.project.ProjectService(tx).create(
                ProjectFixtures.projectBuilder(acme, "Undated gala").startDate(Optional.empty()).endDate(Optional.empty()).build()));
        acme.asOwner(tx -> new dev.atlvs.projects.task.TaskService(tx).create(ProjectFixtures.taskBuilder(source, "Walk the venue")
                .startDate(LocalDate.of(2026, 3, 10)).dueDate(LocalDate.of(2026, 3, 12)).build()));

        // when
        Project copy = acme.asOwner(tx -> new ProjectTemplateService(tx).copy(source.id(),
                NewProjectFromTemplate.of("Dated gala", ProjectFixtures.nextCode("PRJ"), LocalDate.of(2026, 4, 1))));

        // then
        Task walk = plan(acme, copy.id()).tasks().get(0);
        assertThat(copy.startDate()).contains(LocalDate.of(2026, 4, 1));
        assertThat(walk.startDate()).contains(LocalDate.of(2026, 4, 1));
        assertThat(walk.dueDate()).contains(LocalDate.of(2026, 4, 3));
    }

    private record Plan(List<Task> tasks, List<Milestone> milestones, List<Dependency> dependencies, List<ProjectBudget> budgets) {}

    private static Plan plan(OrganizationFixture organization, UUID projectId) {
        return organization.asOwner(tx -> new Plan(
                tx.repository(TaskRepository.class).ofProject(projectId),
                tx.repository(MilestoneRepository.class).ofProject(projectId),
                tx.repository(DependencyRepository.class).ofProject(projectId),
                tx.repository(ProjectBudgetRepository.class).ofProject(projectId)));
    }

    private static <T> Map<String, T> byTitle(List<T> values, Function<T, String> title) {
        return values.stream().collect(Collectors.toMap(title, Function.identity()));
    }

    private static List<String> edges(List<Dependency> dependencies, Map<UUID, String> titles) {
        return dependencies.stream()
                .map(d -> titles.get(d.predecessorId()) + " -" + d.type() + "+" + d.lagDays() + "-> " + titles.get(d.successorId()))
                .toList();
    }

    private static Map<String, Long> rowCounts(OrganizationFixture organization) {
        return organization.asOwner(tx -> tx.handle().createQuery("""
                select (select count(*) from atlvs.projects where organization_id = :organizationId) as projects,
                       (select count(*) from atlvs.project_tasks where organization_id = :organizationId) as tasks,
                       (select count(*) from atlvs.project_milestones where organization_id = :organizationId) as milestones,
                       (select count(*) from atlvs.project_dependencies where organization_id = :organizationId) as dependencies,
                       (select count(*) from atlvs.project_budgets where organization_id = :organizationId) as budgets
                """).map((rows, context) -> Map.of("projects", rows.getLong("projects"), "tasks", rows.getLong("tasks"),
                        "milestones", rows.getLong("milestones"), "dependencies", rows.getLong("dependencies"),
                        "budgets", rows.getLong("budgets"))).one());
    }
}
