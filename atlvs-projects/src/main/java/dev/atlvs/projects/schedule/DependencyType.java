package dev.atlvs.projects.schedule;

import dev.atlvs.core.repository.DatabaseEnum;

/**
 * How a dependency link ties its successor to its predecessor, stored as {@code fs}, {@code ss},
 * {@code ff} and {@code sf} ({@link DatabaseEnum}). Each constant states its rule for a lag of {@code n}
 * working days, with times read as instants: a task starts at the beginning of its start date and
 * finishes at the end of its finish date. {@link Scheduler} spells out the full conventions.
 */
public enum DependencyType {
    /** Finish to start: successor start ≥ predecessor finish + n. With n = 0 the successor starts the next working day. */
    FS,
    /** Start to start: successor start ≥ predecessor start + n. */
    SS,
    /** Finish to finish: successor finish ≥ predecessor finish + n. */
    FF,
    /** Start to finish: successor finish ≥ predecessor start + n. With n = 0 the successor finishes the working day before the predecessor starts. */
    SF;

    /** The stored text: {@code fs}, {@code ss}, {@code ff} or {@code sf}. */
    public String databaseValue() {
        return DatabaseEnum.toDatabase(this);
    }

    /** The constant stored as {@code text} ({@code fs}, {@code ss}, {@code ff} or {@code sf}). */
    public static DependencyType fromDatabase(String text) {
        return DatabaseEnum.fromDatabase(DependencyType.class, text);
    }
}
