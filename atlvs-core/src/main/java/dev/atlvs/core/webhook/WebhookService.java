package dev.atlvs.core.webhook;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.event.EventTypes;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.repository.internal.Engine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Webhook endpoints of the organization, inside a tenant transaction; every operation requires
 * {@link CorePermissions#WEBHOOKS_MANAGE}. The signing secret is generated here and returned once in clear; the
 * repository engine stores it encrypted with the primary key of the host's field keys ({@link Webhook#secret()} is an
 * encrypted column) and decrypts it when the endpoint is read.
 *
 * <pre>{@code
 * RegisteredWebhook hook = new WebhookService(tx, settings)
 *         .register("Accounting sync", "https://erp.example.com/hooks/atlvs", Set.of("project.created"));
 * hook.secret();   // whsec_..., for the receiver's Standard Webhooks verifier
 * }</pre>
 */
public final class WebhookService {
    private static final int REENCRYPT_BATCH = 500;

    private final TenantTransaction tx;
    private final WebhookSettings settings;
    private final WebhookRepository webhooks;

    public WebhookService(TenantTransaction tx, WebhookSettings settings) {
        this.tx = requireNonNull(tx, "tx is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.webhooks = tx.repository(WebhookRepository.class);
    }

    /**
     * Registers an endpoint for {@code eventTypes}.
     *
     * @throws dev.atlvs.core.error.ValidationException ({@link CoreErrorCode#UNSAFE_URL}, field {@code url}) when the
     *         URL policy refuses the URL; ({@link CoreErrorCode#UNKNOWN_EVENT_TYPE}, field {@code eventTypes}) when a type
     *         is not published; nothing is stored
     * @throws dev.atlvs.core.error.AtlvsException ({@link CoreErrorCode#ENCRYPTION_KEY_MISSING}, naming
     *         {@code webhooks.secret}) when the host configured no field keys; nothing is stored
     */
    public RegisteredWebhook register(String name, String url, Set<String> eventTypes) {
        requireNonNull(eventTypes, "eventTypes is null");
        tx.require(CorePermissions.WEBHOOKS_MANAGE);
        settings.urlPolicy().check(url);
        Set<String> types = new LinkedHashSet<>();
        for (String type : eventTypes) {
            EventTypes.require(type, dev.atlvs.core.CoreRules.WEBHOOKS_EVENT_TYPES_REGISTERED);
            types.add(type);
        }
        UUID id = Ids.newId();
        String secret = WebhookSignature.newSecret();
        // No SQL runs before the insert, which validates the endpoint.
        Webhook webhook = Webhook.builder()
                .organizationId(tx.organizationId())
                .id(id)
                .name(name == null ? "" : name)
                .url(url)
                .eventTypes(types.stream().sorted().toList())
                .secret(secret)
                .build();
        return new RegisteredWebhook(webhooks.insert(webhook), secret);
    }

    /** The endpoint {@code id}. */
    public Webhook get(UUID id) {
        tx.require(CorePermissions.WEBHOOKS_MANAGE);
        return webhooks.get(id);
    }

    /** Replaces the signing secret of endpoint {@code id} with a new one, returned once. */
    public RegisteredWebhook rotateSecret(UUID id) {
        tx.require(CorePermissions.WEBHOOKS_MANAGE);
        Webhook webhook = webhooks.get(id);
        String secret = WebhookSignature.newSecret();
        Webhook rotated = webhooks.update(ImmutableWebhook.copyOf(webhook).withSecret(secret));
        return new RegisteredWebhook(rotated, secret);
    }

    /** The signing secret of endpoint {@code id}, decrypted, e.g. to show it again to an administrator. */
    public String secret(UUID id) {
        tx.require(CorePermissions.WEBHOOKS_MANAGE);
        return webhooks.get(id).secret();
    }

    /**
     * Re-encrypts with the primary key of the host's field keys every secret of the organization that an older key
     * of the keyset encrypted, in this transaction, each row locked while it is rewritten; the secrets themselves do
     * not change, so receivers keep verifying. It is {@link dev.atlvs.core.Platform#reencrypt} for this table and
     * organization, open to the organization's webhook administrators. Returns how many were re-encrypted.
     */
    public int reencryptSecrets() {
        tx.require(CorePermissions.WEBHOOKS_MANAGE);
        int total = 0;
        int rewritten;
        do {
            rewritten = Engine.reencryptBatch(tx.handle(), Webhook.TABLE, REENCRYPT_BATCH);
            total += rewritten;
        } while (rewritten == REENCRYPT_BATCH);
        return total;
    }

    /** Stops deliveries to endpoint {@code id}: its pending deliveries are cancelled. */
    public Webhook disable(UUID id, String reason) {
        tx.require(CorePermissions.WEBHOOKS_MANAGE);
        Webhook webhook = webhooks.get(id);
        if (webhook.status() == WebhookStatus.DISABLED) {
            return webhook;
        }
        return disable(tx.handle(), webhooks, webhook, reason == null || reason.isBlank() ? "disabled by an administrator" : reason, tx.now());
    }

    /** Resumes deliveries to endpoint {@code id}, with a clean failure record. */
    public Webhook enable(UUID id) {
        tx.require(CorePermissions.WEBHOOKS_MANAGE);
        Webhook webhook = webhooks.get(id);
        if (webhook.status() == WebhookStatus.ACTIVE) {
            return webhook;
        }
        return webhooks.update(ImmutableWebhook.copyOf(webhook).withStatus(WebhookStatus.ACTIVE)
                .withDisabledAt(Optional.empty()).withDisabledReason(Optional.empty())
                .withFailureCount(0).withFailingSince(Optional.empty()));
    }

    /** The deliveries of endpoint {@code webhookId}, newest first. */
    public List<WebhookDelivery> deliveries(UUID webhookId) {
        tx.require(CorePermissions.WEBHOOKS_MANAGE);
        return tx.handle().createQuery("""
                        select * from atlvs.webhook_deliveries
                         where organization_id = :organizationId and webhook_id = :webhookId
                         order by created_at desc, id desc
                        """)
                .bind("webhookId", webhookId)
                .map((row, context) -> WebhookDelivery.map(row))
                .list();
    }

    /** The delivery {@code id}. */
    public WebhookDelivery delivery(UUID id) {
        tx.require(CorePermissions.WEBHOOKS_MANAGE);
        return findDelivery(id).orElseThrow(() -> NotFoundException.of("WebhookDelivery", id));
    }

    /** Every attempt of delivery {@code deliveryId}, in order. */
    public List<WebhookAttempt> attempts(UUID deliveryId) {
        tx.require(CorePermissions.WEBHOOKS_MANAGE);
        return tx.handle().createQuery("""
                        select * from atlvs.webhook_logs
                         where organization_id = :organizationId and delivery_id = :deliveryId
                         order by attempted_at, attempt
                        """)
                .bind("deliveryId", deliveryId)
                .map((row, context) -> WebhookAttempt.map(row))
                .list();
    }

    /**
     * Delivers again the event of delivery {@code id} (delivered, failed or cancelled), with a fresh
     * set of attempts; the receiver sees the same {@code webhook-id} and may de-duplicate.
     *
     * @throws ConflictException ({@link CoreErrorCode#WEBHOOK_DELIVERY_TRANSITION_INVALID}, field {@code status}, rule
     *         {@code webhook_deliveries_status_transition}) when it is still pending, ({@link CoreErrorCode#RULE_VIOLATED},
     *         field {@code webhookId}) when its endpoint is disabled
     */
    public WebhookDelivery replay(UUID id) {
        tx.require(CorePermissions.WEBHOOKS_MANAGE);
        WebhookDelivery delivery = DeliveryStatus.LIFECYCLE.require(
                findDelivery(id).orElseThrow(() -> NotFoundException.of("WebhookDelivery", id)), DeliveryStatus.PENDING);
        if (webhooks.get(delivery.webhookId()).status() != WebhookStatus.ACTIVE) {
            throw new ConflictException(CoreErrorCode.RULE_VIOLATED, "webhookId", "enable the endpoint before replaying to it");
        }
        return tx.handle().createQuery("""
                        update atlvs.webhook_deliveries
                           set status = 'pending', next_attempt_at = :now, attempt_count = 0, last_error = null
                         where organization_id = :organizationId and id = :id
                        returning *
                        """)
                .bind("now", tx.now())
                .bind("id", id)
                .map((row, context) -> WebhookDelivery.map(row))
                .one();
    }

    private Optional<WebhookDelivery> findDelivery(UUID id) {
        return tx.handle().createQuery("select * from atlvs.webhook_deliveries where organization_id = :organizationId and id = :id")
                .bind("id", id)
                .map((row, context) -> WebhookDelivery.map(row))
                .findOne();
    }

    static Webhook disable(org.jdbi.v3.core.Handle handle, WebhookRepository webhooks, Webhook webhook, String reason, java.time.Instant now) {
        Webhook disabled = webhooks.update(ImmutableWebhook.copyOf(webhook).withStatus(WebhookStatus.DISABLED)
                .withDisabledAt(now).withDisabledReason(reason.length() > 500 ? reason.substring(0, 500) : reason));
        handle.createUpdate("""
                        update atlvs.webhook_deliveries set status = 'cancelled', next_attempt_at = null
                         where organization_id = :organizationId and webhook_id = :webhookId and status = 'pending'
                        """)
                .bind("organizationId", webhook.organizationId())
                .bind("webhookId", webhook.id())
                .execute();
        return disabled;
    }
}
