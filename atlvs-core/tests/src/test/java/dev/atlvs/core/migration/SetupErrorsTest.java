package dev.atlvs.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.migration.internal.SetupChecks;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every failure of the set-up is an {@link AtlvsException} with a stable code and a message that says what to run:
 * an unmigrated database, pending or failed migrations, a run-time role that is missing or lacks its grants, an
 * owner pool too small for a migration, an unreachable server.
 */
@AtlvsTest
class SetupErrorsTest {

    @Test
    void anUnmigratedDatabaseIsReportedAsSchemaMissingAtTheFirstTransactionAndByTheReadinessCheck(TestDatabase database) throws Exception {
        withEmptyDatabase(database, empty -> {
            // given
            Atlvs atlvs = Atlvs.builder(empty.app()).migrateAs(empty.owner(), TestDatabases.APP_ROLE).build();

            // when / then
            assertCode(() -> atlvs.platform().createOrganization(Organization.builder().name("Acme").slug("acme").build(), UUID.randomUUID()),
                    CoreErrorCode.SCHEMA_MISSING, "has no schema atlvs", "atlvs-cli.jar migrate");
            assertCode(atlvs::checkReady, CoreErrorCode.SCHEMA_MISSING, "Atlvs.migrate()");
            SchemaStatus status = atlvs.schemaStatus();
            assertThat(status.schemaPresent()).isFalse();
            assertThat(status.upToDate()).isFalse();
            assertThat(status.module(AtlvsModule.CORE).orElseThrow().pending()).isNotEmpty();
        });
    }

    @Test
    void aDatabaseBehindTheJarIsReportedAsMigrationsPendingNamingTheModuleAndVersions(TestDatabase database) throws Exception {
        withEmptyDatabase(database, empty -> {
            // given: core migrated up to one version before the newest the jar holds
            SchemaStatus fresh = AtlvsMigrations.on(empty.owner()).status();
            String latest = fresh.module(AtlvsModule.CORE).orElseThrow().latestVersion().orElseThrow();
            java.util.List<String> all = fresh.module(AtlvsModule.CORE).orElseThrow().pending();
            assertThat(all).endsWith(latest);
            String previous = all.get(all.size() - 2);
            coreFlyway(empty.owner()).target(previous).load().migrate();
            Atlvs atlvs = Atlvs.builder(empty.app()).migrateAs(empty.owner(), TestDatabases.APP_ROLE).build();

            // when / then
            SchemaStatus status = atlvs.schemaStatus();
            assertThat(status.module(AtlvsModule.CORE).orElseThrow().currentVersion()).contains(previous);
            assertThat(status.module(AtlvsModule.CORE).orElseThrow().pending()).containsExactly(latest);
            assertCode(atlvs::checkReady, CoreErrorCode.MIGRATIONS_PENDING, "core [V" + latest + "]");
            assertCode(() -> atlvs.platform().createOrganization(Organization.builder().name("Acme").slug("acme").build(), UUID.randomUUID()),
                    CoreErrorCode.MIGRATIONS_PENDING, "core (applied V" + previous + ", the jar holds up to V" + latest + ")");

            // and once migrated, it serves
            atlvs.migrate();
            assertThat(atlvs.checkReady().upToDate()).isTrue();
        });
    }

    @Test
    void aRuntimeRoleThatDoesNotExistIsRefusedBeforeAnythingIsMigrated(TestDatabase database) throws Exception {
        withEmptyDatabase(database, empty -> {
            // when / then
            assertCode(() -> AtlvsMigrations.on(empty.owner()).runtimeRole("atlvs_nobody").migrate(), CoreErrorCode.RUNTIME_ROLE_MISSING,
                    "create role atlvs_nobody login");
            assertThat(AtlvsMigrations.on(empty.owner()).status().schemaPresent()).isFalse();
        });
    }

    @Test
    void aRoleWithoutTheGrantsOfTheMigrationsIsToldHowToGetThem(TestDatabase database) throws Exception {
        withEmptyDatabase(database, empty -> {
            // given: migrated without naming the run-time role, so it was granted nothing
            AtlvsMigrations.on(empty.owner()).migrate();
            Atlvs atlvs = Atlvs.builder(empty.app()).migrateAs(empty.owner(), TestDatabases.APP_ROLE).build();

            // when / then
            assertCode(atlvs::checkReady, CoreErrorCode.RUNTIME_ROLE_GRANTS_MISSING, "role atlvs_app has no privileges", "grant <runtime role> to atlvs_app");
            assertCode(() -> atlvs.platform().createOrganization(Organization.builder().name("Acme").slug("acme").build(), UUID.randomUUID()),
                    CoreErrorCode.RUNTIME_ROLE_GRANTS_MISSING, "docs/production-setup.md");
        });
    }

