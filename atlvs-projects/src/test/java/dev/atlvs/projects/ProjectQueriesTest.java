package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.budget.ImmutableProjectBudget;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyRepository;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceType;
import dev.atlvs.projects.task.ImmutableTask;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskService;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.projects.team.ProjectMember;
import dev.atlvs.projects.team.ProjectMemberRepository;
import dev.atlvs.projects.team.ProjectRole;
import dev.atlvs.projects.timeline.Timeline;
import dev.atlvs.projects.timeline.TimelineRepository;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.projects.testing.ProjectFixtures.FestivalBuild;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The queries a production team works from, on a festival build: the board by status and due date,
 * overdue work, a member's open tasks, milestones due in a window, the dependency graph, resources in a
 * time window, the current budget and its over-budget lines, and timelines in order.
 */
@AtlvsTest
class ProjectQueriesTest {

    @Test
    void aProjectsTasksInOneStatusAreListedByDueDate(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Board Watchers");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        start(acme, build.task("Advance the venue"));

        // when
        List<Task> todo = acme.asOwner(tx -> tx.repository(TaskRepository.class).ofProject(build.project().id(), TaskStatus.TODO));
        List<Task> started = acme.asOwner(tx -> tx.repository(TaskRepository.class).ofProject(build.project().id(), TaskStatus.IN_PROGRESS));

        // then
        assertThat(todo).extracting(Task::title).containsExactly("Submit the event permit", "Book the generators", "Order the stage deck",
                "Build the main stage", "Rig lighting and sound", "Sound check", "Load-out");
        assertThat(started).extracting(Task::title).containsExactly("Advance the venue");
    }

    @Test
    void overdueTasksAreTheOpenOnesDueBeforeTheDay(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Late Shows");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        Task advance = build.task("Advance the venue");
        start(acme, advance);
        acme.asOwner(tx -> new TaskService(tx).changeStatus(advance.id(), TaskStatus.DONE));
        LocalDate today = LocalDate.of(2026, 6, 12);

        // when
        List<Task> overdue = acme.asOwner(tx -> tx.repository(TaskRepository.class).overdue(today));
        List<Task> overdueHere = acme.asOwner(tx -> tx.repository(TaskRepository.class).overdue(build.project().id(), today));

        // then: the venue was advanced on time; the permit (1 June) and the generators (10 June) are late
        assertThat(overdue).extracting(Task::title).containsExactly("Submit the event permit", "Book the generators");
        assertThat(overdueHere).isEqualTo(overdue);
        assertThat(overdue).allSatisfy(task -> assertThat(task.isOverdueOn(today)).isTrue());
    }

    @Test
    void aDeletedTaskIsNeverOverdue(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Forgotten Tasks");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        acme.asOwner(tx -> tx.repository(TaskRepository.class).softDelete(build.task("Submit the event permit")));

        // when
        List<Task> overdue = acme.asOwner(tx -> tx.repository(TaskRepository.class).overdue(LocalDate.of(2026, 6, 2)));

        // then
        assertThat(overdue).extracting(Task::title).containsExactly("Advance the venue");
    }

    @Test
    void aMembersOpenTasksSpanProjectsEarliestDueFirst(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Busy Crews");
        User rigger = acme.addMember(MemberRole.CONTRIBUTOR);
        FestivalBuild festival = ProjectFixtures.festivalBuild(acme);
        Project gala = ProjectFixtures.project(acme, "Riverside Corporate Gala");
        assign(acme, festival.task("Rig lighting and sound"), rigger);
        assign(acme, festival.task("Load-out"), rigger);
        Task galaRig = acme.asOwner(tx -> new TaskService(tx).create(ProjectFixtures.taskBuilder(gala, "Rig the ballroom truss")
                .assigneeUserId(rigger.id()).dueDate(LocalDate.of(2026, 9, 2)).build()));
        Task cancelled = acme.asOwner(tx -> new TaskService(tx).create(ProjectFixtures.taskBuilder(gala, "Rig the foyer screens")
                .assigneeUserId(rigger.id()).dueDate(LocalDate.of(2026, 9, 1)).build()));
        acme.asOwner(tx -> new TaskService(tx).changeStatus(cancelled.id(), TaskStatus.CANCELLED));

        // when
        List<Task> mine = acme.as(rigger, tx -> tx.repository(TaskRepository.class).openTasksOf(rigger.id()));

        // then
        assertThat(mine).extracting(Task::title).containsExactly("Rig lighting and sound", "Load-out", galaRig.title());
    }

