package dev.atlvs.programming.runofshow;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of a run of show.
 *
 * @param kind    what the item marks
 * @param title   what to show (the event's title, the performer's name)
 * @param at      when it starts
 * @param until   when it ends, for spans (a changeover, a set)
 * @param zone    the event's time zone, in which {@link #localAt()} is read
 * @param eventId the event the item belongs to
 * @param slotId  the lineup slot, for changeovers and sets
 */
public record RunOfShowItem(ItemKind kind, String title, Instant at, Optional<Instant> until, ZoneId zone, UUID eventId,
                            Optional<UUID> slotId) {

    public RunOfShowItem {
        requireNonNull(kind, "kind is null");
        requireNonNull(title, "title is null");
        requireNonNull(at, "at is null");
        requireNonNull(until, "until is null");
        requireNonNull(zone, "zone is null");
        requireNonNull(eventId, "eventId is null");
        requireNonNull(slotId, "slotId is null");
    }

    /** The start in the event's time zone. */
    public LocalDateTime localAt() {
        return LocalDateTime.ofInstant(at, zone);
    }

    /** The end in the event's time zone, for spans. */
    public Optional<LocalDateTime> localUntil() {
        return until.map(u -> LocalDateTime.ofInstant(u, zone));
    }
}
