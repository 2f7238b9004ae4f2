package dev.atlvs.docs.snippets.readme;

// tag::readme-fixtures[]
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.projects.schedule.ProjectScheduler;
import dev.atlvs.projects.schedule.Schedule;
import dev.atlvs.projects.schedule.WorkingCalendar;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

@AtlvsTest
class FestivalPlanTest {
    @Test
    void theLoadOutIsCriticalAndFinishesTheBuild(Fixtures fixtures) {
        // given: an organization with its owner, and a festival build of tasks, milestones and dependencies
        OrganizationFixture acme = fixtures.organization("Acme Live");
        ProjectFixtures.FestivalBuild build = ProjectFixtures.festivalBuild(acme);
        Task loadOut = build.tasks().stream().filter(task -> task.title().equals("Load-out")).findFirst().orElseThrow();

        // when
        Schedule plan = acme.asOwner(tx -> new ProjectScheduler(tx).schedule(build.project().id(), WorkingCalendar.builder().build()));

        // then
        assertThat(plan.criticalPath()).contains(loadOut.id());
        assertThat(plan.task(loadOut.id()).earlyFinish()).isEqualTo(plan.projectFinish());
    }
}
// end::readme-fixtures[]