    @Test
    void milestonesDueInAWindowAreTheOpenOnesInItByDate(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Milestone Watchers");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        Milestone loadIn = build.milestone("Load-in complete");
        acme.asOwner(tx -> tx.repository(MilestoneRepository.class).update(
                dev.atlvs.projects.milestone.ImmutableMilestone.copyOf(loadIn).withCompletedAt(Instant.parse("2026-07-10T20:00:00Z"))));

        // when
        List<Milestone> july = acme.asOwner(tx -> tx.repository(MilestoneRepository.class)
                .dueBetween(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)));
        List<Milestone> showWeek = acme.asOwner(tx -> tx.repository(MilestoneRepository.class)
                .dueBetween(build.project().id(), LocalDate.of(2026, 7, 12), LocalDate.of(2026, 7, 18)));

        // then
        assertThat(july).extracting(Milestone::title).containsExactly("Show day", "Settlement");
        assertThat(showWeek).extracting(Milestone::title).containsExactly("Show day");
    }

    @Test
    void theDependenciesOfAProjectAreItsEdgesAndATasksNeighboursAreFoundBothWays(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Graph Readers");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        ProjectFixtures.festivalBuild(acme);
        Task stage = build.task("Build the main stage");

        // when
        List<Dependency> edges = acme.asOwner(tx -> tx.repository(DependencyRepository.class).ofProject(build.project().id()));
        List<Dependency> into = acme.asOwner(tx -> tx.repository(DependencyRepository.class).predecessorsOf(stage.id()));
        List<Dependency> out = acme.asOwner(tx -> tx.repository(DependencyRepository.class).successorsOf(stage.id()));

        // then
        assertThat(edges).containsExactlyInAnyOrderElementsOf(build.dependencies());
        assertThat(into).extracting(Dependency::predecessorId)
                .containsExactlyInAnyOrder(build.task("Submit the event permit").id(), build.task("Book the generators").id());
        assertThat(out).extracting(Dependency::successorId).containsExactly(build.task("Rig lighting and sound").id());
    }

    @Test
    void aProjectsResourcesInATimeWindowAreTheBookingsOverlappingIt(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Resource Planners");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);

        // when
        List<ProjectResource> firstWeek = acme.asOwner(tx -> tx.repository(ProjectResourceRepository.class)
                .ofProjectBetween(build.project().id(), Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-07-08T00:00:00Z")));
        List<ProjectResource> rigDays = acme.asOwner(tx -> tx.repository(ProjectResourceRepository.class)
                .ofProjectBetween(build.project().id(), Instant.parse("2026-07-09T00:00:00Z"), Instant.parse("2026-07-10T00:00:00Z")));
        List<ProjectResource> showDays = acme.asOwner(tx -> tx.repository(ProjectResourceRepository.class)
                .ofProjectBetween(build.project().id(), Instant.parse("2026-07-11T00:00:00Z"), Instant.parse("2026-07-18T00:00:00Z")));
        List<ProjectResource> forTheStage = acme.asOwner(tx -> tx.repository(ProjectResourceRepository.class)
                .ofTask(build.task("Build the main stage").id()));

        // then
        assertThat(firstWeek).extracting(ProjectResource::name).containsExactly("Genie S-65 boom lift");
        assertThat(rigDays).extracting(ProjectResource::name).containsExactly("Genie S-65 boom lift", "Rigging crew");
        assertThat(showDays).isEmpty();
        assertThat(forTheStage).extracting(ProjectResource::resourceType).containsExactly(ResourceType.ASSET);
    }

    @Test
    void theConfirmedBookingsOfAResourceShowItsAvailabilityAcrossProjects(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Availability Desk");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        ProjectResource lift = build.resources().get(0);

        // when
        List<ProjectResource> booked = acme.asOwner(tx -> tx.repository(ProjectResourceRepository.class).confirmedBookingsOf(
                ResourceType.ASSET, lift.resourceId().orElseThrow(), Instant.parse("2026-07-05T00:00:00Z"), Instant.parse("2026-07-06T00:00:00Z")));

        // then
        assertThat(booked).containsExactly(lift);
    }

    @Test
    void theCurrentBudgetIsTheLatestRevisionOfEachCategoryAndFlagsOverruns(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Budget Holders");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        ProjectBudget catering = build.budgets().stream().filter(b -> b.category() == BudgetCategory.CATERING).findFirst().orElseThrow();
        ProjectBudget revised = acme.asOwner(tx -> tx.repository(ProjectBudgetRepository.class).insert(ProjectBudget.builder()
                .from(catering).id(dev.atlvs.core.repository.Ids.newId()).version(0).revision(2).plannedAmount(new BigDecimal("14500.0000"))
                .build()));
        ProjectBudget equipment = build.budgets().get(0);
        acme.asOwner(tx -> tx.repository(ProjectBudgetRepository.class).update(ImmutableProjectBudget.copyOf(equipment)
                .withCommittedAmount(new BigDecimal("70000.0000")).withActualAmount(new BigDecimal("16000.0000"))));

        // when
        List<ProjectBudget> current = acme.asOwner(tx -> tx.repository(ProjectBudgetRepository.class).currentOf(build.project().id()));
        List<ProjectBudget> over = acme.asOwner(tx -> tx.repository(ProjectBudgetRepository.class).overBudget(build.project().id()));

        // then
        assertThat(current).extracting(ProjectBudget::category, ProjectBudget::revision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BudgetCategory.CATERING, 2), org.assertj.core.groups.Tuple.tuple(BudgetCategory.EQUIPMENT, 1),
                org.assertj.core.groups.Tuple.tuple(BudgetCategory.PERSONNEL, 1));
        assertThat(current).contains(revised);
        assertThat(over).extracting(ProjectBudget::category).containsExactly(BudgetCategory.EQUIPMENT);
        assertThat(over.get(0).isOverBudget()).isTrue();
        assertThat(equipment.plannedWithContingency()).isEqualByComparingTo("93500");
    }

    @Test
    void projectsAreFoundByJobNumberIgnoringCaseAndByStatus(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Job Desk");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        Project gala = ProjectFixtures.project(acme, "Riverside Corporate Gala");
        acme.asOwner(tx -> new ProjectService(tx).changeStatus(gala.id(), ProjectStatus.ACTIVE));

        // when / then
        Optional<Project> byCode = acme.asOwner(tx -> tx.repository(ProjectRepository.class).findByCode(build.project().code().toLowerCase()));
        List<Project> active = acme.asOwner(tx -> tx.repository(ProjectRepository.class).withStatus(ProjectStatus.ACTIVE));
        List<Project> managed = acme.asOwner(tx -> tx.repository(ProjectRepository.class).managedBy(acme.owner().id()));
        assertThat(byCode).contains(build.project());
        assertThat(active).extracting(Project::id).containsExactly(gala.id());
        assertThat(managed).extracting(Project::id).containsExactly(build.project().id());
    }

    @Test
    void aTeamListsItsManagersFirst(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Team Sheets");
        User rigger = acme.addMember(MemberRole.CONTRIBUTOR);
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        ProjectMember crew = acme.asOwner(tx -> tx.repository(ProjectMemberRepository.class).insert(ProjectMember.builder()
                .organizationId(acme.id()).projectId(build.project().id()).userId(rigger.id()).function("Head Rigger").build()));

        // when
        List<ProjectMember> team = acme.asOwner(tx -> tx.repository(ProjectMemberRepository.class).ofProject(build.project().id()));

        // then
        assertThat(team).extracting(ProjectMember::role).containsExactly(ProjectRole.MANAGER, ProjectRole.MEMBER);
        assertThat(team).containsExactly(build.manager(), crew);
        Optional<ProjectMember> seat = acme.asOwner(tx -> tx.repository(ProjectMemberRepository.class).findByUser(build.project().id(), rigger.id()));
        assertThat(seat).contains(crew);
    }

    @Test
    void timelinesAreListedInDisplayOrder(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Gantt Makers");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);

        // when
        List<Timeline> timelines = acme.asOwner(tx -> tx.repository(TimelineRepository.class).ofProject(build.project().id()));

        // then
        assertThat(timelines).extracting(Timeline::name).containsExactly("Load-in", "Show days", "Load-out");
    }

    private static void start(OrganizationFixture organization, Task task) {
        organization.asOwner(tx -> new TaskService(tx).changeStatus(task.id(), TaskStatus.IN_PROGRESS));
    }

    private static void assign(OrganizationFixture organization, Task task, User user) {
        organization.asOwner(tx -> {
            TaskRepository tasks = tx.repository(TaskRepository.class);
            return tasks.update(ImmutableTask.copyOf(tasks.get(task.id())).withAssigneeUserId(user.id()));
        });
    }
}
