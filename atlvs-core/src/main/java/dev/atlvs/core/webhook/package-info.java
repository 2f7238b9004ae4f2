/**
 * Webhooks: endpoints per organization subscribed to published event types, signed per the Standard
 * Webhooks specification, retries with exponential backoff and jitter, automatic disabling, a log of every
 * attempt and manual replay. Signing secrets are an encrypted column, encrypted with the host's field keys
 * ({@link dev.atlvs.core.Atlvs.Builder#fieldKeys}) like every other, and rotated with
 * {@link dev.atlvs.core.Platform#reencrypt}. Deliveries are made by the {@link dev.atlvs.core.event.EventRelay},
 * whose HTTP client connects only to the addresses the {@link dev.atlvs.core.webhook.UrlPolicy} checked for the
 * attempt, and keeps a bounded, redacted excerpt of each answer.
 *
 * <pre>{@code
 * Atlvs atlvs = Atlvs.builder(dataSource).fieldKeys(FieldKeys.of(aeadKeyset, prfKeyset)).build();
 * WebhookSettings settings = new WebhookSettings(UrlPolicy.publicHttpsOnly());
 * RegisteredWebhook hook = atlvs.inTenant(org, admin, tx -> new WebhookService(tx, settings)
 *         .register("ERP", "https://erp.example.com/hooks", Set.of("project.created", "project.status_changed")));
 * try (EventRelay relay = EventRelay.builder(atlvs).webhooks(settings).build()) {
 *     relay.start(Duration.ofSeconds(1));
 * }
 * }</pre>
 */
package dev.atlvs.core.webhook;
