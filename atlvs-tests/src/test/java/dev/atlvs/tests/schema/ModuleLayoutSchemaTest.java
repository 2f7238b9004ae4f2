package dev.atlvs.tests.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.migration.AtlvsMigrations;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations of each module, applied module by module in dependency order, build exactly the
 * schema that the single global migration chain (V1–V15, kept under {@code db/legacy} in this test's
 * resources) built before the modules owned their SQL, plus only the migrations each module line added
 * since (core's event-type registry, the event types of projects and finance, finance's entity types,
 * and whatever a module adds next, found without listing it here). Compared:
 * tables and columns, constraints, indexes, triggers, policies and row-level security, functions and
 * their settings, views, extended statistics, grants and default privileges, and the rows of the
 * registries (registered tables, entity types, event types).
 */
@AtlvsTest
class ModuleLayoutSchemaTest {

    /**
     * The last version of each module line that came from the global chain; later versions were added
     * since, and a module absent here is new (all its versions were added since).
     */
    private static final Map<String, String> RELOCATED_THROUGH = Map.of("core", "9", "projects", "2", "finance", "4");

    /** One query per kind of catalog object, each returning one text line per object. */
    private static final Map<String, String> CATALOG = Map.ofEntries(
            Map.entry("column", """
                    select c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                           || case when a.attnotnull then ' not null' else '' end
                           || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
                           || case when a.attidentity <> '' then ' identity ' || a.attidentity::text else '' end
                           || case when a.attgenerated <> '' then ' generated' else '' end
                      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                     where n.nspname = 'atlvs' and a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p', 'v', 'm')
                    """),
            Map.entry("relation", """
                    select c.relname || ' kind ' || c.relkind::text || ' rls ' || c.relrowsecurity || ' forced ' || c.relforcerowsecurity
                           || ' partitioned ' || c.relispartition || coalesce(' options ' || array_to_string(c.reloptions, ','), '')
                           || coalesce(' acl ' || array_to_string(array(select x::text from unnest(c.relacl) x order by 1), ','), '')
                      from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                    """),
            Map.entry("constraint", """
                    select c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
                      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs'
                    """),
            Map.entry("index", """
                    select pg_get_indexdef(i.indexrelid)
                      from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs'
                    """),
            Map.entry("trigger", """
                    select pg_get_triggerdef(t.oid) || ' enabled ' || t.tgenabled::text
                      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs' and not t.tgisinternal
                    """),
            Map.entry("policy", """
                    select tablename || ' ' || policyname || ' ' || permissive || ' ' || array_to_string(roles, ',') || ' ' || cmd
                           || coalesce(' using ' || qual, '') || coalesce(' check ' || with_check, '')
                      from pg_policies where schemaname = 'atlvs'
                    """),
            Map.entry("function", """
                    select pg_get_functiondef(p.oid) || coalesce(' config ' || array_to_string(p.proconfig, ','), '')
                           || coalesce(' acl ' || array_to_string(array(select x::text from unnest(p.proacl) x order by 1), ','), '')
                      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                     where n.nspname = 'atlvs' and p.prokind in ('f', 'p')
                    """),
            Map.entry("view", """
                    select c.relname || ' ' || pg_get_viewdef(c.oid)
                      from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs' and c.relkind in ('v', 'm')
                    """),
            Map.entry("statistics", """
                    select pg_get_statisticsobjdef(s.oid)
                      from pg_statistic_ext s join pg_namespace n on n.oid = s.stxnamespace where n.nspname = 'atlvs'
                    """),
            Map.entry("comment", """
                    select c.relname || ' ' || d.description
                      from pg_description d join pg_class c on c.oid = d.objoid and d.classoid = 'pg_class'::regclass
                      join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs' and d.objsubid = 0
                    """),
            Map.entry("schema", """
                    select n.nspname || ' owner ' || n.nspowner::regrole::text
                           || coalesce(' acl ' || array_to_string(array(select x::text from unnest(n.nspacl) x order by 1), ','), '')
                      from pg_namespace n where n.nspname = 'atlvs'
                    """),
            Map.entry("default privilege", """
                    select d.defaclrole::regrole::text || ' ' || d.defaclobjtype::text || ' '
                           || array_to_string(array(select x::text from unnest(d.defaclacl) x order by 1), ',')
                      from pg_default_acl d join pg_namespace n on n.oid = d.defaclnamespace where n.nspname = 'atlvs'
                    """),
            Map.entry("extension", "select extname from pg_extension"),
            Map.entry("registered table", """
                    select to_jsonb(r)::text from atlvs.registered_tables r
                    """),
            Map.entry("entity type", "select name || ' ' || table_name from atlvs.entity_types"),
            Map.entry("entity link table", "select table_name || ' ' || type_column || ' ' || id_column from atlvs.entity_link_tables"),
            Map.entry("event type", "select name || ' ' || aggregate_type || ' ' || description from atlvs.event_types"));