    @Test
    void anOwnerPoolOfOneConnectionIsRefusedInsteadOfWaitingForEver(TestDatabase database) throws Exception {
        withEmptyDatabase(database, empty -> {
            // given
            HikariConfig config = new HikariConfig();
            config.setDataSource(empty.owner());
            config.setMaximumPoolSize(1);
            try (HikariDataSource onlyOne = new HikariDataSource(config)) {
                // when / then
                assertCode(() -> Atlvs.builder(onlyOne).build().migrate(), CoreErrorCode.OWNER_POOL_TOO_SMALL,
                        "allows 1 connection", "at least 2");
            }
            assertThat(AtlvsMigrations.on(empty.owner()).status().schemaPresent()).isFalse();
        });
    }

    @Test
    void aFailedMigrationInTheHistoryIsReportedWithWhatToDo(TestDatabase database) throws Exception {
        withEmptyDatabase(database, empty -> {
            // given: a migrated database whose history records a failed migration after the last one
            Atlvs atlvs = Atlvs.builder(empty.app()).migrateAs(empty.owner(), TestDatabases.APP_ROLE).build();
            atlvs.migrate();
            try (Connection connection = empty.owner().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("""
                        insert into atlvs.flyway_schema_history_core
                               (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                        select max(installed_rank) + 1, '999', 'broken', 'SQL', 'V999__broken.sql', 0, current_user, 1, false
                          from atlvs.flyway_schema_history_core
                        """);
            }

            // when / then
            assertThat(atlvs.schemaStatus().module(AtlvsModule.CORE).orElseThrow().failed()).containsExactly("999");
            assertCode(atlvs::checkReady, CoreErrorCode.MIGRATION_FAILED, "records failed migrations [999]", "flyway_schema_history_core");
        });
    }

    @Test
    void anUnreachableServerIsReportedAtStartUp() {
        // given: nothing listens on port 1
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/atlvs?connectTimeout=2");
        nowhere.setUser("atlvs");

        // when / then
        assertCode(() -> Atlvs.builder(nowhere).build(), CoreErrorCode.DATABASE_UNREACHABLE, "SQLSTATE 08001", "check the JDBC URL");
    }

    @Test
    void aServerOlderThanFifteenIsRefusedNamingItsVersion() {
        assertCode(() -> SetupChecks.requireSupportedServer("14.11", 140011), CoreErrorCode.SERVER_TOO_OLD,
                "PostgreSQL 14.11", "PostgreSQL 15 or newer");
        SetupChecks.requireSupportedServer("15.0", 150000);
    }

    @Test
    void aMigratedDatabaseIsReadyAndItsStatusNamesEveryInstalledModule(TestDatabase database) {
        // given
        Atlvs atlvs = database.atlvsBuilder().build();

        // when
        SchemaStatus status = atlvs.checkReady();

        // then
        assertThat(status.upToDate()).isTrue();
        assertThat(status.serverSupported()).isTrue();
        assertThat(status.connectionRole()).isEqualTo(TestDatabases.APP_ROLE);
        assertThat(status.connectionRoleSafe()).isTrue();
        assertThat(status.modules()).extracting(SchemaStatus.ModuleStatus::name)
                .containsExactlyElementsOf(AtlvsModules.installed().inDependencyOrder().stream().map(AtlvsModule::name).toList());
        assertThat(status.modules()).allSatisfy(module -> assertThat(module.currentVersion()).isEqualTo(module.latestVersion()));
    }

    private static void assertCode(ThrowingCallable call, CoreErrorCode code, String... fragments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AtlvsException.class, failure -> {
            assertThat(failure.code()).isEqualTo(code);
            for (String fragment : fragments) {
                assertThat(failure.getMessage()).contains(fragment);
            }
        });
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration coreFlyway(DataSource owner) {
        AtlvsModule core = AtlvsModules.installed().named(AtlvsModule.CORE).orElseThrow();
        return Flyway.configure(SetupErrorsTest.class.getClassLoader())
                .dataSource(owner)
                .schemas(AtlvsMigrations.SCHEMA)
                .defaultSchema(AtlvsMigrations.SCHEMA)
                .createSchemas(true)
                .table(core.historyTable())
                .locations(core.migrationLocation())
                .placeholders(Map.of("runtime_role", TestDatabases.APP_ROLE));
    }

    /** An empty database of the test server, owned by the owner role, dropped afterwards. */
    private static void withEmptyDatabase(TestDatabase database, Work work) throws Exception {
        String name = "setup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name + " owner " + TestDatabases.OWNER_ROLE + " template template0 encoding 'UTF8'");
        }
        try {
            work.run(new EmptyDatabase(source(database, name, database.ownerCredentials().user(), database.ownerCredentials().password()),
                    source(database, name, database.appCredentials().user(), database.appCredentials().password())));
        } finally {
            try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static DataSource source(TestDatabase database, String name, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(database.server().jdbcUrl(name));
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    private record EmptyDatabase(DataSource owner, DataSource app) {
    }

    @FunctionalInterface
    private interface Work {
        void run(EmptyDatabase database) throws Exception;
    }
}
