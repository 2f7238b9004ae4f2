package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.repository.Entity;
import dev.atlvs.core.repository.Repository;
import dev.atlvs.core.user.User;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyRepository;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.milestone.MilestoneType;
import dev.atlvs.projects.project.Priority;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.projects.project.ProjectType;
import dev.atlvs.projects.project.Visibility;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.resource.ResourceType;
import dev.atlvs.projects.resource.ResourceUnit;
import dev.atlvs.projects.schedule.DependencyType;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.projects.team.ProjectMember;
import dev.atlvs.projects.team.ProjectMemberRepository;
import dev.atlvs.projects.team.ProjectRole;
import dev.atlvs.projects.timeline.Timeline;
import dev.atlvs.projects.timeline.TimelineKind;
import dev.atlvs.projects.timeline.TimelineRepository;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every projects aggregate is stored with every field and read back exactly as stored, and its insert
 * writes one audit row naming the acting user.
 */
@AtlvsTest
class ProjectRoundTripTest {

    @Test
    void aProjectComesBackWithEveryField(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Round Trip Projects");
        Location field = acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(acme.id()).name("Harbour Field").type(LocationType.SITE).city("Hamburg").country("DE").build()));
        Project project = Project.builder().organizationId(acme.id()).code("NLF-2026").name("Northern Lights Festival")
                .description("Three stages on the harbour field").type(ProjectType.FESTIVAL).status(ProjectStatus.ACTIVE)
                .priority(Priority.HIGH).managerUserId(acme.owner().id()).locationId(field.id()).clientCompanyId(UUID.randomUUID())
                .startDate(LocalDate.of(2026, 7, 1)).endDate(LocalDate.of(2026, 7, 21))
                .actualStartDate(LocalDate.of(2026, 7, 2)).currency("EUR").budgetAmount(new BigDecimal("161000.0000"))
                .progressPct(new BigDecimal("12.50")).visibility(Visibility.ORGANIZATION).metadata("{\"season\": \"summer\"}").build();

        // when / then
        roundTrip(acme, ProjectRepository.class, project, Project.TABLE);
    }

    @Test
    void aTeamSeatComesBackWithEveryField(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Round Trip Teams");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Project project = ProjectFixtures.project(acme);
        ProjectFixtures.manager(acme, project);
        ProjectMember seat = ProjectMember.builder().organizationId(acme.id()).projectId(project.id()).userId(crew.id())
                .role(ProjectRole.MEMBER).function("Head Rigger").allocationPct(new BigDecimal("50.00"))
                .startDate(LocalDate.of(2026, 9, 1)).endDate(LocalDate.of(2026, 9, 5))
                .billRate(new BigDecimal("95.0000")).costRate(new BigDecimal("60.0000")).currency("EUR").build();

        roundTrip(acme, ProjectMemberRepository.class, seat, ProjectMember.TABLE);
    }

    @Test
    void crewWithoutALoginTakeASeatByPerson(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Round Trip Crew");
        Project project = ProjectFixtures.project(acme);
        ProjectFixtures.manager(acme, project);
        ProjectMember seat = ProjectMember.builder().organizationId(acme.id()).projectId(project.id()).personId(UUID.randomUUID())
                .function("Stagehand").build();

        roundTrip(acme, ProjectMemberRepository.class, seat, ProjectMember.TABLE);
    }

    @Test
    void aTaskComesBackWithEveryField(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Round Trip Tasks");
        Project project = ProjectFixtures.project(acme);
        Milestone loadIn = ProjectFixtures.milestone(acme, project, "Load-in complete", LocalDate.of(2026, 9, 10));
        Task parent = ProjectFixtures.task(acme, project, "Build the main stage");
        Task task = Task.builder().organizationId(acme.id()).projectId(project.id()).parentTaskId(parent.id()).milestoneId(loadIn.id())
                .title("Order the stage deck").description("40 Litedeck panels, 2 m x 1 m").status(TaskStatus.DONE)
                .priority(Priority.CRITICAL).assigneeUserId(acme.owner().id()).reporterUserId(acme.owner().id())
                .estimatedHours(new BigDecimal("2.50")).actualHours(new BigDecimal("3.00"))
                .startDate(LocalDate.of(2026, 8, 1)).dueDate(LocalDate.of(2026, 8, 15))
                .completedAt(Instant.parse("2026-08-14T16:30:00Z")).position(3).build();

        roundTrip(acme, TaskRepository.class, task, Task.TABLE);
    }

    @Test
    void aMilestoneComesBackWithEveryField(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Round Trip Milestones");
        Project project = ProjectFixtures.project(acme);
        Milestone milestone = Milestone.builder().organizationId(acme.id()).projectId(project.id()).title("Settlement")
                .description("Final settlement with the promoter").type(MilestoneType.CLOSURE).dueDate(LocalDate.of(2026, 9, 30))
                .completedAt(Instant.parse("2026-09-29T12:00:00Z")).isPaymentMilestone(true).amount(new BigDecimal("120000.0000"))
                .currency("EUR").progressPct(new BigDecimal("100.00")).build();

        roundTrip(acme, MilestoneRepository.class, milestone, Milestone.TABLE);
    }

    @Test
    void aDependencyComesBackWithEveryField(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Round Trip Dependencies");
        Project project = ProjectFixtures.project(acme);
        Task rig = ProjectFixtures.task(acme, project, "Rig lighting and sound");
        Task check = ProjectFixtures.task(acme, project, "Sound check");
        Dependency dependency = Dependency.builder().organizationId(acme.id()).projectId(project.id()).predecessorId(rig.id())
                .successorId(check.id()).type(DependencyType.SS).lagDays(-1).build();

        roundTrip(acme, DependencyRepository.class, dependency, Dependency.TABLE);
    }

    @Test
    void aResourceBookingComesBackWithEveryField(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Round Trip Resources");
        Project project = ProjectFixtures.project(acme);
        Task stage = ProjectFixtures.task(acme, project, "Build the main stage");
        ProjectResource booking = ProjectResource.builder().organizationId(acme.id()).projectId(project.id()).taskId(stage.id())
                .resourceType(ResourceType.ASSET).resourceId(UUID.randomUUID()).name("Genie S-65 boom lift")
                .quantity(new BigDecimal("2.00")).unit(ResourceUnit.DAY)
                .startAt(Instant.parse("2026-09-01T06:00:00Z")).endAt(Instant.parse("2026-09-03T22:00:00Z"))
                .allocationPct(new BigDecimal("50.00")).plannedCost(new BigDecimal("840.0000")).currency("EUR")
                .status(ResourceStatus.CONFIRMED).build();

        roundTrip(acme, ProjectResourceRepository.class, booking, ProjectResource.TABLE);
    }

    @Test
    void aBaselineComesBackWithItsSnapshot(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Round Trip Timelines");
        Project project = ProjectFixtures.project(acme);
        Timeline loadIn = ProjectFixtures.loadInPhase(acme, project);
        Timeline baseline = Timeline.builder().organizationId(acme.id()).projectId(project.id()).name("Baseline 1")
                .kind(TimelineKind.BASELINE).startsAt(loadIn.startsAt()).endsAt(loadIn.endsAt()).baselineOf(loadIn.id())
                .snapshot("{\"tasks\": [{\"due\": \"2026-09-03\", \"title\": \"Build the main stage\"}]}").color("#808080").sortOrder(9)
                .build();

        roundTrip(acme, TimelineRepository.class, baseline, Timeline.TABLE);
    }

    @Test
    void aBudgetLineComesBackWithEveryField(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Round Trip Budgets");
        Project project = ProjectFixtures.project(acme);
        ProjectBudget line = ProjectBudget.builder().organizationId(acme.id()).projectId(project.id()).category(BudgetCategory.TRAVEL)
                .description("Crew flights and hotels").plannedAmount(new BigDecimal("18500.0000"))
                .committedAmount(new BigDecimal("9200.0000")).actualAmount(new BigDecimal("4100.0000")).currency("EUR")
                .contingencyPct(new BigDecimal("7.50")).revision(2).build();

        roundTrip(acme, ProjectBudgetRepository.class, line, ProjectBudget.TABLE);
    }

    /**
     * Inserts {@code value}, then checks: the stored record equals the value apart from the stamps the database
     * sets; reading it back gives the stored record; and the insert wrote one audit row by the owner.
     */
    private static <T extends Entity, R extends Repository<T>> void roundTrip(OrganizationFixture organization, Class<R> repository, T value,
            dev.atlvs.core.repository.Table<T, ?> table) {
        // when
        T stored = organization.asOwner(tx -> tx.repository(repository).insert(value));
        T read = organization.asOwner(tx -> tx.repository(repository).get(value.id()));

        // then
        assertThat(stored).usingRecursiveComparison()
                .ignoringFields("version", "createdAt", "createdBy", "updatedAt", "updatedBy")
                .isEqualTo(value);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.createdBy()).contains(organization.owner().id());
        assertThat(read).isEqualTo(stored);
        List<AuditEntry> history = organization.asOwner(tx -> new AuditTrail(tx).history(table, value.id()));
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
            assertThat(entry.actorId()).contains(organization.owner().id());
        });
    }
}
