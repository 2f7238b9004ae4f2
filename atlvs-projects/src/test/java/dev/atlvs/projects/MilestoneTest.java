package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneService;
import dev.atlvs.projects.milestone.MilestoneStatus;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskService;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.projects.testing.ProjectFixtures.FestivalBuild;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A milestone's status is derived, never stored: completed once completed, overdue once its due date has
 * passed, pending otherwise. It is completed once the tasks counting towards it are done, or forced with
 * an audited reason.
 */
@AtlvsTest
class MilestoneTest {
    private static final Milestone SHOW_DAY = Milestone.builder().organizationId(Ids.newId()).projectId(Ids.newId()).title("Show day")
            .dueDate(LocalDate.of(2026, 7, 18)).build();

    @Test
    void aMilestoneIsPendingUpToAndIncludingItsDueDate() {
        assertThat(SHOW_DAY.status(LocalDate.of(2026, 7, 1))).isEqualTo(MilestoneStatus.PENDING);
        assertThat(SHOW_DAY.status(LocalDate.of(2026, 7, 18))).isEqualTo(MilestoneStatus.PENDING);
    }

    @Test
    void aMilestoneIsOverdueTheDayAfterItsDueDate() {
        assertThat(SHOW_DAY.status(LocalDate.of(2026, 7, 19))).isEqualTo(MilestoneStatus.OVERDUE);
    }

    @Test
    void aCompletedMilestoneIsCompletedWhateverTheDate() {
        Milestone reached = dev.atlvs.projects.milestone.ImmutableMilestone.copyOf(SHOW_DAY).withCompletedAt(Instant.parse("2026-07-20T23:00:00Z"));
        assertThat(reached.status(LocalDate.of(2026, 7, 1))).isEqualTo(MilestoneStatus.COMPLETED);
        assertThat(reached.status(LocalDate.of(2026, 12, 1))).isEqualTo(MilestoneStatus.COMPLETED);
    }

    @Test
    void theStatusByAClockIsTheStatusOnTheClocksDateInItsZone() {
        // 23:30 on the due date in UTC is already the next day in Berlin
        Clock lateEvening = Clock.fixed(Instant.parse("2026-07-18T23:30:00Z"), ZoneId.of("Europe/Berlin"));
        assertThat(SHOW_DAY.status(lateEvening)).isEqualTo(MilestoneStatus.OVERDUE);
    }

    @Test
    void aMilestoneWithOpenTasksIsNotCompleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Premature Celebrations");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new MilestoneService(tx).complete(build.milestone("Load-in complete").id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.RULE_VIOLATED);
                    assertThat(e.getMessage()).contains("2 task(s)");
                });
    }

    @Test
    void aMilestoneIsCompletedOnceItsTasksAreDone(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Timely Celebrations");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        Task check = build.task("Sound check");
        acme.asOwner(tx -> new TaskService(tx).changeStatusOverridingDependencies(check.id(), TaskStatus.IN_PROGRESS, "Rig signed off early"));
        acme.asOwner(tx -> new TaskService(tx).changeStatus(check.id(), TaskStatus.DONE));

        // when
        Milestone completed = acme.asOwner(tx -> new MilestoneService(tx).complete(build.milestone("Show day").id()));

        // then
        assertThat(completed.completedAt()).isPresent();
        assertThat(completed.status(LocalDate.of(2026, 12, 31))).isEqualTo(MilestoneStatus.COMPLETED);
    }

    @Test
    void aForcedCompletionRecordsItsReason(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Forced Celebrations");
        FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        Milestone loadIn = build.milestone("Load-in complete");

        // when
        acme.asOwner(tx -> new MilestoneService(tx).forceComplete(loadIn.id(), "Promoter accepted the stage with snags"));

        // then
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Milestone.TABLE, loadIn.id()));
        assertThat(history.get(history.size() - 1).reason()).contains("Promoter accepted the stage with snags");
    }
}
