package dev.atlvs.core.event;

/**
 * An in-process subscriber of the {@link EventRelay}. It receives each event at least once: when it
 * throws, the event is offered again later (to this or another relay worker), so it de-duplicates by
 * {@link DomainEvent#id()}.
 */
@FunctionalInterface
public interface EventListener {

    /** Handles {@code event}; runs inside the relay's transaction of the event's organization. */
    void onEvent(DomainEvent event);
}
