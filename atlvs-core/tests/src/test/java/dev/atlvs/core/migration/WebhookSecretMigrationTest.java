package dev.atlvs.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Webhook secrets stored before they became an encrypted column were encrypted with keys the database never
 * holds: the migration that makes the column encrypted refuses to run over them, and leaves them as they were.
 */
@AtlvsTest
class WebhookSecretMigrationTest {

    /** The core version that makes webhook secrets an encrypted column. */
    private static final int ENCRYPTED_SECRETS = 19;

    /** A core version before it, whose schema still stores secrets as AES-GCM text. */
    private static final String BEFORE_ENCRYPTED_SECRETS = "17";

    @Test
    void theMigrationRefusesToRunOverSecretsStoredBeforeAndKeepsThem(TestDatabase database) throws Exception {
        String name = "webhook_secrets_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name + " owner " + TestDatabases.OWNER_ROLE + " template template0 encoding 'UTF8'");
        }
        try {
            PGSimpleDataSource owner = new PGSimpleDataSource();
            owner.setUrl(database.server().jdbcUrl(name));
            owner.setUser(database.ownerCredentials().user());
            owner.setPassword(database.ownerCredentials().password());
            AtlvsModule core = AtlvsModules.installed().named(AtlvsModule.CORE).orElseThrow();
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(owner)
                    .schemas(AtlvsMigrations.SCHEMA)
                    .defaultSchema(AtlvsMigrations.SCHEMA)
                    .createSchemas(true)
                    .table(core.historyTable())
                    .locations(core.migrationLocation())
                    .target(BEFORE_ENCRYPTED_SECRETS)
                    .placeholders(Map.of("runtime_role", TestDatabases.APP_ROLE))
                    .load()
                    .migrate();
            javax.sql.DataSource admin = database.server().adminDataSource(name);
            try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
                // An endpoint as the earlier versions stored it (triggers and references off: this row stands alone).
                statement.execute("""
                        set session_replication_role = replica;
                        insert into atlvs.webhooks (organization_id, id, name, url, event_types, secret_ciphertext, secret_key_id,
                                                    created_at, updated_at, version)
                        values ('0190a6f0-0000-7000-8000-000000000001', '0190a6f0-0000-7000-8000-000000000002', 'ERP',
                                'https://erp.example.com/hooks', array['comment.posted'], 'bm9uY2VhbmRjaXBoZXJ0ZXh0', '2026-01',
                                now(), now(), 1)
                        """);
            }

            assertThatThrownBy(() -> AtlvsMigrations.on(owner).runtimeRole(TestDatabases.APP_ROLE).migrate())
                    .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED))
                    .hasMessageContaining("webhooks holds secrets encrypted before field encryption");

            try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select secret_ciphertext, secret_key_id from atlvs.webhooks")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("bm9uY2VhbmRjaXBoZXJ0ZXh0");
                assertThat(row.getString(2)).isEqualTo("2026-01");
            }
            assertThat(AtlvsMigrations.on(owner).currentVersion(AtlvsModule.CORE))
                    .hasValueSatisfying(version -> assertThat(Integer.parseInt(version)).isLessThan(ENCRYPTED_SECRETS));
        } finally {
            try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }
}
