package dev.atlvs.projects.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyService;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.milestone.MilestoneType;
import dev.atlvs.projects.project.Priority;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectType;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.resource.ResourceType;
import dev.atlvs.projects.resource.ResourceUnit;
import dev.atlvs.projects.schedule.DependencyType;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskService;
import dev.atlvs.projects.team.ProjectMember;
import dev.atlvs.projects.team.ProjectMemberRepository;
import dev.atlvs.projects.team.ProjectRole;
import dev.atlvs.projects.timeline.Timeline;
import dev.atlvs.projects.timeline.TimelineRepository;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic projects data, written through the SDK's repositories and services as the organization's
 * owner. Job numbers carry a counter, so they never collide.
 *
 * <pre>{@code
 * OrganizationFixture acme = fixtures.organization("Acme Live");
 * ProjectFixtures.FestivalBuild build = ProjectFixtures.festivalBuild(acme);
 * Task stage = build.task("Build the main stage");
 * Project gala = ProjectFixtures.project(acme, "Riverside Corporate Gala");
 * Task catering = ProjectFixtures.task(acme, gala, "Confirm the catering count");
 * }</pre>
 */
public final class ProjectFixtures {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private ProjectFixtures() {}

    /**
     * A festival build, stored in one transaction: the project "Northern Lights Festival" (July 2026, EUR) managed by
     * the owner, with its owner on the team as manager, eight tasks (one a sub-task) in a finish-to-start chain of
     * six dependencies, four milestones (the last a payment milestone), a confirmed boom lift and a tentative
     * rigging crew, three phases (load-in, show days, load-out) and three budget lines.
     *
     * @param project the project
     * @param manager the owner's seat on the team
     * @param tasks the tasks in board order
     * @param milestones the milestones by due date
     * @param dependencies the dependencies
     * @param resources the resource bookings by start
     * @param timelines the phases in order
     * @param budgets the budget lines
     */
    public record FestivalBuild(Project project, ProjectMember manager, List<Task> tasks, List<Milestone> milestones,
            List<Dependency> dependencies, List<ProjectResource> resources, List<Timeline> timelines, List<ProjectBudget> budgets) {

        public FestivalBuild {
            requireNonNull(project, "project is null");
            requireNonNull(manager, "manager is null");
            tasks = List.copyOf(tasks);
            milestones = List.copyOf(milestones);
            dependencies = List.copyOf(dependencies);
            resources = List.copyOf(resources);
            timelines = List.copyOf(timelines);
            budgets = List.copyOf(budgets);
        }

        /** The task titled {@code title}. */
        public Task task(String title) {
            return tasks.stream().filter(t -> t.title().equals(title)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no task titled " + title));
        }

        /** The milestone titled {@code title}. */
        public Milestone milestone(String title) {
            return milestones.stream().filter(m -> m.title().equals(title)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no milestone titled " + title));
        }
    }

    /** A new job number such as {@code PRJ-00042}. */
    public static String nextCode(String prefix) {
        return prefix + "-" + String.format("%05d", SEQUENCE.incrementAndGet());
    }

    /** A builder of a planned client project called {@code name} with a new job number, not stored. */
    public static dev.atlvs.projects.project.ImmutableProject.Builder projectBuilder(FixtureOrganization organization, String name) {
        return Project.builder()
                .organizationId(organization.id())
                .code(nextCode("PRJ"))
                .name(name)
                .type(ProjectType.CLIENT)
                .startDate(LocalDate.of(2026, 9, 1))
                .endDate(LocalDate.of(2026, 9, 30))
                .currency("EUR");
    }

    /** A stored planned client project called {@code name}. */
    public static Project project(FixtureOrganization organization, String name) {
        Project project = projectBuilder(organization, name).build();
        return organization.asOwner(tx -> new ProjectService(tx).create(project));
    }

    /** A stored planned client project with a realistic name. */
    public static Project project(FixtureOrganization organization) {
        return project(organization, "Riverside Corporate Gala");
    }

    /** A builder of a to-do task of {@code project} titled {@code title}, not stored. */
    public static dev.atlvs.projects.task.ImmutableTask.Builder taskBuilder(Project project, String title) {
        return Task.builder().organizationId(project.organizationId()).projectId(project.id()).title(title);
    }

    /** A stored to-do task of {@code project} titled {@code title}. */
    public static Task task(FixtureOrganization organization, Project project, String title) {
        Task task = taskBuilder(project, title).build();
        return organization.asOwner(tx -> new TaskService(tx).create(task));
    }

    /** A stored milestone of {@code project} due on {@code dueDate}. */
    public static Milestone milestone(FixtureOrganization organization, Project project, String title, LocalDate dueDate) {
        return organization.asOwner(tx -> tx.repository(MilestoneRepository.class).insert(Milestone.builder()
                .organizationId(project.organizationId()).projectId(project.id()).title(title).dueDate(dueDate).build()));
    }

    /** A stored finish-to-start dependency: {@code successor} waits for {@code predecessor}. */
    public static Dependency dependency(FixtureOrganization organization, Task predecessor, Task successor) {
        return organization.asOwner(tx -> new DependencyService(tx).link(Dependency.builder()
                .organizationId(predecessor.organizationId()).projectId(predecessor.projectId())
                .predecessorId(predecessor.id()).successorId(successor.id()).build()));
    }

    /** The organization's owner, stored on the team of {@code project} as its manager. */
    public static ProjectMember manager(FixtureOrganization organization, Project project) {
        return organization.asOwner(tx -> tx.repository(ProjectMemberRepository.class).insert(ProjectMember.builder()
                .organizationId(project.organizationId()).projectId(project.id()).userId(organization.owner().id())
                .role(ProjectRole.MANAGER).function("Production Manager").build()));
    }

    /** A stored tentative booking of a rigging crew on {@code project}, for a day. */
    public static ProjectResource riggingCrew(FixtureOrganization organization, Project project) {
        return organization.asOwner(tx -> tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder()
                .organizationId(project.organizationId()).projectId(project.id()).resourceType(ResourceType.ROLE)
                .name("Rigging crew").quantity(new BigDecimal("6.00")).unit(ResourceUnit.DAY)
                .startAt(Instant.parse("2026-09-01T06:00:00Z")).endAt(Instant.parse("2026-09-01T22:00:00Z"))
                .plannedCost(new BigDecimal("2880.0000")).currency("EUR").build()));
    }

    /** A stored load-in phase of {@code project}. */
    public static Timeline loadInPhase(FixtureOrganization organization, Project project) {
        return organization.asOwner(tx -> tx.repository(TimelineRepository.class).insert(Timeline.builder()
                .organizationId(project.organizationId()).projectId(project.id()).name("Load-in")
                .startsAt(Instant.parse("2026-09-01T06:00:00Z")).endsAt(Instant.parse("2026-09-03T22:00:00Z"))
                .color("#1E90FF").build()));
    }

    /** A stored equipment budget line of {@code project}. */
    public static ProjectBudget equipmentBudget(FixtureOrganization organization, Project project) {
        return organization.asOwner(tx -> tx.repository(ProjectBudgetRepository.class).insert(ProjectBudget.builder()
                .organizationId(project.organizationId()).projectId(project.id()).category(BudgetCategory.EQUIPMENT)
                .description("Staging, PA and lighting hire").plannedAmount(new BigDecimal("85000.0000")).currency("EUR")
                .contingencyPct(new BigDecimal("10.00")).build()));
    }

    /** See {@link FestivalBuild}. */
    public static FestivalBuild festivalBuild(FixtureOrganization organization) {
        UUID owner = organization.owner().id();
        return organization.asOwner(tx -> {
            Project project = new ProjectService(tx).create(Project.builder()
                    .organizationId(organization.id()).code(nextCode("NLF")).name("Northern Lights Festival")
                    .description("Three-stage festival build on the harbour field, 18,000 capacity.")
                    .type(ProjectType.FESTIVAL).priority(Priority.HIGH).managerUserId(owner)
                    .startDate(LocalDate.of(2026, 7, 1)).endDate(LocalDate.of(2026, 7, 21))
                    .currency("EUR").budgetAmount(new BigDecimal("161000.0000")).build());
            ProjectMember manager = tx.repository(ProjectMemberRepository.class).insert(ProjectMember.builder()
                    .organizationId(organization.id()).projectId(project.id()).userId(owner).role(ProjectRole.MANAGER)
                    .function("Production Manager").allocationPct(new BigDecimal("80.00")).build());

            MilestoneRepository milestoneRepository = tx.repository(MilestoneRepository.class);
            List<Milestone> milestones = new ArrayList<>();
            for (Object[] m : new Object[][] {
                    {"Contract signed", MilestoneType.KICKOFF, LocalDate.of(2026, 5, 15)},
                    {"Load-in complete", MilestoneType.MILESTONE, LocalDate.of(2026, 7, 10)},
                    {"Show day", MilestoneType.DELIVERY, LocalDate.of(2026, 7, 18)}}) {
                milestones.add(milestoneRepository.insert(Milestone.builder().organizationId(organization.id()).projectId(project.id())
                        .title((String) m[0]).type((MilestoneType) m[1]).dueDate((LocalDate) m[2]).build()));
            }
            milestones.add(milestoneRepository.insert(Milestone.builder().organizationId(organization.id()).projectId(project.id())
                    .title("Settlement").type(MilestoneType.CLOSURE).dueDate(LocalDate.of(2026, 7, 31))
                    .isPaymentMilestone(true).amount(new BigDecimal("120000.0000")).currency("EUR").build()));
            Map<String, Milestone> milestone = Map.of("load-in", milestones.get(1), "show", milestones.get(2));

            TaskService taskService = new TaskService(tx);
            List<Task> tasks = new ArrayList<>();
            tasks.add(taskService.create(plannedTask(project, "Advance the venue", 0, null, LocalDate.of(2026, 5, 20), "12", owner).build()));
            tasks.add(taskService.create(plannedTask(project, "Submit the event permit", 1, null, LocalDate.of(2026, 6, 1), "6", owner).build()));
            tasks.add(taskService.create(plannedTask(project, "Book the generators", 2, null, LocalDate.of(2026, 6, 10), "4", null).build()));
            Task stage = taskService.create(plannedTask(project, "Build the main stage", 3, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 8), "120", null)
                    .milestoneId(milestone.get("load-in").id()).priority(Priority.HIGH).build());
            tasks.add(stage);
            tasks.add(taskService.create(plannedTask(project, "Rig lighting and sound", 4, LocalDate.of(2026, 7, 8), LocalDate.of(2026, 7, 10), "60", null)
                    .milestoneId(milestone.get("load-in").id()).build()));
            tasks.add(taskService.create(plannedTask(project, "Sound check", 5, LocalDate.of(2026, 7, 17), LocalDate.of(2026, 7, 17), "8", null)
                    .milestoneId(milestone.get("show").id()).build()));
            tasks.add(taskService.create(plannedTask(project, "Load-out", 6, LocalDate.of(2026, 7, 19), LocalDate.of(2026, 7, 21), "80", null).build()));
            tasks.add(taskService.create(plannedTask(project, "Order the stage deck", 7, null, LocalDate.of(2026, 6, 15), "2", owner)
                    .parentTaskId(stage.id()).build()));

            DependencyService dependencyService = new DependencyService(tx);
            List<Dependency> dependencies = new ArrayList<>();
            int[][] chain = {{0, 1, 0}, {1, 3, 0}, {2, 3, 0}, {3, 4, 0}, {4, 5, 1}, {5, 6, 0}};
            for (int[] edge : chain) {
                dependencies.add(dependencyService.link(Dependency.builder().organizationId(organization.id()).projectId(project.id())
                        .predecessorId(tasks.get(edge[0]).id()).successorId(tasks.get(edge[1]).id())
                        .type(DependencyType.FS).lagDays(edge[2]).build()));
            }

            ProjectResourceRepository resourceRepository = tx.repository(ProjectResourceRepository.class);
            List<ProjectResource> resources = List.of(
                    resourceRepository.insert(ProjectResource.builder().organizationId(organization.id()).projectId(project.id())
                            .taskId(stage.id()).resourceType(ResourceType.ASSET).resourceId(UUID.nameUUIDFromBytes(project.code().getBytes(StandardCharsets.UTF_8)))
                            .name("Genie S-65 boom lift").startAt(Instant.parse("2026-07-01T06:00:00Z")).endAt(Instant.parse("2026-07-10T22:00:00Z"))
                            .plannedCost(new BigDecimal("4200.0000")).currency("EUR").status(ResourceStatus.CONFIRMED).build()),
                    resourceRepository.insert(ProjectResource.builder().organizationId(organization.id()).projectId(project.id())
                            .resourceType(ResourceType.ROLE).name("Rigging crew").quantity(new BigDecimal("6.00")).unit(ResourceUnit.DAY)
                            .startAt(Instant.parse("2026-07-08T06:00:00Z")).endAt(Instant.parse("2026-07-10T22:00:00Z"))
                            .plannedCost(new BigDecimal("8640.0000")).currency("EUR").build()));

            TimelineRepository timelineRepository = tx.repository(TimelineRepository.class);
            List<Timeline> timelines = List.of(
                    timelineRepository.insert(phase(project, "Load-in", "2026-07-01T06:00:00Z", "2026-07-10T22:00:00Z", "#1E90FF", 0)),
                    timelineRepository.insert(phase(project, "Show days", "2026-07-11T10:00:00Z", "2026-07-18T23:59:00Z", "#D4AF37", 1)),
                    timelineRepository.insert(phase(project, "Load-out", "2026-07-19T06:00:00Z", "2026-07-21T22:00:00Z", "#8B0000", 2)));

            ProjectBudgetRepository budgetRepository = tx.repository(ProjectBudgetRepository.class);
            List<ProjectBudget> budgets = List.of(
                    budgetRepository.insert(budget(project, BudgetCategory.EQUIPMENT, "Staging, PA and lighting hire", "85000", "10")),
                    budgetRepository.insert(budget(project, BudgetCategory.CATERING, "Crew and artist catering", "12000", "5")),
                    budgetRepository.insert(budget(project, BudgetCategory.PERSONNEL, "Production crew", "64000", "0")));

            return new FestivalBuild(project, manager, tasks, milestones, dependencies, resources, timelines, budgets);
        });
    }