    @Test
    void theModuleMigrationsBuildTheSchemaOfTheGlobalChainPlusTheirAdditions(TestDatabase database) throws Exception {
        String legacy = "legacy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("create database " + legacy + " owner " + TestDatabases.OWNER_ROLE + " template template0 encoding 'UTF8'");
        }
        try {
            PGSimpleDataSource owner = new PGSimpleDataSource();
            owner.setUrl(database.server().jdbcUrl(legacy));
            owner.setUser(database.ownerCredentials().user());
            owner.setPassword(database.ownerCredentials().password());
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(owner)
                    .schemas(AtlvsMigrations.SCHEMA)
                    .defaultSchema(AtlvsMigrations.SCHEMA)
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .locations("classpath:db/legacy")
                    .placeholders(Map.of("runtime_role", TestDatabases.APP_ROLE))
                    .load()
                    .migrate();
            // What each module line added since: its migrations above the relocated ones, in dependency order.
            for (AtlvsModule module : AtlvsModules.installed().inDependencyOrder()) {
                Flyway.configure(getClass().getClassLoader())
                        .dataSource(owner)
                        .schemas(AtlvsMigrations.SCHEMA)
                        .defaultSchema(AtlvsMigrations.SCHEMA)
                        .table(module.historyTable())
                        .locations(module.migrationLocation())
                        .baselineOnMigrate(true)
                        .baselineVersion(RELOCATED_THROUGH.getOrDefault(module.name(), "0"))
                        .placeholders(Map.of("runtime_role", TestDatabases.APP_ROLE))
                        .load()
                        .migrate();
            }

            List<String> before;
            List<String> after;
            try (Connection connection = DriverManager.getConnection(owner.getUrl(), owner.getUser(), owner.getPassword())) {
                before = catalog(connection);
            }
            after = moduleCatalog(database);
            assertThat(before).as("catalog of the global chain").hasSizeGreaterThan(1000);
            List<String> onlyBefore = new ArrayList<>(before);
            onlyBefore.removeAll(after);
            List<String> onlyAfter = new ArrayList<>(after);
            onlyAfter.removeAll(before);
            assertThat(onlyBefore).as("objects of the global chain that the module chains lack").isEmpty();
            assertThat(onlyAfter).as("objects of the module chains that the global chain lacks").isEmpty();
            assertThat(after).as("catalog of the module chains").containsExactlyElementsOf(before);
        } finally {
            try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + legacy + " with (force)");
            }
        }
    }

    /**
     * The catalog the module chains build: that of the test database, or, where that database is distributed with
     * Citus (whose objects the global chain never had: row audit triggers, the row-security guards), that of a
     * database without Citus migrated the same way.
     */
    private static List<String> moduleCatalog(TestDatabase database) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement();
                java.sql.ResultSet citus = statement.executeQuery("select atlvs.citus_installed()")) {
            citus.next();
            if (!citus.getBoolean(1)) {
                return catalog(connection);
            }
        }
        String plain = "modules_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("create database " + plain + " owner " + TestDatabases.OWNER_ROLE + " template template0 encoding 'UTF8'");
        }
        try {
            PGSimpleDataSource owner = new PGSimpleDataSource();
            owner.setUrl(database.server().jdbcUrl(plain));
            owner.setUser(database.ownerCredentials().user());
            owner.setPassword(database.ownerCredentials().password());
            AtlvsMigrations.on(owner).runtimeRole(TestDatabases.APP_ROLE).migrate();
            try (Connection connection = owner.getConnection()) {
                return catalog(connection);
            }
        } finally {
            try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + plain + " with (force)");
            }
        }
    }

    private static List<String> catalog(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> kind : new java.util.TreeMap<>(CATALOG).entrySet()) {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(kind.getValue())) {
                while (rows.next()) {
                    String line = rows.getString(1);
                    // Flyway's history tables differ by design (one per module); the database's own name
                    // appears in nothing compared.
                    if (line != null && !line.contains("flyway_schema_history")) {
                        lines.add(kind.getKey() + ": " + line.replaceAll("registered_at\": \"[^\"]*\"", "registered_at\": \"…\""));
                    }
                }
            }
        }
        java.util.Collections.sort(lines);
        return lines;
    }
}
