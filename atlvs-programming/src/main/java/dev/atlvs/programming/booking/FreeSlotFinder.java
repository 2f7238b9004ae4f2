package dev.atlvs.programming.booking;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a booking of a given length fits in a space: the gaps between its live bookings (events and holds), each
 * booking followed by the space's turnover, and the new booking followed by its own turnover before the next one. What
 * it returns the database accepts as it stands (the same rule as {@code space_bookings_no_overlap}); a space under
 * maintenance, out of service or deleted has no free slot, and a length beyond the space's longest booking is refused
 * with {@code space_bookings_max_length}. A space that allows concurrent use is free everywhere.
 *
 * <pre>{@code
 * List<FreeSlot> slots = new FreeSlotFinder(tx).find(FreeSlotQuery.of(pressRoom.id(),
 *         Instant.parse("2026-07-10T09:00:00Z"), Instant.parse("2026-07-10T18:00:00Z"), Duration.ofMinutes(45)));
 * }</pre>
 */
public final class FreeSlotFinder {
    private final TenantTransaction tx;

    public FreeSlotFinder(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Up to {@code query.limit()} free slots, one per gap between bookings, earliest first. */
    public List<FreeSlot> find(FreeSlotQuery query) {
        requireNonNull(query, "query is null");
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        Space space = tx.repository(SpaceRepository.class).get(query.spaceId());
        if (space.maxBookingMinutes().map(max -> query.length().compareTo(Duration.ofMinutes(max)) > 0).orElse(false)) {
            throw ProgrammingRules.SPACE_BOOKINGS_MAX_LENGTH.exception();
        }
        if (!space.status().bookable()) {
            return List.of();
        }
        Duration turnover = space.turnover();
        List<Interval> blocked = new ArrayList<>();
        if (!space.allowConcurrent()) {
            for (SpaceBooking booking : tx.repository(SpaceBookingRepository.class)
                    .liveInSpaceBetween(space.id(), query.from(), query.to().plus(turnover))) {
                blocked.add(new Interval(booking.startsAt(), booking.bufferUntil()));
            }
        }
        return slots(query, turnover, blocked);
    }

    /**
     * The free slots of {@code query} among {@code blocked} intervals (sorted by start), each new booking needing
     * {@code turnover} after it. A pure function: what the database would accept, computed in memory.
     */
    static List<FreeSlot> slots(FreeSlotQuery query, Duration turnover, List<Interval> blocked) {
        List<FreeSlot> slots = new ArrayList<>();
        Instant start = query.from();
        Duration needs = query.length().plus(turnover);
        int next = 0;
        while (slots.size() < query.limit() && !start.plus(query.length()).isAfter(query.to())) {
            while (next < blocked.size() && !blocked.get(next).until().isAfter(start)) {
                next++;
            }
            Instant gapEnd = next < blocked.size() ? blocked.get(next).from() : null;
            if (gapEnd != null && gapEnd.isBefore(start.plus(needs))) {
                start = align(query, blocked.get(next).until());
                continue;
            }
            Instant latest = latestStart(query, start, gapEnd == null ? null : gapEnd.minus(needs));
            slots.add(new FreeSlot(start, start.plus(query.length()), latest));
            if (gapEnd == null) {
                break;
            }
            start = align(query, blocked.get(next).until());
        }
        return List.copyOf(slots);
    }

    /** The last start on the grid from {@code start} that ends by the window's end and, if bounded, by {@code bound}. */
    private static Instant latestStart(FreeSlotQuery query, Instant start, Instant bound) {
        Instant limit = query.to().minus(query.length());
        if (bound != null && bound.isBefore(limit)) {
            limit = bound;
        }
        long steps = Duration.between(start, limit).toNanos() / query.step().toNanos();
        return start.plus(query.step().multipliedBy(Math.max(0, steps)));
    }

    /** The first start on the query's grid at or after {@code at}. */
    private static Instant align(FreeSlotQuery query, Instant at) {
        if (!at.isAfter(query.from())) {
            return query.from();
        }
        long nanos = Duration.between(query.from(), at).toNanos();
        long step = query.step().toNanos();
        long steps = (nanos + step - 1) / step;
        return query.from().plus(query.step().multipliedBy(steps));
    }

    /** A span a live booking blocks: from its start to the end of its turnover. */
    record Interval(Instant from, Instant until) {}
}
