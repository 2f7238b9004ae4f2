package dev.atlvs.projects.milestone;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.projects.ProjectsPermissions;
import dev.atlvs.projects.task.TaskRepository;
import java.util.Optional;
import java.util.UUID;

/**
 * Completing and reopening milestones inside the caller's tenant transaction. A milestone is completed
 * once every task counting towards it is done or cancelled; an override completes it anyway and records
 * its reason in the audit trail.
 *
 * <p>Permissions: {@link ProjectsPermissions#MILESTONES_UPDATE}; forcing a completion needs {@link ProjectsPermissions#MILESTONES_MANAGE}.
 */
public final class MilestoneService {

    private final TenantTransaction tx;
    private final MilestoneRepository milestones;
    private final TaskRepository tasks;

    public MilestoneService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.milestones = tx.repository(MilestoneRepository.class);
        this.tasks = tx.repository(TaskRepository.class);
    }

    /**
     * Milestone {@code id}; {@link dev.atlvs.core.error.NotFoundException} when it does not exist. Like a
     * repository read it checks no permission: other modules read the milestones their records refer to
     * within operations they have authorised themselves.
     */
    public Milestone get(UUID id) {
        requireNonNull(id, "id is null");
        return milestones.get(id);
    }

    /**
     * Completes milestone {@code id} now.
     *
     * @throws ConflictException ({@link CoreErrorCode#ILLEGAL_TRANSITION}, field {@code completedAt}) when it is
     *         completed already; ({@link CoreErrorCode#RULE_VIOLATED}, field {@code status}) while a task
     *         counting towards it is open
     */
    public Milestone complete(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(ProjectsPermissions.MILESTONES_UPDATE);
        Milestone milestone = open(id);
        int openTasks = tasks.openTasksOfMilestone(id).size();
        if (openTasks > 0) {
            throw new ConflictException(CoreErrorCode.RULE_VIOLATED, "status",
                    "a milestone is completed once its tasks are done; " + openTasks + " task(s) are open");
        }
        return milestones.update(ImmutableMilestone.copyOf(milestone).withCompletedAt(tx.now()));
    }

    /** Completes milestone {@code id} now even with open tasks, recording {@code reason} in the audit trail. */
    public Milestone forceComplete(UUID id, String reason) {
        requireNonNull(id, "id is null");
        tx.require(ProjectsPermissions.MILESTONES_MANAGE);
        Milestone milestone = open(id);
        return tx.withAuditReason(reason, () -> milestones.update(ImmutableMilestone.copyOf(milestone).withCompletedAt(tx.now())));
    }

    /** Takes the completion of milestone {@code id} back. */
    public Milestone reopen(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(ProjectsPermissions.MILESTONES_UPDATE);
        Milestone milestone = milestones.get(id);
        if (milestone.completedAt().isEmpty()) {
            throw new ConflictException(CoreErrorCode.ILLEGAL_TRANSITION, "completedAt", "the milestone is not completed");
        }
        return milestones.update(ImmutableMilestone.copyOf(milestone).withCompletedAt(Optional.empty()));
    }

    private Milestone open(UUID id) {
        Milestone milestone = milestones.get(id);
        if (milestone.completedAt().isPresent()) {
            throw new ConflictException(CoreErrorCode.ILLEGAL_TRANSITION, "completedAt", "the milestone is completed already");
        }
        return milestone;
    }
}
