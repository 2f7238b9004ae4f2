package dev.atlvs.projects.progress;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.projects.ProjectsPermissions;
import dev.atlvs.projects.milestone.ImmutableMilestone;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.project.ImmutableProject;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the derived progress of a project and its milestones in step with its tasks. A task's own
 * progress follows its status: done 100 %, review 80 %, in progress 50 %, to do and blocked 0 %;
 * cancelled tasks are left out. {@link ProgressRollup} weighs them by estimated hours.
 *
 * <pre>{@code
 * BigDecimal progress = new ProgressService(tx).refresh(projectId);
 * }</pre>
 */
public final class ProgressService {

    private final TenantTransaction tx;

    public ProgressService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** A task's progress in percent, from its status. */
    public static BigDecimal progressOf(TaskStatus status) {
        return switch (status) {
            case DONE -> BigDecimal.valueOf(100);
            case REVIEW -> BigDecimal.valueOf(80);
            case IN_PROGRESS -> BigDecimal.valueOf(50);
            case TODO, BLOCKED, CANCELLED -> BigDecimal.ZERO;
        };
    }

    /** The work items of a project's tasks. */
    public static List<WorkItem> workItems(List<Task> tasks) {
        return tasks.stream()
                .map(task -> new WorkItem(task.id(), task.estimatedHours(), progressOf(task.status()),
                        task.status() == TaskStatus.CANCELLED, task.milestoneId()))
                .toList();
    }

    /** Recomputes and stores the progress of the project and of each of its milestones; returns the project's. */
    public BigDecimal refresh(UUID projectId) {
        tx.require(ProjectsPermissions.PROJECTS_UPDATE);
        ProjectRepository projects = tx.repository(ProjectRepository.class);
        Project project = projects.get(projectId);
        List<WorkItem> items = workItems(tx.repository(TaskRepository.class).ofProject(projectId));
        BigDecimal projectProgress = ProgressRollup.of(items);
        Map<UUID, BigDecimal> byMilestone = ProgressRollup.byMilestone(items);

        MilestoneRepository milestones = tx.repository(MilestoneRepository.class);
        for (Milestone milestone : milestones.ofProject(projectId)) {
            BigDecimal progress = milestone.completedAt().isPresent() ? BigDecimal.valueOf(100)
                    : byMilestone.getOrDefault(milestone.id(), BigDecimal.ZERO);
            if (progress.compareTo(milestone.progressPct()) != 0) {
                milestones.update(ImmutableMilestone.copyOf(milestone).withProgressPct(progress));
            }
        }
        if (projectProgress.compareTo(project.progressPct()) != 0) {
            projects.update(ImmutableProject.copyOf(project).withProgressPct(projectProgress));
        }
        return projectProgress;
    }
}
