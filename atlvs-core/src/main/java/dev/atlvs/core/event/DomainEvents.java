package dev.atlvs.core.event;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.internal.DomainEventRows;
import dev.atlvs.core.internal.Json;
import dev.atlvs.core.validation.internal.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The event store inside one tenant transaction. Services append an event for each operation that
 * matters, in the same transaction as the change, so the event exists exactly when the change does:
 *
 * <pre>{@code
 * new DomainEvents(tx).append("invoice", invoice.id(), "invoice.issued", Map.of("number", invoice.number()));
 * }</pre>
 *
 * <p>Events of one aggregate are numbered 1, 2, 3... without gaps: the appends to one aggregate are decided one
 * transaction at a time ({@code atlvs.serialize_decision}), so under READ COMMITTED a concurrent append waits
 * and then reads the sequence the first committed, and under REPEATABLE READ or SERIALIZABLE it fails with a
 * serialization failure that the SDK's retry loop runs again. Appended events are delivered after commit by
 * the {@link EventRelay}.
 */
public final class DomainEvents {
    /** The largest payload, in bytes of its JSON text. */
    public static final int MAX_PAYLOAD_BYTES = 16 * 1024;

    private static final Pattern AGGREGATE_TYPE = Pattern.compile("[a-z][a-z_]{0,62}");

    private final TenantTransaction tx;

    public DomainEvents(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /**
     * Appends an event with a payload of JSON-writable values (maps, lists, strings, numbers, booleans,
     * UUIDs, enums, dates and times).
     *
     * @throws ValidationException ({@link CoreErrorCode#UNKNOWN_EVENT_TYPE}, field {@code eventType}, rule
     *         {@code domain_events_event_type_registered}) when no module publishes the type for the aggregate type,
     *         ({@link CoreErrorCode#VALIDATION_FAILED}, field {@code aggregateType}) when the aggregate type is malformed, and
     *         ({@link CoreErrorCode#PAYLOAD_TOO_LARGE}, field {@code payload}, rule {@code MaxSize}) when the payload's
     *         JSON exceeds {@value #MAX_PAYLOAD_BYTES} bytes, ({@link CoreErrorCode#VALIDATION_FAILED}, field {@code payload},
     *         rule {@code Json}) when it holds text PostgreSQL cannot store (a NUL character, an unpaired surrogate);
     *         nothing is stored
     */
    public DomainEvent append(String aggregateType, UUID aggregateId, String eventType, Map<String, ?> payload) {
        requireNonNull(payload, "payload is null");
        return appendJson(aggregateType, aggregateId, eventType, Json.write(payload));
    }

    /**
     * Like {@link #append} with a payload that is already a JSON object's text.
     *
     * @throws ValidationException as {@link #append} does, and (field {@code payload}) under the rule {@code Json} when
     *         the text is not JSON PostgreSQL stores, or {@code JsonObject} when it is JSON of another kind; nothing is stored
     */
    public DomainEvent appendJson(String aggregateType, UUID aggregateId, String eventType, String payloadJson) {
        requireNonNull(aggregateId, "aggregateId is null");
        requireNonNull(payloadJson, "payloadJson is null");
        if (aggregateType == null || !AGGREGATE_TYPE.matcher(aggregateType).matches()) {
            throw ValidationException.of("DomainEvent", "aggregateType", "Pattern", "must be a lower-case aggregate type such as comment");
        }
        EventType type = EventTypes.require(eventType, dev.atlvs.core.CoreRules.DOMAIN_EVENTS_EVENT_TYPE_REGISTERED);
        if (!type.aggregateType().equals(aggregateType)) {
            throw dev.atlvs.core.CoreRules.DOMAIN_EVENTS_EVENT_TYPE_REGISTERED.exception();
        }
        if (payloadJson.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new ValidationException(CoreErrorCode.PAYLOAD_TOO_LARGE, "DomainEvent",
                    List.of(new FieldViolation("payload", "MaxSize", "must be at most " + MAX_PAYLOAD_BYTES + " bytes of JSON")));
        }
        java.util.Optional<JsonText.Kind> kind = JsonText.kind(payloadJson);
        if (kind.isEmpty()) {
            throw ValidationException.of("DomainEvent", "payload", JsonText.RULE, JsonText.MESSAGE);
        }
        if (kind.get() != JsonText.Kind.OBJECT) {
            throw ValidationException.of("DomainEvent", "payload", "JsonObject", "must be a JSON object");
        }
        var handle = tx.handle();
        // The events of one aggregate are appended one transaction at a time, at every isolation level: the next
        // sequence is read after the previous appender committed, or the transaction runs again.
        handle.createQuery("select count(*) from (select atlvs.serialize_decision(:organizationId, 'domain_events_sequence', :aggregateId)) decided")
                .bind("aggregateId", aggregateId)
                .mapTo(Long.class)
                .one();
        return handle.createQuery("""
                        insert into atlvs.domain_events (organization_id, aggregate_type, aggregate_id, sequence, event_type, payload,
                                                         actor_id, correlation_id, occurred_at)
                        select :organizationId, :aggregateType, :aggregateId, coalesce(max(e.sequence), 0) + 1, :eventType,
                               cast(:payload as jsonb), :actorId, :correlationId, :occurredAt
                          from atlvs.domain_events e
                         where e.organization_id = :organizationId and e.aggregate_type = :aggregateType and e.aggregate_id = :aggregateId
                        returning *
                        """)
                .bind("aggregateType", aggregateType)
                .bind("aggregateId", aggregateId)
                .bind("eventType", eventType)
                .bind("payload", payloadJson)
                .bind("actorId", tx.actorId())
                .bind("correlationId", tx.correlationId())
                .bind("occurredAt", tx.now())
                .map((row, context) -> DomainEventRows.map(row))
                .one();
    }

    /** The events of one aggregate, in sequence. */
    public List<DomainEvent> history(String aggregateType, UUID aggregateId) {
        requireNonNull(aggregateType, "aggregateType is null");
        requireNonNull(aggregateId, "aggregateId is null");
        return tx.handle().createQuery("""
                        select * from atlvs.domain_events
                         where organization_id = :organizationId and aggregate_type = :aggregateType and aggregate_id = :aggregateId
                         order by sequence
                        """)
                .bind("aggregateType", aggregateType)
                .bind("aggregateId", aggregateId)
                .map((row, context) -> DomainEventRows.map(row))
                .list();
    }
}
