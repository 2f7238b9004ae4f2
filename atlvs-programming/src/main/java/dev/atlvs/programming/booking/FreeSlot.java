package dev.atlvs.programming.booking;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A place for a booking that the space can take as it stands: {@code [start, end)} and its turnover after it overlap no
 * live booking or the turnover after one. {@code latestStart} is the last start on the query's grid in the same gap
 * between bookings, so any start from {@code start} to {@code latestStart} on the grid fits too.
 *
 * @param start       the earliest start in this gap
 * @param end         {@code start} plus the length asked for
 * @param latestStart the latest start in this gap on the query's grid
 */
public record FreeSlot(Instant start, Instant end, Instant latestStart) {

    public FreeSlot {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        requireNonNull(latestStart, "latestStart is null");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
        if (latestStart.isBefore(start)) {
            throw new IllegalArgumentException("latestStart must not be before start");
        }
    }
}
