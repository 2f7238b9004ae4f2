package dev.atlvs.core.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The state of one event's delivery to one endpoint ({@code atlvs.webhook_deliveries}). */
public record WebhookDelivery(UUID id, UUID organizationId, UUID webhookId, UUID eventId, String eventType, DeliveryStatus status,
        int attemptCount, Optional<Instant> nextAttemptAt, Optional<Instant> lastAttemptAt, Optional<Integer> lastStatusCode,
        Optional<String> lastError, Optional<Instant> deliveredAt, Instant createdAt) {

    static WebhookDelivery map(ResultSet row) throws SQLException {
        Object code = row.getObject("last_status_code");
        return new WebhookDelivery(
                row.getObject("id", UUID.class),
                row.getObject("organization_id", UUID.class),
                row.getObject("webhook_id", UUID.class),
                row.getObject("event_id", UUID.class),
                row.getString("event_type"),
                DeliveryStatus.valueOf(row.getString("status").toUpperCase(java.util.Locale.ROOT)),
                row.getInt("attempt_count"),
                instant(row, "next_attempt_at"),
                instant(row, "last_attempt_at"),
                Optional.ofNullable(code == null ? null : ((Number) code).intValue()),
                Optional.ofNullable(row.getString("last_error")),
                instant(row, "delivered_at"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
