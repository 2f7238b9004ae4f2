package dev.atlvs.testing;

import dev.atlvs.core.webhook.RegisteredWebhook;
import dev.atlvs.core.webhook.UrlPolicy;
import dev.atlvs.core.webhook.WebhookService;
import dev.atlvs.core.webhook.WebhookSettings;
import java.util.Set;

/**
 * Data of the integration surface: webhook settings for tests (receivers on the local machine allowed) and
 * endpoints. Webhook secrets are encrypted with the field keys of the organization's {@code Atlvs} (the test
 * database's, {@link TestDatabase#fieldKeys()}).
 */
public final class IntegrationFixtures {

    private IntegrationFixtures() {}

    /** Settings with a URL policy that allows http and local addresses. */
    public static WebhookSettings webhookSettings() {
        return new WebhookSettings(UrlPolicy.allowingLocalNetwork());
    }

    /** An endpoint of {@code org} at {@code url} for {@code eventTypes}, registered by its owner. */
    public static RegisteredWebhook webhook(OrganizationFixture org, String url, Set<String> eventTypes) {
        return org.asOwner(tx -> new WebhookService(tx, webhookSettings()).register("Accounting sync", url, eventTypes));
    }

}
