package dev.atlvs.pipeline.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.pipeline.workforce.onboarding.ImmutableOnboardingTask;
import dev.atlvs.pipeline.workforce.onboarding.ImmutableOnboardingWorkflow;
import dev.atlvs.pipeline.workforce.onboarding.OnboardingService;
import dev.atlvs.pipeline.workforce.onboarding.OnboardingTask;
import dev.atlvs.pipeline.workforce.onboarding.OnboardingTaskRepository;
import dev.atlvs.pipeline.workforce.onboarding.OnboardingWorkflow;
import dev.atlvs.pipeline.workforce.onboarding.OnboardingWorkflowRepository;
import dev.atlvs.pipeline.workforce.onboarding.TaskCategory;
import dev.atlvs.pipeline.workforce.onboarding.TaskStatus;
import dev.atlvs.pipeline.workforce.onboarding.WorkflowStatus;
import java.util.UUID;

/** Samples, mutations, lifecycles and rule probes of onboarding workflows and tasks, and (through {@link AdvancingGuardrails}) of advancing items. */
public final class OnboardingGuardrails {

    private OnboardingGuardrails() {}

    /** Declares the onboarding and advancing tables, lifecycles and rules. */
    public static void declare(Guardrails.Builder builder) {
        builder.table("onboarding_workflows", org -> OnboardingFixtures.workflow(org).id(),
                        (org, id) -> org.asOwner(tx -> new OnboardingService(tx).update(ImmutableOnboardingWorkflow.copyOf(workflows(tx).get(id))
                                .withNotes("Prefers the early shift on build days"))))
                .lifecycle(WorkflowStatus.LIFECYCLE)
                .table("onboarding_tasks", org -> OnboardingFixtures.task(org, OnboardingFixtures.workflow(org), TaskCategory.DOCUMENTATION,
                                "Contract signed", true).id(),
                        (org, id) -> org.asOwner(tx -> new OnboardingService(tx).updateTask(ImmutableOnboardingTask.copyOf(tasks(tx).get(id))
                                .withDescription("Countersigned copy filed with production"))))
                .lifecycle(TaskStatus.LIFECYCLE);
        builder
                .rule("onboarding_workflows_completed_tasks",
                        org -> {
                            OnboardingWorkflow workflow = OnboardingFixtures.workflow(org);
                            OnboardingFixtures.task(org, workflow, TaskCategory.TRAINING, "Site induction", true);
                            return workflow.id();
                        },
                        (tx, id) -> new OnboardingService(tx).completeWorkflow(id),
                        (tx, id) -> sql(tx, "update atlvs.onboarding_workflows set status = 'completed' where id = :id", id))
                .rule("onboarding_tasks_workflow_completed",
                        org -> {
                            OnboardingWorkflow workflow = OnboardingFixtures.workflow(org);
                            OnboardingTask task = OnboardingFixtures.task(org, workflow, TaskCategory.EQUIPMENT, "Radio issued", true);
                            org.asOwner(tx -> new OnboardingService(tx).complete(task.id()));
                            org.asOwner(tx -> new OnboardingService(tx).completeWorkflow(workflow.id()));
                            return task.id();
                        },
                        (tx, id) -> new OnboardingService(tx).reopen(id),
                        (tx, id) -> sql(tx, "update atlvs.onboarding_tasks set status = 'pending' where id = :id", id))
                .rule("onboarding_tasks_waiver_reason_required",
                        (tx, id) -> new OnboardingService(tx).updateTask(ImmutableOnboardingTask.copyOf(tasks(tx).get(id)).withStatus(TaskStatus.WAIVED)),
                        (tx, id) -> sql(tx, "update atlvs.onboarding_tasks set status = 'waived' where id = :id", id))
                .ruleAs(org -> org.addMember(MemberRole.CONTRIBUTOR), "onboarding_tasks_waiver_permission",
                        org -> OnboardingFixtures.task(org, OnboardingFixtures.workflow(org), TaskCategory.ACCESS, "Wristband issued", true).id(),
                        (tx, id) -> new OnboardingService(tx).waive(id, "Local crew, works from the gate"),
                        (tx, id) -> sql(tx, "update atlvs.onboarding_tasks set status = 'waived', waiver_reason = 'Local crew' where id = :id", id));
        AdvancingGuardrails.declare(builder);
    }

    static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static OnboardingWorkflowRepository workflows(TenantTransaction tx) {
        return tx.repository(OnboardingWorkflowRepository.class);
    }

    private static OnboardingTaskRepository tasks(TenantTransaction tx) {
        return tx.repository(OnboardingTaskRepository.class);
    }
}
