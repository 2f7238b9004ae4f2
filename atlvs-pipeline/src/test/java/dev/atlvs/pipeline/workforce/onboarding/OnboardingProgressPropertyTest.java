package dev.atlvs.pipeline.workforce.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.pipeline.testing.OnboardingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Over any set of tasks, the database's progress is the share of the required tasks that are done or waived. */
@AtlvsTest
class OnboardingProgressPropertyTest {

    /** One task: whether it is required, the status it ends in and its category. */
    record Planned(boolean required, TaskStatus status, TaskCategory category) {}

    @PropertyTest(tries = 12)
    void progressIsDoneOrWaivedRequiredTasksOverRequiredTasks(Gen gen, Fixtures fixtures) {
        // given: 0 to 12 tasks, required two times in three, each pending, done or waived
        List<Planned> planned = gen.listOf(0, 12, () -> new Planned(gen.chance(0.67), gen.oneOf(TaskStatus.class),
                gen.oneOf(TaskCategory.class)));
        OrganizationFixture org = fixtures.organization();
        OnboardingWorkflow workflow = OnboardingFixtures.workflow(org);

        // when
        org.asOwner(tx -> {
            OnboardingService onboarding = new OnboardingService(tx);
            int n = 0;
            for (Planned task : planned) {
                OnboardingTask added = onboarding.addTask(OnboardingTask.builder().organizationId(org.id()).workflowId(workflow.id())
                        .category(task.category()).title("Task " + ++n).isRequired(task.required()).build());
                if (task.status() == TaskStatus.DONE) {
                    onboarding.complete(added.id());
                } else if (task.status() == TaskStatus.WAIVED) {
                    onboarding.waive(added.id(), "Covered elsewhere");
                }
            }
            return null;
        });

        // then
        long required = planned.stream().filter(Planned::required).count();
        long fulfilled = planned.stream().filter(t -> t.required() && t.status() != TaskStatus.PENDING).count();
        BigDecimal expected = required == 0 ? new BigDecimal("100")
                : BigDecimal.valueOf(100 * fulfilled).divide(BigDecimal.valueOf(required), 2, RoundingMode.HALF_UP);
        OnboardingProgress progress = org.asOwner(tx -> new OnboardingService(tx).progress(workflow.id()));
        assertThat(progress.progressPct()).isEqualByComparingTo(expected);
        assertThat(progress.required()).isEqualTo((int) required);
        assertThat(progress.requiredFulfilled()).isEqualTo((int) fulfilled);
        assertThat(progress.ready()).isEqualTo(fulfilled == required);
    }
}
