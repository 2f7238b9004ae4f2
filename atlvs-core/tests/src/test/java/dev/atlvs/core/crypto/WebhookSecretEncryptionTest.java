package dev.atlvs.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.CoreEvents;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.webhook.ImmutableWebhook;
import dev.atlvs.core.webhook.RegisteredWebhook;
import dev.atlvs.core.webhook.WebhookRepository;
import dev.atlvs.core.webhook.WebhookService;
import dev.atlvs.core.webhook.WebhookSignature;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.IntegrationFixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Webhook signing secrets are an encrypted column: the same field keys, binding and rotation as every other. */
@AtlvsTest
class WebhookSecretEncryptionTest {

    private static final String URL = "http://127.0.0.1:9/hooks";

    private static RegisteredWebhook register(OrganizationFixture org) {
        return IntegrationFixtures.webhook(org, URL, Set.of(CoreEvents.COMMENT_POSTED));
    }

    private static byte[] stored(TestDatabase database, UUID webhook) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("select secret from atlvs.webhooks where id = ?")) {
            statement.setObject(1, webhook);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    /** The forms a secret could take in a dump: its text, its base64 body, and the hex of both and of its key bytes. */
    private static String[] formsOf(String secret) {
        String body = secret.substring(WebhookSignature.SECRET_PREFIX.length());
        HexFormat hex = HexFormat.of();
        return new String[] {secret, body, hex.formatHex(secret.getBytes(StandardCharsets.UTF_8)),
                hex.formatHex(body.getBytes(StandardCharsets.UTF_8)), hex.formatHex(Base64.getDecoder().decode(body))};
    }

    @Test
    void aSecretIsStoredAsCiphertextOfThePrimaryFieldKeyAndReadBackAsItself(TestDatabase database, Fixtures fixtures) throws SQLException {
        OrganizationFixture org = fixtures.organization("Signed Hooks");

        RegisteredWebhook registered = register(org);
        String read = org.asOwner(tx -> new WebhookService(tx, IntegrationFixtures.webhookSettings()).secret(registered.webhook().id()));

        assertThat(read).isEqualTo(registered.secret()).startsWith(WebhookSignature.SECRET_PREFIX);
        assertThat(registered.webhook().secret()).isEqualTo(registered.secret());
        assertThat(registered.webhook().toString()).doesNotContain(formsOf(registered.secret())[1]);
        byte[] ciphertext = stored(database, registered.webhook().id());
        assertThat(FieldKeys.keyIdOf(ciphertext)).isEqualTo(database.fieldKeys().primaryKeyId());
        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain(formsOf(registered.secret())[1]);
    }

    @Test
    void noTableDumpHoldsAWebhookSecretNorTheSecretItReplaced(TestDatabase database, Fixtures fixtures) throws Exception {
        OrganizationFixture org = fixtures.organization("Dumped Hooks");
        RegisteredWebhook registered = register(org);
        RegisteredWebhook rotated = org.asOwner(tx -> new WebhookService(tx, IntegrationFixtures.webhookSettings())
                .rotateSecret(registered.webhook().id()));

        String dump = TableDump.allTables(database);

        // The dump did read the endpoint and its audit rows: its id and its URL are there.
        assertThat(dump).contains(registered.webhook().id().toString(), URL);
        assertThat(rotated.secret()).isNotEqualTo(registered.secret());
        assertThat(dump).doesNotContain(formsOf(registered.secret())).doesNotContain(formsOf(rotated.secret()));
    }

    @Test
    void rewritingAnEndpointKeepsTheCiphertextOfItsSecret(TestDatabase database, Fixtures fixtures) throws SQLException {
        OrganizationFixture org = fixtures.organization("Renamed Hooks");
        RegisteredWebhook registered = register(org);
        byte[] before = stored(database, registered.webhook().id());

        org.asOwner(tx -> {
            WebhookRepository webhooks = tx.repository(WebhookRepository.class);
            return webhooks.update(ImmutableWebhook.copyOf(webhooks.get(registered.webhook().id())).withName("Ledger sync"));
        });

        assertThat(stored(database, registered.webhook().id())).isEqualTo(before);
    }

    @Test
    void aSecretCopiedToAnotherEndpointDoesNotDecryptThere(TestDatabase database, Fixtures fixtures) throws SQLException {
        OrganizationFixture org = fixtures.organization("Swapped Hooks");
        RegisteredWebhook first = register(org);
        RegisteredWebhook second = register(org);
        // Someone with direct access to the database copies one endpoint's ciphertext onto another (triggers off).
        try (Connection connection = database.adminDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("update atlvs.webhooks set secret = (select secret from atlvs.webhooks where organization_id = ? and id = ?) "
                        + "where organization_id = ? and id = ?")) {
            // Triggers off for this transaction, on the shards too where Citus is installed (placeholders elsewhere).
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("set local citus.propagate_set_commands = 'local'");
                settings.execute("set local session_replication_role = replica");
            }
            statement.setObject(1, org.id());
            statement.setObject(2, first.webhook().id());
            statement.setObject(3, org.id());
            statement.setObject(4, second.webhook().id());
            statement.executeUpdate();
            connection.commit();
        }

        assertThatThrownBy(() -> org.asOwner(tx -> new WebhookService(tx, IntegrationFixtures.webhookSettings()).secret(second.webhook().id())))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ENCRYPTION_KEY_MISSING))
                .hasMessageNotContaining(formsOf(first.secret())[1]);
        String firstSecret = org.asOwner(tx -> new WebhookService(tx, IntegrationFixtures.webhookSettings()).secret(first.webhook().id()));
        assertThat(firstSecret).isEqualTo(first.secret());
    }

    @Test
    void registeringAnEndpointWithoutFieldKeysIsRefusedNamingTheColumnAndStoresNothing(TestDatabase database, Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Keyless Hooks");
        Atlvs keyless = Atlvs.builder(database.appDataSource()).contextKey(database.contextKey()).strict(true).build();

        assertThatThrownBy(() -> keyless.inTenant(org.id(), org.owner().id(), tx -> new WebhookService(tx, IntegrationFixtures.webhookSettings())
                        .register("ERP", URL, Set.of(CoreEvents.COMMENT_POSTED))))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ENCRYPTION_KEY_MISSING))
                .hasMessageContaining("webhooks.secret")
                .hasMessageContaining("fieldKeys");
        long stored = org.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.webhooks where organization_id = :organizationId")
                .mapTo(Long.class).one());
        assertThat(stored).isZero();
    }
}
