package dev.atlvs.projects.schedule;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** Named ids and terse dates for the hand-worked schedules. */
final class ScheduleFixtures {
    /** Monday 1 June 2026. */
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    private ScheduleFixtures() {}

    /** A stable id for a task name, so failures are reproducible. */
    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** A date in June 2026. */
    static LocalDate june(int day) {
        return LocalDate.of(2026, 6, day);
    }

    /**
     * The expected schedule of one task: early start and finish, late start and finish, total and free
     * float, whether it is critical.
     */
    static TaskSchedule expected(UUID task, int duration, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart,
            LocalDate lateFinish, int totalFloat, int freeFloat, boolean critical) {
        return TaskSchedule.builder()
                .taskId(task)
                .durationDays(duration)
                .earlyStart(earlyStart)
                .earlyFinish(earlyFinish)
                .lateStart(lateStart)
                .lateFinish(lateFinish)
                .totalFloat(totalFloat)
                .freeFloat(freeFloat)
                .critical(critical)
                .build();
    }
}
