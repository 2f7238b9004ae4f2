package dev.atlvs.projects.schedule;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.ProjectsErrorCode;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A precedence link between two tasks: the successor depends on the predecessor as {@link #type()}
 * says, shifted by {@link #lagDays()} working days (negative: a lead). Defaults: {@link DependencyType#FS},
 * lag 0. A link from a task to itself is rejected when the value is built with a
 * {@link ValidationException} ({@link ProjectsErrorCode#DEPENDENCY_INVALID}, rule
 * {@code project_dependencies_self}).
 */
@Value.Immutable
@AtlvsStyle
public interface Link {

    static ImmutableLink.Builder builder() {
        return ImmutableLink.builder();
    }

    /** A link of {@code type} with a lag of {@code lagDays} working days. */
    static Link of(UUID predecessorId, UUID successorId, DependencyType type, int lagDays) {
        return builder()
                .predecessorId(requireNonNull(predecessorId, "predecessorId is null"))
                .successorId(requireNonNull(successorId, "successorId is null"))
                .type(requireNonNull(type, "type is null"))
                .lagDays(lagDays)
                .build();
    }

    /** A finish-to-start link without lag: the successor starts the working day after the predecessor finishes. */
    static Link finishToStart(UUID predecessorId, UUID successorId) {
        return of(predecessorId, successorId, DependencyType.FS, 0);
    }

    /** The task that comes first. */
    UUID predecessorId();

    /** The task that depends on the predecessor. */
    UUID successorId();

    /** How the two tasks are tied; finish to start unless set. */
    @Value.Default
    default DependencyType type() {
        return DependencyType.FS;
    }

    /** Working days added to the tie; negative for a lead. 0 unless set. */
    @Value.Default
    default int lagDays() {
        return 0;
    }

    @Value.Check
    default void check() {
        if (predecessorId().equals(successorId())) {
            throw dev.atlvs.projects.ProjectsRules.PROJECT_DEPENDENCIES_SELF.exception();
        }
    }
}
