package dev.atlvs.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host that embeds only atlvs-core (as this test module does: no other module is on its class path)
 * migrates the core schema and nothing else.
 */
@AtlvsTest
class CoreOnlySchemaTest {

    @Test
    void onlyTheCoreModuleIsInstalled() {
        assertThat(AtlvsModules.installed().inDependencyOrder()).extracting(AtlvsModule::name).containsExactly("core");
    }

    @Test
    void theSchemaHasTheCoreTablesAndNoProjectsOrFinanceTables(TestDatabase database) throws SQLException {
        List<String> tables = strings(database, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'atlvs' and c.relkind in ('r', 'p') and not c.relispartition order by 1
                """);

        assertThat(tables).contains("organizations", "organization_members", "locations", "comments", "audit_logs", "domain_events",
                "webhooks", "event_types", "flyway_schema_history_core");
        assertThat(tables).doesNotContain("projects", "project_tasks", "project_budgets", "invoices", "journal_entries", "budgets",
                "expenses", "flyway_schema_history_projects", "flyway_schema_history_finance");
        assertThat(tables).filteredOn(name -> name.startsWith("flyway_schema_history")).containsExactly("flyway_schema_history_core");
    }

    @Test
    void theCoreLineIsAppliedInFull(TestDatabase database) throws SQLException {
        assertThat(strings(database, "select version from atlvs.flyway_schema_history_core where success and version is not null order by installed_rank"))
                .containsExactlyElementsOf(coreVersions(database))
                .startsWith("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        assertThat(strings(database, "select name from atlvs.event_types order by name")).containsExactly("comment.posted");
        assertThat(strings(database, "select name from atlvs.entity_types order by name"))
                .containsExactly("custom_role", "location", "member", "user_profile");
    }

    @Test
    void migratingAnUpToDateSchemaAppliesNothing(TestDatabase database) {
        AtlvsMigrations migrations = AtlvsMigrations.on(database.ownerDataSource()).runtimeRole(TestDatabases.APP_ROLE);

        MigrationReport report = migrations.migrate();

        assertThat(report.appliedByModule()).containsExactly(java.util.Map.entry("core", 0));
        assertThat(report.applied()).isZero();
        List<String> versions = coreVersions(database);
        assertThat(migrations.currentVersion("core")).contains(versions.get(versions.size() - 1));
    }

    /** The versions of the core line's migration files on the class path, in order, as Flyway resolves them. */
    private static List<String> coreVersions(TestDatabase database) {
        return java.util.Arrays.stream(org.flywaydb.core.Flyway.configure()
                        .dataSource(database.ownerDataSource())
                        .locations(AtlvsModules.installed().named("core").orElseThrow().migrationLocation())
                        .schemas("atlvs").table("flyway_schema_history_core")
                        .load().info().all())
                .filter(migration -> migration.getVersion() != null)
                .map(migration -> migration.getVersion().getVersion())
                .toList();
    }

    private static List<String> strings(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.ownerDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
