package dev.atlvs.core.webhook;

import static java.util.Objects.requireNonNull;

/**
 * What the host supplies for webhooks: the policy for the URLs the SDK calls. The same settings go to
 * {@link WebhookService} and to the {@link dev.atlvs.core.event.EventRelay}. Signing secrets need no keys of
 * their own: they are an encrypted column ({@link Webhook#secret()}), encrypted with the field keys given to
 * {@link dev.atlvs.core.Atlvs.Builder#fieldKeys}.
 */
public record WebhookSettings(UrlPolicy urlPolicy) {
    public WebhookSettings {
        requireNonNull(urlPolicy, "urlPolicy is null");
    }
}
