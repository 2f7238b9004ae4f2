package dev.atlvs.projects.schedule;

import dev.atlvs.core.AtlvsStyle;
import java.time.LocalDate;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The computed dates and floats of one task, as {@link Scheduler} defines them: all dates are working
 * days, finish dates are inclusive (a 1-day task starting Monday finishes Monday), a milestone's start
 * and finish are the same date, and floats count working days.
 */
@Value.Immutable
@AtlvsStyle
public interface TaskSchedule {

    static ImmutableTaskSchedule.Builder builder() {
        return ImmutableTaskSchedule.builder();
    }

    /** The task's id. */
    UUID taskId();

    /** The task's duration in working days; 0 for a milestone. */
    int durationDays();

    /** The first working day the task can start on (forward pass). */
    LocalDate earlyStart();

    /** The last working day of the task when it starts on {@link #earlyStart()}; a milestone's is its start. */
    LocalDate earlyFinish();

    /** The last working day the task can start on without delaying the project finish or the deadline (backward pass). */
    LocalDate lateStart();

    /** The last working day of the task when it starts on {@link #lateStart()}. */
    LocalDate lateFinish();

    /**
     * Working days from early to late start: how far the task can slip without delaying the project
     * finish (or without missing the deadline, when one was given; negative when it is already missed).
     */
    int totalFloat();

    /**
     * Working days the task can slip without moving the early dates of any successor or the project
     * finish; never negative.
     */
    int freeFloat();

    /** Whether the task is on the critical path: its total float is the smallest of the schedule (0 without a deadline). */
    boolean critical();

    /** Whether the task is a milestone (duration 0). */
    default boolean isMilestone() {
        return durationDays() == 0;
    }
}
