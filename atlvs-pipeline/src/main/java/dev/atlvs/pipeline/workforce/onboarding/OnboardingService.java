package dev.atlvs.pipeline.workforce.onboarding;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.compliance.CellState;
import dev.atlvs.people.compliance.ComplianceCell;
import dev.atlvs.people.compliance.ComplianceMatrix;
import dev.atlvs.people.compliance.ComplianceService;
import dev.atlvs.people.matching.CandidateMatcher;
import dev.atlvs.people.matching.Requirement;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.pipeline.PipelinePermissions;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Onboarding: starting a person's workflow on a project and generating its checklist from the project and the role,
 * completing, waiving and reopening tasks, moving workflows along {@link WorkflowStatus#LIFECYCLE}, and reading progress
 * per workflow and person and the readiness of a project's crew.
 *
 * <p><b>The generated checklist</b> ({@link #generate}), in this order: documentation (contract signed, tax form,
 * emergency contact), training (site induction, then one task per competency the crew role requires, at its minimum
 * level), equipment (PPE, radio), access (credentials and wristband), compliance (right to work, then one task per
 * certification the role requires, valid through the project's end). The role's requirements and the person's
 * certifications are read through the people module's public services ({@link CandidateMatcher#requirementsOf},
 * {@link ComplianceService#forRole}); a certification task whose certification is already valid through the project's end
 * is created done, the others say what is missing. Due dates count back from the project's start: documentation and
 * compliance 14 days, training 7, equipment 3, access 1; the workflow is due the day before the start. Without a start
 * date nothing is due.
 *
 * <p><b>Rules</b>, held by the database whatever code writes the rows and repeated here first with the same identity:
 * progress is derived (the share of the required tasks done or waived; 100 without required tasks); a workflow is
 * completed only when every required task is done or waived ({@code onboarding_workflows_completed_tasks}); a completed
 * workflow's tasks stay done or waived and it takes no pending required task until the workflow is reopened
 * ({@code onboarding_tasks_workflow_completed}); a required task is waived with a reason
 * ({@code onboarding_tasks_waiver_reason_required}) by a holder of {@link PipelinePermissions#ONBOARDING_APPROVE}
 * ({@code onboarding_tasks_waiver_permission}).
 *
 * <pre>{@code
 * OnboardingService onboarding = new OnboardingService(tx);
 * OnboardingChecklist checklist = onboarding.generate(ana.id(), festival.id(), Optional.of(rigger.id()), "Rigger");
 * onboarding.complete(checklist.tasks().get(0).id());
 * onboarding.waive(radioTask.id(), "Works with the in-house radio crew");   // needs pipeline.onboarding.approve
 * ProjectReadiness readiness = onboarding.readiness(festival.id(), LocalDate.of(2026, 7, 1));
 * }</pre>
 */
public final class OnboardingService {

    private final TenantTransaction tx;

    public OnboardingService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private OnboardingWorkflowRepository workflows() {
        return tx.repository(OnboardingWorkflowRepository.class);
    }

    private OnboardingTaskRepository tasks() {
        return tx.repository(OnboardingTaskRepository.class);
    }

    /**
     * Starts a workflow, not started and without tasks (the database derives its progress).
     *
     * @throws dev.atlvs.core.error.ConflictException (duplicate) when the person has a live workflow on the project
     */
    public OnboardingWorkflow start(OnboardingWorkflow workflow) {
        requireNonNull(workflow, "workflow is null");
        tx.require(PipelinePermissions.ONBOARDING_CREATE);
        return workflows().insert(ImmutableOnboardingWorkflow.copyOf(workflow).withOrganizationId(tx.organizationId())
                .withStatus(WorkflowStatus.NOT_STARTED));
    }

    /**
     * Starts the workflow of person {@code personId} on project {@code projectId} for a role ({@code crewRoleId}, a crew
     * role of the people module, when given; {@code roleName} as the checklist shows it) and generates its checklist (see
     * the class description).
     */
    public OnboardingChecklist generate(UUID personId, UUID projectId, Optional<UUID> crewRoleId, String roleName) {
        requireNonNull(personId, "personId is null");
        requireNonNull(projectId, "projectId is null");
        requireNonNull(crewRoleId, "crewRoleId is null");
        requireNonNull(roleName, "roleName is null");
        tx.require(PipelinePermissions.ONBOARDING_CREATE);
        Project project = new ProjectService(tx).get(projectId);
        new PersonService(tx).get(personId);
        Optional<LocalDate> start = project.startDate();
        LocalDate today = LocalDate.now(tx.clock());
        LocalDate end = project.endDate().or(project::startDate).filter(d -> !d.isBefore(today)).orElse(today);
        OnboardingWorkflow workflow = start(OnboardingWorkflow.builder().organizationId(tx.organizationId()).personId(personId)
                .projectId(projectId).crewRoleId(crewRoleId).roleName(roleName).dueDate(start.map(d -> d.minusDays(1))).build());

        List<OnboardingTask> planned = new ArrayList<>();
        Plan plan = new Plan(workflow.id(), start, planned);
        plan.add(TaskCategory.DOCUMENTATION, "Contract signed", "The engagement contract for the project, signed by both sides", 14);
        plan.add(TaskCategory.DOCUMENTATION, "Tax form", "The tax or payroll form for the engagement", 14);
        plan.add(TaskCategory.DOCUMENTATION, "Emergency contact", "A verified emergency contact on the person's record", 14);
        plan.add(TaskCategory.TRAINING, "Site induction", "The site's safety and welfare induction", 7);
        List<Requirement> requirements = crewRoleId.map(role -> new CandidateMatcher(tx).requirementsOf(role)).orElse(List.of());
        for (Requirement requirement : requirements) {
            plan.add(TaskCategory.TRAINING, "Competency: " + requirement.name(),
                    "Required of the role at level " + requirement.minLevel().name().toLowerCase(Locale.ROOT) + " or above", 7);
        }
        plan.add(TaskCategory.EQUIPMENT, "PPE issued", "Hard hat, hi-vis, safety boots and gloves as the role needs", 3);
        plan.add(TaskCategory.EQUIPMENT, "Radio issued", "A radio on the department's channel", 3);
        plan.add(TaskCategory.ACCESS, "Credentials and wristband", "The accreditation pass and wristband for the site's zones", 1);
        plan.add(TaskCategory.COMPLIANCE, "Right to work", "Right to work checked against an identity document", 14);
        if (crewRoleId.isPresent()) {
            Map<UUID, String> names = new HashMap<>();
            requirements.forEach(r -> names.put(r.competencyId(), r.name()));
            ComplianceMatrix matrix = new ComplianceService(tx).forRole(crewRoleId.get(), List.of(personId), today, end);
            for (UUID competency : matrix.competencyIds()) {
                ComplianceCell cell = matrix.cell(personId, competency).orElseThrow();
                String name = names.getOrDefault(competency, "required certification");
                String state = switch (cell.state()) {
                    case OK -> "Valid through the project's end";
                    case EXPIRING -> "Valid today but lapses before the project's end: renew it";
                    case EXPIRED -> "Expired: renew it";
                    case MISSING -> "Missing: a valid certification is needed";
                };
                plan.add(TaskCategory.COMPLIANCE, "Certification: " + name, state, 14,
                        cell.state() == CellState.OK ? TaskStatus.DONE : TaskStatus.PENDING);
            }
        }
        List<OnboardingTask> added = planned.stream().map(tasks()::insert).toList();
        added.stream().filter(OnboardingTask::fulfilled).findFirst().ifPresent(done -> begin(workflow.id(), done));
        return new OnboardingChecklist(workflows().get(workflow.id()), added);
    }

    /** Collects the tasks of a generated checklist in order. */
    private final class Plan {
        private final UUID workflowId;
        private final Optional<LocalDate> start;
        private final List<OnboardingTask> planned;

        Plan(UUID workflowId, Optional<LocalDate> start, List<OnboardingTask> planned) {
            this.workflowId = workflowId;
            this.start = start;
            this.planned = planned;
        }

        void add(TaskCategory category, String title, String description, int daysBefore) {
            add(category, title, description, daysBefore, TaskStatus.PENDING);
        }

        void add(TaskCategory category, String title, String description, int daysBefore, TaskStatus status) {
            planned.add(OnboardingTask.builder().organizationId(tx.organizationId()).workflowId(workflowId).category(category)
                    .title(title.length() > 200 ? title.substring(0, 200) : title).description(description).isRequired(true)
                    .status(status).dueDate(start.map(d -> d.minusDays(daysBefore))).sortOrder(planned.size() * 10).build());
        }
    }

    /** The workflow. */
    public OnboardingWorkflow get(UUID workflowId) {
        tx.require(PipelinePermissions.ONBOARDING_READ);
        return workflows().get(workflowId);
    }

    /** The workflows of a project, cancelled ones included. */
    public List<OnboardingWorkflow> ofProject(UUID projectId) {
        tx.require(PipelinePermissions.ONBOARDING_READ);
        return workflows().ofProject(projectId);
    }

    /** The tasks of a workflow in checklist order. */
    public List<OnboardingTask> tasks(UUID workflowId) {
        tx.require(PipelinePermissions.ONBOARDING_READ);
        return tasks().ofWorkflow(workflowId);
    }

    /**
     * Adds a task to a workflow.
     *
     * @throws dev.atlvs.core.error.ConflictException ({@code onboarding_tasks_workflow_completed}) for a pending required
     *         task of a completed workflow
     * @throws dev.atlvs.core.error.AccessDeniedException ({@code onboarding_tasks_waiver_permission}) for a waived required
     *         task without {@link PipelinePermissions#ONBOARDING_APPROVE}
     */
    public OnboardingTask addTask(OnboardingTask task) {
        requireNonNull(task, "task is null");
        tx.require(PipelinePermissions.ONBOARDING_CREATE);
        OnboardingTask wanted = tx.validate("OnboardingTask", ImmutableOnboardingTask.copyOf(task).withOrganizationId(tx.organizationId()));
        requireTaskRules(workflows().get(wanted.workflowId()), Optional.empty(), wanted);
        OnboardingTask added = tasks().insert(wanted);
        begin(added.workflowId(), added);
        return added;
    }

    /**
     * Changes a task's details (title, description, due date, assignee, whether required, order); its status moves only
     * through {@link #complete}, {@link #waive} and {@link #reopen}.
     */
    public OnboardingTask updateTask(OnboardingTask changed) {
        requireNonNull(changed, "changed is null");
        tx.require(PipelinePermissions.ONBOARDING_UPDATE);
        OnboardingTask current = tasks().get(changed.id());
        if (changed.status() != current.status()) {
            TaskStatus.LIFECYCLE.require(current, changed.status());
        }
        tx.validate("OnboardingTask", changed);
        requireTaskRules(workflows().get(current.workflowId()), Optional.of(current), changed);
        return tasks().update(changed);
    }

    /** Marks a pending task done (the database stamps who and when); a workflow not started is then in progress. */
    public OnboardingTask complete(UUID taskId) {
        tx.require(PipelinePermissions.ONBOARDING_UPDATE);
        OnboardingTask task = TaskStatus.LIFECYCLE.require(tasks().get(taskId), TaskStatus.DONE);
        OnboardingTask done = tasks().update(ImmutableOnboardingTask.copyOf(task).withStatus(TaskStatus.DONE));
        begin(done.workflowId(), done);
        return done;
    }

    /**
     * Waives a pending task for {@code reason}; waiving a required task needs {@link PipelinePermissions#ONBOARDING_APPROVE}.
     *
     * @throws dev.atlvs.core.error.AccessDeniedException ({@code onboarding_tasks_waiver_permission})
     * @throws dev.atlvs.core.error.ValidationException ({@code onboarding_tasks_waiver_reason_required}) for a blank reason
     */
    public OnboardingTask waive(UUID taskId, String reason) {
        tx.require(PipelinePermissions.ONBOARDING_UPDATE);
        OnboardingTask task = TaskStatus.LIFECYCLE.require(tasks().get(taskId), TaskStatus.WAIVED);
        OnboardingTask waived = tx.validate("OnboardingTask", ImmutableOnboardingTask.builder().from(task).status(TaskStatus.WAIVED)
                .waiverReason(Optional.ofNullable(reason).filter(r -> !r.isBlank())).build());
        if (waived.isRequired()) {
            tx.require(PipelinePermissions.ONBOARDING_APPROVE, PipelineRules.ONBOARDING_TASKS_WAIVER_PERMISSION);
        }
        OnboardingTask updated = tasks().update(waived);
        begin(updated.workflowId(), updated);
        return updated;
    }

    /**
     * Reopens a done or waived task (its waiver reason is cleared).
     *
     * @throws dev.atlvs.core.error.ConflictException ({@code onboarding_tasks_workflow_completed}) while its workflow is
     *         completed: reopen the workflow first
     */
    public OnboardingTask reopen(UUID taskId) {
        tx.require(PipelinePermissions.ONBOARDING_UPDATE);
        OnboardingTask task = TaskStatus.LIFECYCLE.require(tasks().get(taskId), TaskStatus.PENDING);
        OnboardingTask pending = ImmutableOnboardingTask.copyOf(task).withStatus(TaskStatus.PENDING).withWaiverReason(Optional.empty());
        requireTaskRules(workflows().get(task.workflowId()), Optional.of(task), pending);
        return tasks().update(pending);
    }

    /** Deletes a task; the workflow's progress follows. */
    public void deleteTask(UUID taskId) {
        tx.require(PipelinePermissions.ONBOARDING_DELETE);
        tasks().delete(tasks().get(taskId));
    }

    /** Moves a workflow that has not started to in progress. */
    public OnboardingWorkflow begin(UUID workflowId) {
        tx.require(PipelinePermissions.ONBOARDING_UPDATE);
        return move(workflowId, WorkflowStatus.IN_PROGRESS);
    }

    /**
     * Completes a workflow.
     *
     * @throws dev.atlvs.core.error.ConflictException ({@code onboarding_workflows_completed_tasks}) while a required task
     *         is pending
     */
    public OnboardingWorkflow completeWorkflow(UUID workflowId) {
        tx.require(PipelinePermissions.ONBOARDING_UPDATE);
        workflows().lock(workflowId);
        OnboardingWorkflow workflow = WorkflowStatus.LIFECYCLE.require(workflows().get(workflowId), WorkflowStatus.COMPLETED);
        if (tasks().ofWorkflow(workflowId).stream().anyMatch(t -> t.isRequired() && !t.fulfilled())) {
            throw PipelineRules.ONBOARDING_WORKFLOWS_COMPLETED_TASKS.exception();
        }
        return workflows().update(ImmutableOnboardingWorkflow.copyOf(workflow).withStatus(WorkflowStatus.COMPLETED));
    }

    /** Reopens a completed workflow (back to in progress), so that its tasks can be reopened. */
    public OnboardingWorkflow reopenWorkflow(UUID workflowId) {
        tx.require(PipelinePermissions.ONBOARDING_UPDATE);
        return move(workflowId, WorkflowStatus.IN_PROGRESS);
    }

    /** Cancels a workflow that is not completed; the person may then get a new one on the project. */
    public OnboardingWorkflow cancel(UUID workflowId) {
        tx.require(PipelinePermissions.ONBOARDING_UPDATE);
        return move(workflowId, WorkflowStatus.CANCELLED);
    }

    /** Changes a workflow's details (role, due date, notes); its status moves only through the transition methods. */
    public OnboardingWorkflow update(OnboardingWorkflow changed) {
        requireNonNull(changed, "changed is null");
        tx.require(PipelinePermissions.ONBOARDING_UPDATE);
        OnboardingWorkflow current = workflows().get(changed.id());
        if (changed.status() != current.status()) {
            WorkflowStatus.LIFECYCLE.require(current, changed.status());
        }
        return workflows().update(ImmutableOnboardingWorkflow.copyOf(changed).withProgressPct(current.progressPct()));
    }

    /** Deletes a workflow with its tasks. */
    public void delete(UUID workflowId) {
        tx.require(PipelinePermissions.ONBOARDING_DELETE);
        workflows().delete(workflows().get(workflowId));
    }

    /** Where a workflow stands today. */
    public OnboardingProgress progress(UUID workflowId) {
        tx.require(PipelinePermissions.ONBOARDING_READ);
        return progress(workflows().get(workflowId), LocalDate.now(tx.clock()));
    }

    /** Where each live workflow of a person stands today, newest first. */
    public List<OnboardingProgress> progressOf(UUID personId) {
        tx.require(PipelinePermissions.ONBOARDING_READ);
        LocalDate today = LocalDate.now(tx.clock());
        return workflows().ofPerson(personId).stream().filter(w -> w.status().live()).map(w -> progress(w, today)).toList();
    }

    /** The readiness of a project's crew on {@code asOf}: people × progress, and the pending tasks past their due date. */
    public ProjectReadiness readiness(UUID projectId, LocalDate asOf) {
        requireNonNull(projectId, "projectId is null");
        requireNonNull(asOf, "asOf is null");
        tx.require(PipelinePermissions.ONBOARDING_READ);
        List<OnboardingWorkflow> live = workflows().ofProject(projectId).stream().filter(w -> w.status().live()).toList();
        Map<UUID, UUID> personOf = new HashMap<>();
        live.forEach(w -> personOf.put(w.id(), w.personId()));
        List<OnboardingProgress> people = live.stream().map(w -> progress(w, asOf)).toList();
        List<OverdueTask> overdue = tasks().overdueOfProject(projectId, asOf).stream()
                .map(t -> new OverdueTask(t.id(), t.workflowId(), personOf.get(t.workflowId()), t.category(), t.title(), t.isRequired(),
                        t.dueDate().orElseThrow(), ChronoUnit.DAYS.between(t.dueDate().orElseThrow(), asOf), t.assigneeId()))
                .sorted(Comparator.comparing(OverdueTask::dueDate).thenComparing(OverdueTask::workflowId))
                .toList();
        return new ProjectReadiness(projectId, asOf, people, overdue);
    }

    private OnboardingProgress progress(OnboardingWorkflow workflow, LocalDate asOf) {
        List<OnboardingTask> all = tasks().ofWorkflow(workflow.id());
        int required = 0;
        int requiredFulfilled = 0;
        int done = 0;
        int waived = 0;
        int overdue = 0;
        for (OnboardingTask task : all) {
            if (task.isRequired()) {
                required++;
                if (task.fulfilled()) {
                    requiredFulfilled++;
                }
            }
            if (task.status() == TaskStatus.DONE) {
                done++;
            } else if (task.status() == TaskStatus.WAIVED) {
                waived++;
            } else if (task.dueDate().filter(d -> d.isBefore(asOf)).isPresent()) {
                overdue++;
            }
        }
        return new OnboardingProgress(workflow.id(), workflow.personId(), workflow.projectId(), workflow.roleName(), workflow.status(),
                workflow.dueDate(), required, requiredFulfilled, all.size(), done, waived, overdue, workflow.progressPct());
    }

    private OnboardingWorkflow move(UUID workflowId, WorkflowStatus target) {
        OnboardingWorkflow workflow = WorkflowStatus.LIFECYCLE.require(workflows().get(workflowId), target);
        return workflows().update(ImmutableOnboardingWorkflow.copyOf(workflow).withStatus(target));
    }

    /** A workflow not started is in progress once one of its tasks is done or waived. */
    private void begin(UUID workflowId, OnboardingTask task) {
        if (!task.fulfilled()) {
            return;
        }
        OnboardingWorkflow workflow = workflows().get(workflowId);
        if (workflow.status() == WorkflowStatus.NOT_STARTED) {
            workflows().update(ImmutableOnboardingWorkflow.copyOf(workflow).withStatus(WorkflowStatus.IN_PROGRESS));
        }
    }

    private void requireTaskRules(OnboardingWorkflow workflow, Optional<OnboardingTask> current, OnboardingTask task) {
        boolean opens = current.map(c -> c.fulfilled() && !task.fulfilled()).orElse(false)
                || (task.isRequired() && !task.fulfilled() && current.map(c -> !c.isRequired()).orElse(true));
        if (opens && workflow.status() == WorkflowStatus.COMPLETED) {
            throw PipelineRules.ONBOARDING_TASKS_WORKFLOW_COMPLETED.exception();
        }
        boolean waives = task.status() == TaskStatus.WAIVED && task.isRequired()
                && current.map(c -> c.status() != TaskStatus.WAIVED || !c.isRequired()).orElse(true);
        if (waives) {
            tx.require(PipelinePermissions.ONBOARDING_APPROVE, PipelineRules.ONBOARDING_TASKS_WAIVER_PERMISSION);
        }
    }
}
