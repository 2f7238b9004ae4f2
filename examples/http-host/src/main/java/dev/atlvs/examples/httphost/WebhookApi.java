package dev.atlvs.examples.httphost;

import static dev.atlvs.examples.httphost.ApiKeyAuthentication.principal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.webhook.DeliveryStatus;
import dev.atlvs.core.webhook.RegisteredWebhook;
import dev.atlvs.core.webhook.Webhook;
import dev.atlvs.core.webhook.WebhookDelivery;
import dev.atlvs.core.webhook.WebhookService;
import dev.atlvs.core.webhook.WebhookSettings;
import dev.atlvs.core.webhook.WebhookStatus;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /webhooks}: register an endpoint for event types (its signing secret is shown once, in the answer), read
 * it, and list its deliveries. The host's event relay makes the deliveries.
 */
final class WebhookApi {
    private final Atlvs atlvs;
    private final ObjectMapper mapper;
    private final WebhookSettings settings;

    WebhookApi(Atlvs atlvs, ObjectMapper mapper, WebhookSettings settings) {
        this.atlvs = atlvs;
        this.mapper = mapper;
        this.settings = settings;
    }

    /** The body of {@code POST /webhooks}: {@code url} and {@code eventTypes} (such as {@code task.created}) are required. */
    record RegisterWebhook(String name, String url, List<String> eventTypes) {}

    /** An endpoint as the API shows it; {@code secret} only in the answer to its registration. */
    record WebhookView(UUID id, String name, String url, List<String> eventTypes, WebhookStatus status, int failureCount,
            Optional<Instant> lastSuccessAt, Optional<String> secret) {
        static WebhookView of(Webhook webhook, Optional<String> secret) {
            return new WebhookView(webhook.id(), webhook.name(), webhook.url(), webhook.eventTypes(), webhook.status(),
                    webhook.failureCount(), webhook.lastSuccessAt(), secret);
        }
    }

    /** A delivery of an event to an endpoint. */
    record DeliveryView(UUID id, UUID eventId, String eventType, DeliveryStatus status, int attemptCount,
            Optional<Integer> lastStatusCode, Optional<String> lastError, Optional<Instant> deliveredAt, Instant createdAt) {
        static DeliveryView of(WebhookDelivery delivery) {
            return new DeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.status(), delivery.attemptCount(),
                    delivery.lastStatusCode(), delivery.lastError(), delivery.deliveredAt(), delivery.createdAt());
        }
    }

    void register(Context ctx) {
        RegisterWebhook body = JsonBodies.read(mapper, ctx, RegisterWebhook.class, "Webhook");
        Input input = new Input("Webhook");
        input.required("url", body.url());
        if (input.required("eventTypes", body.eventTypes()) != null && body.eventTypes().isEmpty()) {
            input.invalid("eventTypes", "Size", "must name at least one event type");
        }
        input.throwIfAny();
        RegisteredWebhook registered = atlvs.inTenant(principal(ctx), tx -> new WebhookService(tx, settings)
                .register(body.name(), body.url(), new LinkedHashSet<>(body.eventTypes())));
        ctx.status(201).header("Location", "/webhooks/" + registered.webhook().id())
                .json(WebhookView.of(registered.webhook(), Optional.of(registered.secret())));
    }

    void get(Context ctx) {
        UUID id = PathIds.of(ctx, "webhookId");
        Webhook webhook = atlvs.inTenant(principal(ctx), tx -> new WebhookService(tx, settings).get(id));
        ctx.json(WebhookView.of(webhook, Optional.empty()));
    }

    void deliveries(Context ctx) {
        UUID id = PathIds.of(ctx, "webhookId");
        List<DeliveryView> deliveries = atlvs.inTenant(principal(ctx), tx -> {
            WebhookService webhooks = new WebhookService(tx, settings);
            webhooks.get(id);
            return webhooks.deliveries(id).stream().map(DeliveryView::of).toList();
        });
        ctx.json(new ProjectApi.PageView<>(deliveries, Optional.empty()));
    }
}
