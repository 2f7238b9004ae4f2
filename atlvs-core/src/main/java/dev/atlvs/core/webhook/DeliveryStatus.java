package dev.atlvs.core.webhook;

/**
 * The state of one event's delivery to one endpoint: pending until delivered, failed once its
 * attempts are exhausted, cancelled when its endpoint was disabled; a replay makes it pending again.
 */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, CANCELLED
}
