package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.resource.ImmutableProjectResource;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskService;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.projects.timeline.Timeline;
import dev.atlvs.projects.timeline.TimelineKind;
import dev.atlvs.projects.timeline.TimelineRepository;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An optional reference of the projects module loses its target when the target is deleted for good: the
 * column becomes null and the row stays, whatever code deletes (here plain SQL), one test per foreign key. The
 * keys have no ON DELETE SET NULL action (Citus refuses it on keys that hold organization_id); the trigger that
 * core's {@code atlvs.null_on_delete} installs on the referenced table does it.
 */
@AtlvsTest
class OptionalReferenceTest {

    @Test
    void deletingTheMembershipOfAProjectsManagerLeavesTheProjectWithoutManager(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Managerless Events");
        User manager = acme.addMember(MemberRole.MANAGER);
        Project project = acme.asOwner(tx -> new ProjectService(tx).create(
                ProjectFixtures.projectBuilder(acme, "Harbour Stage").managerUserId(manager.id()).build()));

        deleteMembership(acme, manager);

        assertThat(column(acme, "projects", "manager_user_id", project.id())).isNull();
    }

    @Test
    void deletingALocationLeavesTheProjectsAtItWithoutLocation(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Homeless Events");
        Location venue = acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(acme.id()).name("Harbour Field").type(LocationType.SITE).build()));
        Project project = acme.asOwner(tx -> new ProjectService(tx).create(
                ProjectFixtures.projectBuilder(acme, "Harbour Stage").locationId(venue.id()).build()));

        RawSql.execute(acme, "delete from atlvs.locations where organization_id = :organizationId and id = :id",
                Map.of("organizationId", acme.id(), "id", venue.id()));

        assertThat(column(acme, "projects", "location_id", project.id())).isNull();
        assertThat(column(acme, "projects", "name", project.id())).isEqualTo("Harbour Stage");
    }

    @Test
    void deletingAMilestoneLeavesItsTasksWithoutMilestone(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Milestoneless Events");
        Project project = ProjectFixtures.project(acme);
        Milestone showDay = ProjectFixtures.milestone(acme, project, "Show day", LocalDate.of(2026, 9, 20));
        Task task = acme.asOwner(tx -> new TaskService(tx).create(
                ProjectFixtures.taskBuilder(project, "Rig the truss").milestoneId(showDay.id()).build()));

        RawSql.execute(acme, "delete from atlvs.project_milestones where organization_id = :organizationId and id = :id",
                Map.of("organizationId", acme.id(), "id", showDay.id()));

        assertThat(column(acme, "project_tasks", "milestone_id", task.id())).isNull();
    }

    @Test
    void deletingTheMembershipOfAnAssigneeLeavesTheirTasksUnassigned(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Unassigned Events");
        User rigger = acme.addMember(MemberRole.CONTRIBUTOR);
        Project project = ProjectFixtures.project(acme);
        Task task = acme.asOwner(tx -> new TaskService(tx).create(
                ProjectFixtures.taskBuilder(project, "Rig the truss").assigneeUserId(rigger.id()).build()));

        deleteMembership(acme, rigger);

        assertThat(column(acme, "project_tasks", "assignee_user_id", task.id())).isNull();
    }

    @Test
    void deletingTheMembershipOfAReporterLeavesTheirTasksWithoutReporter(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Unreported Events");
        User reporter = acme.addMember(MemberRole.CONTRIBUTOR);
        Project project = ProjectFixtures.project(acme);
        Task task = acme.asOwner(tx -> new TaskService(tx).create(
                ProjectFixtures.taskBuilder(project, "Check the power").reporterUserId(reporter.id()).build()));

        deleteMembership(acme, reporter);

        assertThat(column(acme, "project_tasks", "reporter_user_id", task.id())).isNull();
    }

    @Test
    void deletingATaskLeavesTheResourcesBookedForItOnTheProjectAlone(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Taskless Events");
        Project project = ProjectFixtures.project(acme);
        Task task = ProjectFixtures.task(acme, project, "Rig the truss");
        ProjectResource booked = ProjectFixtures.riggingCrew(acme, project);
        ProjectResource crew = acme.asOwner(tx -> tx.repository(ProjectResourceRepository.class)
                .update(ImmutableProjectResource.copyOf(booked).withTaskId(task.id())));

        RawSql.execute(acme, "delete from atlvs.project_tasks where organization_id = :organizationId and id = :id",
                Map.of("organizationId", acme.id(), "id", task.id()));

        assertThat(column(acme, "project_resources", "task_id", crew.id())).isNull();
        assertThat(column(acme, "project_resources", "name", crew.id())).isEqualTo("Rigging crew");
    }

    @Test
    void deletingATimelineLeavesTheBaselinesCapturedOfItWithoutOrigin(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Originless Events");
        Project project = ProjectFixtures.project(acme);
        Timeline loadIn = ProjectFixtures.loadInPhase(acme, project);
        Timeline baseline = acme.asOwner(tx -> tx.repository(TimelineRepository.class).insert(Timeline.builder()
                .organizationId(acme.id()).projectId(project.id()).name("Baseline 1").kind(TimelineKind.BASELINE)
                .baselineOf(loadIn.id()).startsAt(Instant.parse("2026-09-01T06:00:00Z")).endsAt(Instant.parse("2026-09-03T22:00:00Z"))
                .snapshot("{\"tasks\": []}").build()));

        RawSql.execute(acme, "delete from atlvs.project_timelines where organization_id = :organizationId and id = :id",
                Map.of("organizationId", acme.id(), "id", loadIn.id()));

        assertThat(column(acme, "project_timelines", "baseline_of", baseline.id())).isNull();
        assertThat(column(acme, "project_timelines", "kind", baseline.id())).isEqualTo("baseline");
    }

    @Test
    void deletingATimelineTogetherWithItsBaselinesInOneStatementDeletesThemAll(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Clean Slate Events");
        Project project = ProjectFixtures.project(acme);
        Timeline loadIn = ProjectFixtures.loadInPhase(acme, project);
        acme.asOwner(tx -> tx.repository(TimelineRepository.class).insert(Timeline.builder()
                .organizationId(acme.id()).projectId(project.id()).name("Baseline 1").kind(TimelineKind.BASELINE)
                .baselineOf(loadIn.id()).startsAt(Instant.parse("2026-09-01T06:00:00Z")).endsAt(Instant.parse("2026-09-03T22:00:00Z"))
                .snapshot("{\"tasks\": []}").build()));

        int deleted = RawSql.execute(acme, "delete from atlvs.project_timelines where organization_id = :organizationId and project_id = :id",
                Map.of("organizationId", acme.id(), "id", project.id()));

        assertThat(deleted).isEqualTo(2);
    }

    private static void deleteMembership(OrganizationFixture acme, User member) {
        RawSql.execute(acme, "delete from atlvs.organization_members where organization_id = :organizationId and user_id = :userId",
                Map.of("organizationId", acme.id(), "userId", member.id()));
    }

    /** The value of {@code column} of the row {@code id} of {@code table}, as text (null when null). */
    private static String column(OrganizationFixture acme, String table, String column, UUID id) {
        return acme.asOwner(tx -> tx.handle()
                .createQuery("select " + column + "::text from atlvs." + table + " where organization_id = :organizationId and id = :id")
                .bind("organizationId", acme.id())
                .bind("id", id)
                .mapTo(String.class)
                .one());
    }
}
