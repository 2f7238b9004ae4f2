package dev.atlvs.programming.lineup;

import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.space.Space;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The curfew that binds the slots of an event: the earlier of the event's {@link Event#curfewAt()} and its stage's
 * {@link Space#curfew()}, a local time read in the event's time zone on the event's show day (the local date of its
 * start), or on the next calendar day when it is before 06:00. The database applies the same reading
 * ({@code atlvs.space_curfew_at}).
 */
public final class Curfew {

    /** Local curfews before this time fall on the calendar day after the show day. */
    public static final LocalTime NEXT_DAY_BEFORE = LocalTime.of(6, 0);

    private Curfew() {}

    /** The show day of an event: the local date of its start in its time zone. */
    public static LocalDate showDay(Event event) {
        return event.startAt().atZone(event.zone()).toLocalDate();
    }

    /** The instant of a stage's local curfew on {@code showDay} in {@code zone}. */
    public static Instant ofSpace(LocalTime curfew, LocalDate showDay, ZoneId zone) {
        LocalDate day = curfew.isBefore(NEXT_DAY_BEFORE) ? showDay.plusDays(1) : showDay;
        return day.atTime(curfew).atZone(zone).toInstant();
    }

    /** The curfew binding the slots of {@code event} on {@code stage}, if either has one. */
    public static Optional<Instant> of(Event event, Optional<Space> stage) {
        Optional<Instant> spaceCurfew = stage.flatMap(Space::curfew).map(c -> ofSpace(c, showDay(event), event.zone()));
        return Stream.of(event.curfewAt(), spaceCurfew).flatMap(Optional::stream).min(Instant::compareTo);
    }
}
