package dev.atlvs.programming.event;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.programming.ProgrammingPermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Events of the programme: creating and moving them, their status, deleting and restoring. An event in a space books it
 * for its occupancy window; the database refuses an overlap with another booking of the space (turnover included) with
 * {@code events_space_occupancy}, a space that takes no bookings with {@code events_space_bookable}, and a child outside
 * its parent with {@code events_inside_parent}, whichever code writes the event.
 *
 * <pre>{@code
 * EventService events = new EventService(tx);
 * Event friday = events.create(Event.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .title("Main Stage - Friday").spaceId(mainStage.id()).timezone("Europe/London")
 *         .setupStart(Instant.parse("2026-07-10T09:00:00Z")).startAt(Instant.parse("2026-07-10T11:00:00Z"))
 *         .endAt(Instant.parse("2026-07-10T22:00:00Z")).build());
 * events.changeStatus(friday.id(), EventStatus.SCHEDULED);
 * }</pre>
 */
public final class EventService {
    private final TenantTransaction tx;

    public EventService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private EventRepository events() {
        return tx.repository(EventRepository.class);
    }

    /** Adds an event; in a space, it books the space for its occupancy window. */
    public Event create(Event event) {
        tx.require(ProgrammingPermissions.PROGRAMME_CREATE);
        return events().insert(event);
    }

    /** Changes an event (its times, its space); its booking moves with it. */
    public Event update(Event event) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        return events().update(event);
    }

    /** The event. */
    public Event get(UUID eventId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return events().get(eventId);
    }

    /**
     * Moves the whole event by {@code delay} (negative to bring it forward): start, end, setup, teardown and curfew
     * alike. The curfew is a licence condition and does not move: a delay past it is the caller's decision, so it is kept
     * unless {@code moveCurfew}.
     */
    public Event shift(UUID eventId, Duration delay, boolean moveCurfew) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        requireNonNull(delay, "delay is null");
        Event event = events().get(eventId);
        ImmutableEvent.Builder moved = ImmutableEvent.builder().from(event).startAt(event.startAt().plus(delay))
                .endAt(event.endAt().plus(delay)).setupStart(event.setupStart().map(t -> t.plus(delay)))
                .teardownEnd(event.teardownEnd().map(t -> t.plus(delay)));
        if (moveCurfew) {
            moved.curfewAt(event.curfewAt().map(t -> t.plus(delay)));
        }
        return events().update(moved.build());
    }

    /** Moves the event's status along {@link EventStatus#LIFECYCLE}; cancelling releases its space. */
    public Event changeStatus(UUID eventId, EventStatus target) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        Event event = EventStatus.LIFECYCLE.require(events().get(eventId), target);
        return events().update(ImmutableEvent.copyOf(event).withStatus(target));
    }

    /** Deletes an event (it can be restored); its space is released. */
    public void delete(UUID eventId) {
        tx.require(ProgrammingPermissions.PROGRAMME_DELETE);
        events().softDelete(events().get(eventId));
    }

    /** Restores a deleted event; it books its space again, refused if the space has been taken meanwhile. */
    public Event restore(UUID eventId) {
        tx.require(ProgrammingPermissions.PROGRAMME_DELETE);
        return events().restore(events().findIncludingDeleted(eventId).orElseThrow(() -> NotFoundException.of("Event", eventId)));
    }

    /** The live events of a project, by start. */
    public List<Event> ofProject(UUID projectId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return events().ofProject(projectId);
    }

    /** The live events occupying a space between {@code from} and {@code to}, by start. */
    public List<Event> inSpace(UUID spaceId, Instant from, Instant to) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return events().inSpaceBetween(spaceId, from, to);
    }
}
