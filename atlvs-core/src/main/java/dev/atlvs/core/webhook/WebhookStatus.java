package dev.atlvs.core.webhook;

/** Whether an endpoint receives deliveries. The relay disables one that answers 410 or keeps failing. */
public enum WebhookStatus {
    ACTIVE, DISABLED
}
