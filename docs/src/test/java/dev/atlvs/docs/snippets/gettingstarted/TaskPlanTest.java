package dev.atlvs.docs.snippets.gettingstarted;

// tag::gs-testing[]
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskService;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

@AtlvsTest   // a migrated database of this class's own, connected as a role row-level security applies to
class TaskPlanTest {

    @Test
    void aTaskStartsOnlyOnceItsPredecessorIsDone(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Acme Live");   // an organization and its owner
        User lead = acme.addMember(MemberRole.ADMIN);
        Project build = ProjectFixtures.project(acme, "Harbour stage build");
        Task survey = ProjectFixtures.task(acme, build, "Site survey");
        Task fencing = ProjectFixtures.task(acme, build, "Perimeter fencing");
        ProjectFixtures.dependency(acme, survey, fencing);               // finish-to-start

        // when
        ConflictException refused = catchThrowableOfType(ConflictException.class,
                () -> acme.as(lead, tx -> new TaskService(tx).changeStatus(fencing.id(), TaskStatus.IN_PROGRESS)));

        // then
        assertThat(refused.code()).isEqualTo(CoreErrorCode.RULE_VIOLATED);
        assertThat(refused.field()).contains("status");
    }
}
// end::gs-testing[]
