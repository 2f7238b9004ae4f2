package dev.atlvs.programming.lineup;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A plan of slot times for one event's stage: each slot's new position, changeover and set times, and the curfew they
 * are held to. Build one with {@link LineupService#plan} (from an order, set lengths and changeovers) or
 * {@link LineupService#planDelay} (a delay cascaded down the rest of the lineup), inspect it, then
 * {@linkplain LineupService#apply apply} it; a plan with slots past the curfew is refused.
 *
 * @param eventId the stage-day event
 * @param slots   the planned slots, in running order
 * @param curfew  the curfew the slots are held to, if the event or its stage has one
 */
public record RunningOrder(UUID eventId, List<Planned> slots, Optional<Instant> curfew) {

    public RunningOrder {
        requireNonNull(eventId, "eventId is null");
        slots = List.copyOf(slots);
        requireNonNull(curfew, "curfew is null");
    }

    /**
     * One slot of a running order to build: which slot, how long its set is and the changeover before it.
     *
     * @param slotId            the slot
     * @param length            the set's length; positive
     * @param changeoverMinutes the changeover before the set, 0 to 1440 minutes
     */
    public record Entry(UUID slotId, Duration length, int changeoverMinutes) {
        public Entry {
            requireNonNull(slotId, "slotId is null");
            requireNonNull(length, "length is null");
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a set's length must be positive");
            }
            if (changeoverMinutes < 0 || changeoverMinutes > 1440) {
                throw new IllegalArgumentException("a changeover is 0 to 1440 minutes");
            }
        }
    }

    /**
     * One planned slot.
     *
     * @param slotId            the slot
     * @param position          its place in the running order
     * @param changeoverMinutes the changeover before the set
     * @param setStart          when the set starts
     * @param setEnd            when the set ends
     * @param pastCurfew        whether the set would end after the curfew
     */
    public record Planned(UUID slotId, int position, int changeoverMinutes, Instant setStart, Instant setEnd,
                          boolean pastCurfew) {
        /** When the slot starts occupying the stage: the set's start less the changeover. */
        public Instant occupiedFrom() {
            return setStart.minus(Duration.ofMinutes(changeoverMinutes));
        }

        /** The set's length. */
        public Duration length() {
            return Duration.between(setStart, setEnd);
        }
    }

    /**
     * Lays {@code entries} end to end from {@code from}: the first slot's changeover starts at {@code from}, each set
     * starts when its changeover ends, and the next changeover starts when the set ends. Positions follow the entries'
     * order from {@code firstPosition}.
     */
    public static List<Planned> layOut(Instant from, int firstPosition, List<Entry> entries, Optional<Instant> curfew) {
        requireNonNull(from, "from is null");
        List<Planned> planned = new ArrayList<>();
        Instant cursor = from;
        int position = firstPosition;
        for (Entry entry : entries) {
            Instant start = cursor.plus(Duration.ofMinutes(entry.changeoverMinutes()));
            Instant end = start.plus(entry.length());
            planned.add(new Planned(entry.slotId(), position++, entry.changeoverMinutes(), start, end,
                    curfew.map(end::isAfter).orElse(false)));
            cursor = end;
        }
        return planned;
    }

    /** The slots that would end after the curfew. */
    public List<Planned> pastCurfew() {
        return slots.stream().filter(Planned::pastCurfew).toList();
    }

    /** Whether every slot ends by the curfew. */
    public boolean fitsCurfew() {
        return pastCurfew().isEmpty();
    }
}
