package dev.atlvs.projects.template;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.projects.ProjectsPermissions;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyRepository;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Starts a new project as a copy of an existing one, inside the caller's tenant transaction (so the copy is
 * written whole or not at all, and audited like every write).
 *
 * <p>The copy is in status planning, with the request's name, job number and (optionally) manager, and the
 * source's type, priority, description, location, client, currency, budget amount, visibility and metadata.
 * It receives, with new ids and every reference between them mapped to the new ids:
 * <ul>
 *   <li>the source's live tasks, to do and unassigned, with no hours spent; the sub-task tree and the
 *       milestone links are kept (a sub-task of a deleted task becomes a top-level task);</li>
 *   <li>its milestones, not completed and at 0 % progress;</li>
 *   <li>its dependencies between copied tasks, with their type and lag;</li>
 *   <li>the current plan of its budget (the latest revision of each category) as revision 1, with nothing
 *       committed or spent.</li>
 * </ul>
 * Team, resource bookings, phases, documents, comments and tags are not copied.
 *
 * <p>Every date (the project's start and end, task start and due dates, milestone due dates) moves by the
 * number of days from the source's start date to the request's; a source without a start date is anchored
 * at its earliest task start, and one with neither keeps its dates. The new project starts on the request's
 * date in every case.
 *
 * <p>Permission: {@link ProjectsPermissions#PROJECTS_CREATE}.
 */
public final class ProjectTemplateService {
    private final TenantTransaction tx;
    private final ProjectRepository projects;

    public ProjectTemplateService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.projects = tx.repository(ProjectRepository.class);
    }

    /**
     * Copies project {@code sourceProjectId} as described above; the source is not changed.
     *
     * @return the new project
     * @throws dev.atlvs.core.error.AccessDeniedException without {@link ProjectsPermissions#PROJECTS_CREATE}
     * @throws dev.atlvs.core.error.NotFoundException when the source does not exist
     * @throws dev.atlvs.core.error.ValidationException naming the field when the new project breaks a rule
     *         (such as a malformed {@code code} or a blank {@code name})
     * @throws DuplicateException (field {@code code}) when a live project has the job number ignoring case;
     *         nothing is written
     */
    public Project copy(UUID sourceProjectId, NewProjectFromTemplate request) {
        requireNonNull(sourceProjectId, "sourceProjectId is null");
        requireNonNull(request, "request is null");
        tx.require(ProjectsPermissions.PROJECTS_CREATE);
        Project source = projects.get(sourceProjectId);
        TaskRepository taskRepository = tx.repository(TaskRepository.class);
        List<Task> sourceTasks = taskRepository.ofProject(sourceProjectId);
        long shift = ChronoUnit.DAYS.between(anchor(source, sourceTasks).orElse(request.startDate()), request.startDate());

        Project project = Project.builder()
                .organizationId(tx.organizationId())
                .code(request.code())
                .name(request.name())
                .description(source.description())
                .type(source.type())
                .status(ProjectStatus.PLANNING)
                .priority(source.priority())
                .managerUserId(request.managerUserId().or(source::managerUserId))
                .locationId(source.locationId())
                .clientCompanyId(source.clientCompanyId())
                .startDate(request.startDate())
                .endDate(shifted(source.endDate(), shift))
                .currency(source.currency())
                .budgetAmount(source.budgetAmount())
                .visibility(source.visibility())
                .metadata(source.metadata())
                .build();
        tx.validate("Project", project);
        if (projects.findByCode(project.code()).isPresent()) {
            throw new DuplicateException("Project", List.of("code"), "projects_code_unique", null);
        }
        Project created = projects.insert(project);

        Map<UUID, UUID> milestoneIds = copyMilestones(sourceProjectId, created.id(), shift);
        Map<UUID, UUID> taskIds = copyTasks(taskRepository, sourceTasks, created.id(), milestoneIds, shift);
        copyDependencies(sourceProjectId, created.id(), taskIds);
        copyBudget(sourceProjectId, created.id());
        return created;
    }

    private static Optional<LocalDate> anchor(Project source, List<Task> tasks) {
        if (source.startDate().isPresent()) {
            return source.startDate();
        }
        return tasks.stream().flatMap(task -> task.startDate().stream()).min(LocalDate::compareTo);
    }

    private static Optional<LocalDate> shifted(Optional<LocalDate> date, long days) {
        return date.map(d -> d.plusDays(days));
    }

    private Map<UUID, UUID> copyMilestones(UUID sourceProjectId, UUID projectId, long shift) {
        MilestoneRepository milestones = tx.repository(MilestoneRepository.class);
        Map<UUID, UUID> ids = new HashMap<>();
        for (Milestone milestone : milestones.ofProject(sourceProjectId)) {
            Milestone copy = milestones.insert(Milestone.builder()
                    .organizationId(tx.organizationId())
                    .projectId(projectId)
                    .title(milestone.title())
                    .description(milestone.description())
                    .type(milestone.type())
                    .dueDate(milestone.dueDate().plusDays(shift))
                    .isPaymentMilestone(milestone.isPaymentMilestone())
                    .amount(milestone.amount())
                    .currency(milestone.currency())
                    .build());
            ids.put(milestone.id(), copy.id());
        }
        return ids;
    }

    private Map<UUID, UUID> copyTasks(TaskRepository tasks, List<Task> sourceTasks, UUID projectId, Map<UUID, UUID> milestoneIds,
            long shift) {
        Set<UUID> live = sourceTasks.stream().map(Task::id).collect(Collectors.toSet());
        Map<UUID, UUID> ids = new HashMap<>();
        List<Task> pending = new ArrayList<>(sourceTasks);
        // Parents first: the tree is acyclic, so every round stores at least one task.
        while (!pending.isEmpty()) {
            List<Task> waiting = new ArrayList<>();
            for (Task task : pending) {
                Optional<UUID> parent = task.parentTaskId().filter(live::contains);
                if (parent.isPresent() && !ids.containsKey(parent.get())) {
                    waiting.add(task);
                    continue;
                }
                Task copy = tasks.insert(Task.builder()
                        .organizationId(tx.organizationId())
                        .projectId(projectId)
                        .parentTaskId(parent.map(ids::get))
                        .milestoneId(task.milestoneId().map(milestoneIds::get))
                        .title(task.title())
                        .description(task.description())
                        .status(TaskStatus.TODO)
                        .priority(task.priority())
                        .reporterUserId(task.reporterUserId())
                        .estimatedHours(task.estimatedHours())
                        .startDate(shifted(task.startDate(), shift))
                        .dueDate(shifted(task.dueDate(), shift))
                        .position(task.position())
                        .build());
                ids.put(task.id(), copy.id());
            }
            if (waiting.size() == pending.size()) {
                throw new IllegalStateException("the sub-task tree of the source project has a cycle");
            }
            pending = waiting;
        }
        return ids;
    }

    private void copyDependencies(UUID sourceProjectId, UUID projectId, Map<UUID, UUID> taskIds) {
        DependencyRepository dependencies = tx.repository(DependencyRepository.class);
        for (Dependency dependency : dependencies.ofProject(sourceProjectId)) {
            UUID predecessor = taskIds.get(dependency.predecessorId());
            UUID successor = taskIds.get(dependency.successorId());
            if (predecessor == null || successor == null) {
                continue; // an edge to a deleted task
            }
            dependencies.insert(Dependency.builder()
                    .organizationId(tx.organizationId())
                    .projectId(projectId)
                    .predecessorId(predecessor)
                    .successorId(successor)
                    .type(dependency.type())
                    .lagDays(dependency.lagDays())
                    .build());
        }
    }

    private void copyBudget(UUID sourceProjectId, UUID projectId) {
        ProjectBudgetRepository budgets = tx.repository(ProjectBudgetRepository.class);
        for (ProjectBudget line : budgets.currentOf(sourceProjectId)) {
            budgets.insert(ProjectBudget.builder()
                    .organizationId(tx.organizationId())
                    .projectId(projectId)
                    .category(line.category())
                    .description(line.description())
                    .plannedAmount(line.plannedAmount())
                    .currency(line.currency())
                    .contingencyPct(line.contingencyPct())
                    .revision(1)
                    .build());
        }
    }
}