    private static dev.atlvs.projects.task.ImmutableTask.Builder plannedTask(Project project, String title, int position, LocalDate start,
            LocalDate due, String estimatedHours, UUID assignee) {
        return taskBuilder(project, title).position(position).startDate(Optional.ofNullable(start)).dueDate(due)
                .estimatedHours(new BigDecimal(estimatedHours)).assigneeUserId(Optional.ofNullable(assignee))
                .reporterUserId(project.managerUserId());
    }

    private static Timeline phase(Project project, String name, String startsAt, String endsAt, String color, int order) {
        return Timeline.builder().organizationId(project.organizationId()).projectId(project.id()).name(name)
                .startsAt(Instant.parse(startsAt)).endsAt(Instant.parse(endsAt)).color(color).sortOrder(order).build();
    }

    private static ProjectBudget budget(Project project, BudgetCategory category, String description, String planned, String contingency) {
        return ProjectBudget.builder().organizationId(project.organizationId()).projectId(project.id()).category(category)
                .description(description).plannedAmount(new BigDecimal(planned)).currency("EUR")
                .contingencyPct(new BigDecimal(contingency)).build();
    }

    /** A {@code project.created} event of a new project id, appended by the owner. */
    public static dev.atlvs.core.event.DomainEvent projectCreated(FixtureOrganization org) {
        return org.asOwner(tx -> new dev.atlvs.core.event.DomainEvents(tx).append("project", UUID.randomUUID(),
                dev.atlvs.projects.internal.ProjectsEventTypes.PROJECT_CREATED,
                Map.of("name", "Northern Lights Festival", "code", "NLF-26", "status", "planning")));
    }
}
