package dev.atlvs.programming.booking;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * What {@link FreeSlotFinder} looks for: a space, a window {@code [from, to)}, the length of the booking to place, the
 * grid its starts are aligned to (every 15 minutes from {@code from} by default) and how many slots to return at most.
 *
 * @param spaceId the space
 * @param from    the earliest start
 * @param to      the latest end
 * @param length  how long the booking lasts, more than zero
 * @param step    the grid of starts from {@code from}, more than zero
 * @param limit   the most slots to return, at least one
 */
public record FreeSlotQuery(UUID spaceId, Instant from, Instant to, Duration length, Duration step, int limit) {

    /** The default grid of starts: every quarter of an hour. */
    public static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

    public FreeSlotQuery {
        requireNonNull(spaceId, "spaceId is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(length, "length is null");
        requireNonNull(step, "step is null");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from");
        }
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("length must be more than zero");
        }
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be more than zero");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    /** Up to ten slots of {@code length} in {@code [from, to)}, starting on the quarter hours from {@code from}. */
    public static FreeSlotQuery of(UUID spaceId, Instant from, Instant to, Duration length) {
        return new FreeSlotQuery(spaceId, from, to, length, QUARTER_HOUR, 10);
    }

    /** The same query with starts on another grid. */
    public FreeSlotQuery withStep(Duration grid) {
        return new FreeSlotQuery(spaceId, from, to, length, grid, limit);
    }

    /** The same query returning at most {@code most} slots. */
    public FreeSlotQuery withLimit(int most) {
        return new FreeSlotQuery(spaceId, from, to, length, step, most);
    }
}
