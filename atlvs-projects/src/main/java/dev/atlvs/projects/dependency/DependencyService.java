package dev.atlvs.projects.dependency;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.ProjectsPermissions;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import java.util.List;
import java.util.UUID;

/**
 * Linking and unlinking tasks inside the caller's tenant transaction. The database refuses self-edges,
 * edges between two projects and edges that close a cycle whatever code writes them (concurrent links
 * of one project are serialized there); this service reports each first, by field and rule.
 *
 * <p>Permissions: {@link ProjectsPermissions#DEPENDENCIES_CREATE} to link, {@link ProjectsPermissions#DEPENDENCIES_DELETE} to unlink.
 */
public final class DependencyService {

    private final TenantTransaction tx;
    private final DependencyRepository dependencies;
    private final TaskRepository tasks;

    public DependencyService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.dependencies = tx.repository(DependencyRepository.class);
        this.tasks = tx.repository(TaskRepository.class);
    }

    /**
     * Stores {@code dependency}.
     *
     * @throws ValidationException when it breaks a rule: a self-edge ({@link dev.atlvs.projects.ProjectsErrorCode#DEPENDENCY_INVALID}, field
     *         {@code successorId}, rule {@code project_dependencies_self}); an end in another project (field
     *         {@code predecessorId} or {@code successorId}, rule {@code project_dependencies_predecessor_fkey} or
     *         {@code project_dependencies_successor_fkey})
     * @throws dev.atlvs.core.error.ConflictException ({@link dev.atlvs.projects.ProjectsErrorCode#DEPENDENCY_CYCLE}, field {@code successorId},
     *         rule {@code project_dependencies_cycle}) when it would close a cycle
     * @throws ReferenceMissingException when either task does not exist
     * @throws DuplicateException (fields {@code predecessorId}, {@code successorId}) when the two tasks are linked already
     */
    public Dependency link(Dependency dependency) {
        requireNonNull(dependency, "dependency is null");
        tx.require(ProjectsPermissions.DEPENDENCIES_CREATE);
        tx.validate("Dependency", dependency);
        requireInProject(dependency.predecessorId(), dependency.projectId(), "predecessorId", "project_dependencies_predecessor_fkey");
        requireInProject(dependency.successorId(), dependency.projectId(), "successorId", "project_dependencies_successor_fkey");
        if (dependencies.findEdge(dependency.predecessorId(), dependency.successorId()).isPresent()) {
            throw new DuplicateException("Dependency", List.of("predecessorId", "successorId"), "project_dependencies_edge_unique", null);
        }
        if (dependencies.wouldCloseCycle(dependency.predecessorId(), dependency.successorId())) {
            throw dev.atlvs.projects.ProjectsRules.PROJECT_DEPENDENCIES_CYCLE.exception();
        }
        return dependencies.insert(dependency);
    }

    /** Removes dependency {@code id}. */
    public void unlink(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(ProjectsPermissions.DEPENDENCIES_DELETE);
        dependencies.delete(dependencies.get(id));
    }

    private void requireInProject(UUID taskId, UUID projectId, String field, String rule) {
        Task task = tasks.find(taskId)
                .orElseThrow(() -> new ReferenceMissingException("Dependency", field, rule, null));
        if (!task.projectId().equals(projectId)) {
            throw ValidationException.of("Dependency", field, rule, "must be a task of the dependency's project");
        }
    }
}
