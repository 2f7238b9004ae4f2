package dev.atlvs.pipeline.workforce.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.people.person.Erasure;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.pipeline.testing.OnboardingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@AtlvsTest
class OnboardingErasureTest {

    @Test
    void erasingAPersonDeletesTheirOnboardingWorkflowsAndTasksAndLeavesTheOthers(Fixtures fixtures) {
        // given: Ana's and Ben's checklists on one festival
        OrganizationFixture acme = fixtures.organization("Onboarding Erasure");
        OnboardingFixtures.RiggingCrew crew = OnboardingFixtures.riggingCrew(acme);

        // when
        Erasure erasure = acme.asOwner(tx -> new PersonService(tx).erase(crew.ana().id()));

        // then
        assertThat(erasure.records()).containsEntry("onboarding_workflows", 1L);
        List<OnboardingWorkflow> left = acme.asOwner(tx -> new OnboardingService(tx).ofProject(crew.project().id()));
        assertThat(left).extracting(OnboardingWorkflow::personId).containsExactly(crew.ben().id());
        long anasTasks = acme.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.onboarding_tasks where workflow_id = :id")
                .bind("id", crew.anas().workflow().id()).mapTo(Long.class).one());
        assertThat(anasTasks).isZero();
    }
}
