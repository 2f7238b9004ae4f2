package dev.atlvs.core.event;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The closed registry of event types: every {@link EventTypeCatalog} on the class path. Appending an
 * event or subscribing a webhook to a type outside it is refused.
 */
public final class EventTypes {
    private static final Map<String, EventType> BY_NAME = load();

    private EventTypes() {}

    private static Map<String, EventType> load() {
        Map<String, EventType> types = new LinkedHashMap<>();
        for (EventTypeCatalog catalog : ServiceLoader.load(EventTypeCatalog.class, EventTypes.class.getClassLoader())) {
            for (EventType type : catalog.eventTypes()) {
                EventType previous = types.put(type.name(), type);
                if (previous != null && !previous.equals(type)) {
                    throw new IllegalStateException("event type " + type.name() + " is published twice");
                }
            }
        }
        return Map.copyOf(types);
    }

    /** Every published event type. */
    public static Collection<EventType> all() {
        return BY_NAME.values();
    }

    /** The event type {@code name}, if published. */
    public static Optional<EventType> find(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    /**
     * The event type {@code name}.
     *
     * @throws ValidationException ({@link CoreErrorCode#UNKNOWN_EVENT_TYPE}, field {@code field}, rule
     *         {@code EventTypeCatalog}) when no module publishes it
     */
    public static EventType require(String name, String subject, String field) {
        return find(name).orElseThrow(() -> new ValidationException(CoreErrorCode.UNKNOWN_EVENT_TYPE, subject,
                List.of(new FieldViolation(field, "EventTypeCatalog", "must be a published event type"))));
    }
}
