package dev.atlvs.core.webhook;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.lifecycle.Lifecycle;

/**
 * The state of one event's delivery to one endpoint: pending until delivered, failed once its
 * attempts are exhausted, cancelled when its endpoint was disabled; a replay makes it pending again.
 */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, CANCELLED;

    /** The transition table; a refused move is {@link CoreErrorCode#WEBHOOK_DELIVERY_TRANSITION_INVALID}. */
    public static final Lifecycle<WebhookDelivery, DeliveryStatus> LIFECYCLE = Lifecycle.of(DeliveryStatus.class, WebhookDelivery::status)
            .entity("webhook delivery").table("webhook_deliveries").code(CoreErrorCode.WEBHOOK_DELIVERY_TRANSITION_INVALID)
            .initial(PENDING)
            .allow(PENDING, DELIVERED, FAILED, CANCELLED)
            .allow(DELIVERED, PENDING)
            .allow(FAILED, PENDING)
            .allow(CANCELLED, PENDING)
            .build();
}
