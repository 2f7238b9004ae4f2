package dev.atlvs.projects.schedule;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.ProjectsErrorCode;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A task as the scheduler sees it: an id, a duration in working days and an optional "start no
 * earlier than" date. A duration of 0 makes the task a milestone, an instant at the beginning of a
 * working day (see {@link Scheduler}). A negative duration is rejected with a {@link ValidationException}
 * ({@link ProjectsErrorCode#SCHEDULE_TASK_INVALID}, rule {@code PositiveOrZero}) when the value is built.
 */
@Value.Immutable
@AtlvsStyle
public interface ScheduleTask {

    static ImmutableScheduleTask.Builder builder() {
        return ImmutableScheduleTask.builder();
    }

    /** A task of {@code durationDays} working days without a start constraint. */
    static ScheduleTask of(UUID id, int durationDays) {
        return builder().id(requireNonNull(id, "id is null")).durationDays(durationDays).build();
    }

    /** A milestone: a task of duration 0. */
    static ScheduleTask milestone(UUID id) {
        return of(id, 0);
    }

    /** The task's id (the {@code project_tasks} id when scheduling stored tasks). */
    UUID id();

    /** The duration in working days; 0 for a milestone. */
    @PositiveOrZero
    int durationDays();

    /**
     * "Start no earlier than": the task starts on this date or, when it is not a working day, on the
     * next working day, unless its links or the project start push it later.
     */
    Optional<LocalDate> startNoEarlierThan();

    /** Whether this task is a milestone (duration 0). */
    default boolean isMilestone() {
        return durationDays() == 0;
    }

    @Value.Check
    default void check() {
        if (durationDays() < 0) {
            throw new ValidationException(ProjectsErrorCode.SCHEDULE_TASK_INVALID, "ScheduleTask",
                    List.of(new FieldViolation("durationDays", "PositiveOrZero", "must be 0 (a milestone) or more working days")));
        }
    }
}
