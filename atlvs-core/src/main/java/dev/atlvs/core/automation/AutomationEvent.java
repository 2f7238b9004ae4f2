package dev.atlvs.core.automation;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Something that happened to one entity and may trigger automations: the trigger type ({@code pipeline.stage_entered}),
 * the entity (its type and id), its state now and, where the event is a change, its state before (for the
 * {@code changed} condition), each a map of field to value, and for a time-based trigger the occurrence it fires for
 * (an idle period, a close date), so that a rule fires once per occurrence.
 *
 * <pre>{@code
 * engine.fire(AutomationEvent.of("pipeline.stage_entered", "deal", deal.id(), Map.of("stage_id", stage, "value", value))
 *         .withPrevious(Map.of("stage_id", previousStage)));
 * }</pre>
 *
 * @param triggerType the trigger type, {@code <module>.<what>}
 * @param entityType  the entity's type, such as {@code deal}
 * @param entityId    the entity's id
 * @param state       the entity's fields now; values are texts, numbers, booleans, dates, times, ids, enums or null
 * @param previous    the entity's fields before the change; empty when the event is not a change
 * @param occurrence  the occurrence a time-based trigger fires for; empty for other events
 */
public record AutomationEvent(String triggerType, String entityType, UUID entityId, Map<String, Object> state,
        Map<String, Object> previous, Optional<String> occurrence) {

    public AutomationEvent {
        requireNonNull(triggerType, "triggerType is null");
        requireNonNull(entityType, "entityType is null");
        requireNonNull(entityId, "entityId is null");
        state = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(state, "state is null")));
        previous = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(previous, "previous is null")));
        requireNonNull(occurrence, "occurrence is null");
    }

    /** An event of {@code entityType} {@code entityId} in the state {@code state}, with no previous state. */
    public static AutomationEvent of(String triggerType, String entityType, UUID entityId, Map<String, Object> state) {
        return new AutomationEvent(triggerType, entityType, entityId, state, Map.of(), Optional.empty());
    }

    /** This event with the entity's state before the change. */
    public AutomationEvent withPrevious(Map<String, Object> before) {
        return new AutomationEvent(triggerType, entityType, entityId, state, before, occurrence);
    }

    /** This event for the occurrence {@code key} of a time-based trigger (at most 200 characters). */
    public AutomationEvent withOccurrence(String key) {
        return new AutomationEvent(triggerType, entityType, entityId, state, previous, Optional.of(key));
    }
}
