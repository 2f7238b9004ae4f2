package dev.atlvs.projects.dependency;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.projects.schedule.DependencyType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A precedence edge between two tasks of the same project, for scheduling and the Gantt chart: the
 * {@link #successorId()} depends on the {@link #predecessorId()} as {@link #type()} says, shifted by
 * {@link #lagDays()} (negative: a lead). No task depends on itself, a pair is linked once, and no set of
 * edges forms a cycle, direct or transitive: the database refuses such an edge whatever code writes it,
 * and {@link DependencyService} reports it first. The ends of an edge never change; its type and lag do.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("project_dependencies")
public interface Dependency extends TenantEntity {

    Table<Dependency, ImmutableDependency.Builder> TABLE = DependencyTable.TABLE;

    static ImmutableDependency.Builder builder() {
        return ImmutableDependency.builder();
    }

    /** The project both tasks belong to. */
    @Db.Fixed
    UUID projectId();

    /** The task depended on. */
    @Db.Fixed
    UUID predecessorId();

    /** The task that depends on it. */
    @Db.Fixed
    UUID successorId();

    @Db.Sortable
    @Value.Default
    default DependencyType type() {
        return DependencyType.FS;
    }

    /** Days between the two ends (negative: a lead), at most ten years either way. */
    @Value.Default
    @Min(-3650)
    @Max(3650)
    default int lagDays() {
        return 0;
    }

    @Value.Check
    default void check() {
        Violations.of("Dependency")
                .require(!successorId().equals(predecessorId()), dev.atlvs.projects.ProjectsRules.PROJECT_DEPENDENCIES_SELF)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
