package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Projects move through L-PLAN only by its transitions; activation and completion record the actual
 * dates by the SDK's clock; completion waits for the work unless forced with an audited reason; a
 * completed project is reopened by an administrator only; job numbers are unique among live projects.
 */
@AtlvsTest
class ProjectServiceTest {
    private static final Instant LOAD_IN = Instant.parse("2026-07-01T07:00:00Z");
    private static final Instant SETTLEMENT = Instant.parse("2026-08-03T15:00:00Z");

    @Test
    void aPlannedProjectCannotBeCompletedStraightAway(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Shortcut Productions");
        Project project = ProjectFixtures.project(acme);

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.COMPLETED)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProjectsErrorCode.PROJECT_TRANSITION_INVALID);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("projects_status_transition");
                });
    }

    @Test
    void activatingAProjectRecordsItsActualStartDate(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Punctual Productions");
        Project project = ProjectFixtures.project(acme);

        // when
        Project active = at(database, LOAD_IN).inTenant(acme.id(), acme.owner().id(),
                tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.ACTIVE));

        // then
        assertThat(active.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(active.actualStartDate()).contains(LocalDate.of(2026, 7, 1));
        assertThat(active.actualEndDate()).isEmpty();
    }

    @Test
    void aProjectWithOpenWorkIsNotCompleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Unfinished Business");
        Project project = ProjectFixtures.project(acme);
        ProjectFixtures.task(acme, project, "Return the radios");
        acme.asOwner(tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.ACTIVE));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.COMPLETED)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.RULE_VIOLATED);
                    assertThat(e.field()).contains("status");
                    assertThat(e.getMessage()).contains("1 task(s)");
                });
    }

    @Test
    void aForcedCompletionRecordsItsReasonInTheAuditTrail(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Forceful Productions");
        Project project = ProjectFixtures.project(acme);
        ProjectFixtures.task(acme, project, "Return the radios");
        at(database, LOAD_IN).inTenant(acme.id(), acme.owner().id(), tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.ACTIVE));

        // when
        Project completed = at(database, SETTLEMENT).inTenant(acme.id(), acme.owner().id(),
                tx -> new ProjectService(tx).forceComplete(project.id(), "Radios written off by the rental house"));

        // then
        assertThat(completed.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(completed.actualEndDate()).contains(LocalDate.of(2026, 8, 3));
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Project.TABLE, project.id()));
        assertThat(history.get(history.size() - 1).reason()).contains("Radios written off by the rental house");
    }

    @Test
    void onlyAnAdministratorReopensACompletedProject(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Second Chances");
        User manager = acme.addMember(MemberRole.MANAGER);
        Project project = ProjectFixtures.project(acme);
        acme.asOwner(tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.ACTIVE));
        acme.asOwner(tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.COMPLETED));

        // when / then
        assertThatThrownBy(() -> acme.as(manager, tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.ACTIVE)))
                .isInstanceOf(AccessDeniedException.class);
        Project reopened = acme.asOwner(tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.ACTIVE));
        assertThat(reopened.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(reopened.actualEndDate()).isEmpty();
    }

    @Test
    void anArchivedProjectStaysArchived(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Cold Storage");
        Project project = ProjectFixtures.project(acme);
        acme.asOwner(tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.CANCELLED));
        acme.asOwner(tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.ARCHIVED));

        // when / then
        for (ProjectStatus target : ProjectStatus.values()) {
            assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectService(tx).changeStatus(project.id(), target)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ProjectsErrorCode.PROJECT_TRANSITION_INVALID));
        }
    }

    @Test
    void aSecondLiveProjectWithTheSameJobNumberIsADuplicateOnCode(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Twin Codes");
        acme.asOwner(tx -> new ProjectService(tx).create(ProjectFixtures.projectBuilder(acme, "Harbour Festival").code("HF-2026").build()));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectService(tx).create(
                        ProjectFixtures.projectBuilder(acme, "Harbour Festival (copy)").code("hf-2026").build())))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("code"));
    }

    @Test
    void aViewerCannotCreateProjects(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Read Only Productions");
        User viewer = acme.addMember(MemberRole.VIEWER);
        assertThatThrownBy(() -> acme.as(viewer, tx -> new ProjectService(tx).create(ProjectFixtures.projectBuilder(acme, "Shadow Gala").build())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Atlvs at(TestDatabase database, Instant now) {
        return Atlvs.builder(database.appDataSource()).contextKey(database.contextKey()).clock(Clock.fixed(now, ZoneOffset.UTC)).strict(true).build();
    }
}
