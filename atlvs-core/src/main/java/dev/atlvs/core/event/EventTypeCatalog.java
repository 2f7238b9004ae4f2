package dev.atlvs.core.event;

import java.util.List;

/**
 * The event types a module publishes, found through {@link java.util.ServiceLoader} (list the
 * implementation in {@code META-INF/services/dev.atlvs.core.event.EventTypeCatalog}).
 */
public interface EventTypeCatalog {

    /** The module's event types. */
    List<EventType> eventTypes();
}
