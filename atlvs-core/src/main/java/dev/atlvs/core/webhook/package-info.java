/**
 * Webhooks: endpoints per organization subscribed to published event types, signed per the Standard
 * Webhooks specification, with secrets encrypted by host keys, retries with exponential backoff and
 * jitter, automatic disabling, a log of every attempt and manual replay. Deliveries are made by the
 * {@link dev.atlvs.core.event.EventRelay}, whose HTTP client connects only to the addresses the
 * {@link dev.atlvs.core.webhook.UrlPolicy} checked for the attempt, and keeps a bounded, redacted excerpt of
 * each answer.
 *
 * <pre>{@code
 * WebhookSettings settings = new WebhookSettings(WebhookSecretKeys.of("k1", Map.of("k1", key)), UrlPolicy.publicHttpsOnly());
 * RegisteredWebhook hook = atlvs.inTenant(org, admin, tx -> new WebhookService(tx, settings)
 *         .register("ERP", "https://erp.example.com/hooks", Set.of("project.created", "project.status_changed")));
 * try (EventRelay relay = EventRelay.builder(atlvs).webhooks(settings).build()) {
 *     relay.start(Duration.ofSeconds(1));
 * }
 * }</pre>
 */
package dev.atlvs.core.webhook;
