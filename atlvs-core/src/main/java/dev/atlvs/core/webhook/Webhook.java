package dev.atlvs.core.webhook;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organization's endpoint that receives the domain events it subscribes to, signed per the
 * Standard Webhooks specification with its own secret. The secret is an encrypted column
 * ({@link Db.Encrypted}): the database, its dumps and the audit trail hold only its ciphertext, made with the
 * host's {@link dev.atlvs.core.crypto.FieldKeys} and bound to this endpoint's row; the value here is the secret
 * in clear, left out of {@code toString()}. Register endpoints through {@link WebhookService#register}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("webhooks")
public interface Webhook extends TenantEntity {

    Table<Webhook, ImmutableWebhook.Builder> TABLE = WebhookTable.TABLE;

    static ImmutableWebhook.Builder builder() {
        return ImmutableWebhook.builder();
    }

    @Db.Sortable
    @NotBlank
    @Size(max = 100)
    String name();

    /** The endpoint, https (plain http only where the host's {@link UrlPolicy} allows it). */
    @NotBlank
    @Size(max = 2048)
    String url();

    /** The published event types the endpoint receives. */
    @Size(min = 1, max = 100)
    List<String> eventTypes();

    /** The signing secret ({@code whsec_} and base64 of 256 random bits), encrypted in the database. */
    @Db.Encrypted
    @Value.Redacted
    String secret();

    @Value.Default
    default WebhookStatus status() {
        return WebhookStatus.ACTIVE;
    }

    /** Why the endpoint was disabled. */
    Optional<@Size(max = 500) String> disabledReason();

    Optional<Instant> disabledAt();

    /** How long one attempt may take. */
    @Value.Default
    @Min(1)
    @Max(60)
    default int timeoutSeconds() {
        return 10;
    }

    /** How many attempts one event gets before its delivery fails. */
    @Value.Default
    @Min(1)
    @Max(20)
    default int maxAttempts() {
        return 8;
    }

    /** Consecutive failed attempts. */
    @Value.Default
    @Min(0)
    default int failureCount() {
        return 0;
    }

    /** Since when every attempt failed; empty after a success. */
    Optional<Instant> failingSince();

    Optional<Instant> lastSuccessAt();

    Optional<Instant> lastFailureAt();

    /** Whether it receives {@code eventType}. */
    default boolean receives(String eventType) {
        return status() == WebhookStatus.ACTIVE && eventTypes().contains(eventType);
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
