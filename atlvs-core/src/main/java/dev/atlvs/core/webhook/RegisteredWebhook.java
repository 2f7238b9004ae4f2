package dev.atlvs.core.webhook;

import static java.util.Objects.requireNonNull;

/** An endpoint with its signing secret in clear, returned once when it is registered or its secret rotated. */
public record RegisteredWebhook(Webhook webhook, String secret) {
    public RegisteredWebhook {
        requireNonNull(webhook, "webhook is null");
        requireNonNull(secret, "secret is null");
    }

    @Override
    public String toString() {
        return "RegisteredWebhook[" + webhook.id() + "]";
    }
}
