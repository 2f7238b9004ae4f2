package dev.atlvs.projects.project;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.projects.ProjectsErrorCode;
import dev.atlvs.projects.ProjectsPermissions;
import dev.atlvs.projects.internal.ProjectsEventTypes;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.task.TaskRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creating projects and moving them through their lifecycle ({@link ProjectStatus}) inside the caller's
 * tenant transaction. Moving a project to active records its actual start date (the first time), and to
 * completed its actual end date. A project is completed only once its tasks and milestones are done,
 * unless the completion is forced with a reason recorded in the audit trail; reopening a completed
 * project is an administrator's move.
 *
 * <p>Permissions: {@link ProjectsPermissions#PROJECTS_CREATE}, {@link ProjectsPermissions#PROJECTS_UPDATE}; reopening and forcing a completion need {@link ProjectsPermissions#PROJECTS_MANAGE}.
 */
public final class ProjectService {

    private final TenantTransaction tx;
    private final ProjectRepository projects;

    public ProjectService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.projects = tx.repository(ProjectRepository.class);
    }

    /**
     * Project {@code id}; {@link dev.atlvs.core.error.NotFoundException} when it does not exist. Like a
     * repository read it checks no permission: other modules read the projects their records refer to
     * within operations they have authorised themselves.
     */
    public Project get(UUID id) {
        requireNonNull(id, "id is null");
        return projects.get(id);
    }

    /**
     * Stores a new project.
     *
     * @throws dev.atlvs.core.error.ValidationException when it breaks a rule
     * @throws DuplicateException (field {@code code}) when a live project has the same job number ignoring case
     */
    public Project create(Project project) {
        requireNonNull(project, "project is null");
        tx.require(ProjectsPermissions.PROJECTS_CREATE);
        tx.validate("Project", project);
        if (projects.findByCode(project.code()).isPresent()) {
            throw new DuplicateException("Project", List.of("code"), "projects_code_unique", null);
        }
        Project created = projects.insert(project);
        new DomainEvents(tx).append("project", created.id(), ProjectsEventTypes.PROJECT_CREATED,
                java.util.Map.of("name", created.name(), "code", created.code(), "status", created.status()));
        return created;
    }

    /**
     * Moves project {@code id} to {@code target}.
     *
     * @throws ConflictException ({@link ProjectsErrorCode#PROJECT_TRANSITION_INVALID}, field {@code status}, rule
     *         {@code projects_status_transition}) when {@link ProjectStatus#LIFECYCLE} does not allow the move;
     *         ({@link CoreErrorCode#RULE_VIOLATED}, field {@code status}) when completing a
     *         project with open tasks or milestones
     * @throws dev.atlvs.core.error.AccessDeniedException when reopening a completed project without {@link ProjectsPermissions#PROJECTS_MANAGE}
     */
    public Project changeStatus(UUID id, ProjectStatus target) {
        requireNonNull(id, "id is null");
        requireNonNull(target, "target is null");
        tx.require(ProjectsPermissions.PROJECTS_UPDATE);
        Project project = projects.get(id);
        requireTransition(project, target);
        if (target == ProjectStatus.COMPLETED) {
            long openTasks = tx.repository(TaskRepository.class).countOpen(id);
            long openMilestones = tx.repository(MilestoneRepository.class).countOpen(id);
            if (openTasks + openMilestones > 0) {
                throw new ConflictException(CoreErrorCode.RULE_VIOLATED, "status", "a project is completed once its work is done; "
                        + openTasks + " task(s) and " + openMilestones + " milestone(s) are open");
            }
        }
        return recorded(project, projects.update(moved(project, target)));
    }

    /**
     * Completes project {@code id} with open work, recording {@code reason} in the audit trail.
     *
     * @throws ConflictException ({@link ProjectsErrorCode#PROJECT_TRANSITION_INVALID}, field {@code status}) unless it is active
     */
    public Project forceComplete(UUID id, String reason) {
        requireNonNull(id, "id is null");
        tx.require(ProjectsPermissions.PROJECTS_MANAGE);
        Project project = projects.get(id);
        requireTransition(project, ProjectStatus.COMPLETED);
        return tx.withAuditReason(reason, () -> recorded(project, projects.update(moved(project, ProjectStatus.COMPLETED))));
    }

    private Project recorded(Project before, Project after) {
        new DomainEvents(tx).append("project", after.id(), ProjectsEventTypes.PROJECT_STATUS_CHANGED,
                java.util.Map.of("from", before.status(), "to", after.status()));
        return after;
    }

    private void requireTransition(Project project, ProjectStatus target) {
        ProjectStatus.LIFECYCLE.require(project, target);
        if (project.status() == ProjectStatus.COMPLETED && target == ProjectStatus.ACTIVE) {
            tx.require(ProjectsPermissions.PROJECTS_MANAGE);
        }
    }

    private Project moved(Project project, ProjectStatus target) {
        LocalDate today = LocalDate.now(tx.clock());
        ImmutableProject.Builder changed = ImmutableProject.builder().from(project).status(target);
        if (target == ProjectStatus.ACTIVE) {
            if (project.actualStartDate().isEmpty()) {
                changed.actualStartDate(today);
            }
            changed.actualEndDate(Optional.empty());
        }
        if (target == ProjectStatus.COMPLETED) {
            LocalDate started = project.actualStartDate().orElse(today);
            changed.actualStartDate(started).actualEndDate(today.isBefore(started) ? started : today);
        }
        return changed.build();
    }
}
