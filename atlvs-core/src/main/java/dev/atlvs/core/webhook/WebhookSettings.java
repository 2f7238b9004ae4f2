package dev.atlvs.core.webhook;

import static java.util.Objects.requireNonNull;

/**
 * What the host supplies for webhooks: the keys that encrypt signing secrets and the policy for the
 * URLs the SDK calls. The same settings go to {@link WebhookService} and to the {@link dev.atlvs.core.event.EventRelay}.
 */
public record WebhookSettings(WebhookSecretKeys secretKeys, UrlPolicy urlPolicy) {
    public WebhookSettings {
        requireNonNull(secretKeys, "secretKeys is null");
        requireNonNull(urlPolicy, "urlPolicy is null");
    }
}
