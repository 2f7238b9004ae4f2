package dev.atlvs.core.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored event: what happened ({@link #eventType()}) to which aggregate, its place in that
 * aggregate's history ({@link #sequence()}, gap-free from 1), its JSON payload, who did it and when.
 * The {@link #id()} is the same wherever the event is delivered, so consumers de-duplicate by it.
 */
public record DomainEvent(UUID id, UUID organizationId, String aggregateType, UUID aggregateId, long sequence, String eventType,
        String payload, Optional<UUID> actorId, Optional<UUID> correlationId, long transactionId, Instant occurredAt) {

    public DomainEvent {
        requireNonNull(id, "id is null");
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(aggregateType, "aggregateType is null");
        requireNonNull(aggregateId, "aggregateId is null");
        requireNonNull(eventType, "eventType is null");
        requireNonNull(payload, "payload is null");
        requireNonNull(actorId, "actorId is null");
        requireNonNull(correlationId, "correlationId is null");
        requireNonNull(occurredAt, "occurredAt is null");
    }
}
