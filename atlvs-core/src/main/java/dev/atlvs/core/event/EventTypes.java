package dev.atlvs.core.event;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.module.AtlvsModules;
import java.util.Collection;
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
     * @param rule the registered rule an unpublished type breaks where it is used, such as
     *        {@link dev.atlvs.core.CoreRules#WEBHOOKS_EVENT_TYPES_REGISTERED}
     * @throws ValidationException ({@link CoreErrorCode#UNKNOWN_EVENT_TYPE}, the field and the name of {@code rule})
     *         when no module publishes it
     */
    public static EventType require(String name, Rule rule) {
        return find(name).orElseThrow(rule::exception);
    }
}
