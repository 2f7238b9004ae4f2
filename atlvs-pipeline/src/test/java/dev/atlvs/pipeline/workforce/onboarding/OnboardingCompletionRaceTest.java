package dev.atlvs.pipeline.workforce.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.pipeline.testing.OnboardingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Racing transactions on one workflow: completing it while one of its required tasks is reopened cannot both commit. */
@AtlvsTest
class OnboardingCompletionRaceTest {

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void completingAWorkflowWhileARequiredTaskIsReopenedCannotBothCommit(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given: a workflow whose two required tasks are done
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Completion Race " + isolation);
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(acme);
        OnboardingTask contract = OnboardingFixtures.task(acme, workflow, TaskCategory.DOCUMENTATION, "Contract signed", true);
        OnboardingTask induction = OnboardingFixtures.task(acme, workflow, TaskCategory.TRAINING, "Site induction", true);
        acme.asOwner(tx -> new OnboardingService(tx).complete(contract.id()));
        acme.asOwner(tx -> new OnboardingService(tx).complete(induction.id()));

        // when: one transaction completes the workflow while another reopens the induction
        List<Race.Outcome<Object>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new OnboardingService(tx).completeWorkflow(workflow.id());
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new OnboardingService(tx).reopen(induction.id());
                })));

        // then: exactly one commits; the other is refused under the rule its side breaks
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.rule().orElseThrow()).isIn("onboarding_workflows_completed_tasks", "onboarding_tasks_workflow_completed")));
        OnboardingProgress after = acme.asOwner(tx -> new OnboardingService(tx).progress(workflow.id()));
        assertThat(after.status() == WorkflowStatus.COMPLETED).isEqualTo(after.ready());
    }
}
