package dev.atlvs.core.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One attempt to deliver an event ({@code atlvs.webhook_logs}): when, the outcome ({@code delivered},
 * {@code failed}, {@code timeout}, {@code blocked} by the URL policy, {@code gone} for 410), the HTTP
 * status, the latency and the start of the response.
 */
public record WebhookAttempt(UUID id, UUID deliveryId, UUID webhookId, UUID eventId, int attempt, Instant attemptedAt, String outcome,
        Optional<Integer> statusCode, Optional<Integer> latencyMillis, Optional<String> responseExcerpt, Optional<String> error) {

    static WebhookAttempt map(ResultSet row) throws SQLException {
        Object code = row.getObject("status_code");
        Object latency = row.getObject("latency_ms");
        return new WebhookAttempt(
                row.getObject("id", UUID.class),
                row.getObject("delivery_id", UUID.class),
                row.getObject("webhook_id", UUID.class),
                row.getObject("event_id", UUID.class),
                row.getInt("attempt"),
                row.getObject("attempted_at", OffsetDateTime.class).toInstant(),
                row.getString("outcome"),
                Optional.ofNullable(code == null ? null : ((Number) code).intValue()),
                Optional.ofNullable(latency == null ? null : ((Number) latency).intValue()),
                Optional.ofNullable(row.getString("response_excerpt")),
                Optional.ofNullable(row.getString("error")));
    }
}
