package dev.atlvs.core.event;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.module.AtlvsModules;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The closed registry of event types: those of every module on the class path ({@link AtlvsModules#installed()}). Appending an
 * event or subscribing a webhook to a type outside it is refused.
 */
public final class EventTypes {
    private EventTypes() {}

    /** Every published event type. */
    public static Collection<EventType> all() {
        return AtlvsModules.installed().eventTypes().values();
    }

    /** The event type {@code name}, if published. */
    public static Optional<EventType> find(String name) {
        return Optional.ofNullable(name == null ? null : AtlvsModules.installed().eventTypes().get(name));
    }

    /**
     * The event type {@code name}.
     *
     * @throws ValidationException ({@link CoreErrorCode#UNKNOWN_EVENT_TYPE}, field {@code field}, rule
     *         {@code EventTypeCatalog}, the rule name of an unregistered type) when no module publishes it
     */
    public static EventType require(String name, String subject, String field) {
        return find(name).orElseThrow(() -> new ValidationException(CoreErrorCode.UNKNOWN_EVENT_TYPE, subject,
                List.of(new FieldViolation(field, "EventTypeCatalog", "must be a published event type"))));
    }
}
