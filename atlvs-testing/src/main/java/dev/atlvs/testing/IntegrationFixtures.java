package dev.atlvs.testing;

import dev.atlvs.core.webhook.RegisteredWebhook;
import dev.atlvs.core.webhook.UrlPolicy;
import dev.atlvs.core.webhook.WebhookSecretKeys;
import dev.atlvs.core.webhook.WebhookService;
import dev.atlvs.core.webhook.WebhookSettings;
import java.util.Map;
import java.util.Set;

/**
 * Data of the integration surface: webhook settings for tests (fixed AES key, receivers on the local
 * machine allowed) and endpoints.
 */
public final class IntegrationFixtures {
    /** The id of the test key that encrypts webhook secrets. */
    public static final String KEY_ID = "test-2026";

    private static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 7 + 3);
        }
    }

    private IntegrationFixtures() {}

    /** Settings with the test key and a URL policy that allows http and local addresses. */
    public static WebhookSettings webhookSettings() {
        return new WebhookSettings(WebhookSecretKeys.of(KEY_ID, Map.of(KEY_ID, KEY)), UrlPolicy.allowingLocalNetwork());
    }

    /** An endpoint of {@code org} at {@code url} for {@code eventTypes}, registered by its owner. */
    public static RegisteredWebhook webhook(OrganizationFixture org, String url, Set<String> eventTypes) {
        return org.asOwner(tx -> new WebhookService(tx, webhookSettings()).register("Accounting sync", url, eventTypes));
    }

}
