package dev.atlvs.docs.erd;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.cli.erd.SchemaDiagrams;
import dev.atlvs.core.migration.AtlvsMigrations;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.testing.Credentials;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The diagrams know which module created a table from the scripts each module's history lists as applied. Migrating an
 * empty database one module at a time shows what each module really creates; the two must agree.
 */
class TableOwnershipTest {

    @Test
    void eachModuleOwnsExactlyTheTablesAndViewsItsMigrationsAdd() throws SQLException {
        TestDatabases databases = TestDatabases.shared();
        try (TestDatabase clone = databases.create("erd_ownership")) {
            String empty = clone.name() + "_empty";
            DataSource admin = clone.adminDataSource();
            execute(admin, "create database " + empty + " owner " + TestDatabases.OWNER_ROLE + " template template0 encoding 'UTF8'");
            try (HikariDataSource owner = pool(clone.server().jdbcUrl(empty), clone.ownerCredentials())) {
                // given
                List<AtlvsModule> ordered = AtlvsModules.installed().inDependencyOrder();
                Map<String, Set<String>> added = new LinkedHashMap<>();
                Set<String> before = relations(owner);
                List<AtlvsModule> migrated = new ArrayList<>();

                // when
                for (AtlvsModule module : ordered) {
                    migrated.add(module);
                    AtlvsMigrations.on(owner, AtlvsModules.of(migrated)).runtimeRole(TestDatabases.APP_ROLE).migrate();
                    Set<String> after = relations(owner);
                    Set<String> created = new TreeSet<>(after);
                    created.removeAll(before);
                    added.put(module.name(), created);
                    before = after;
                }
                SchemaDiagrams diagrams = SchemaDiagrams.read(owner, AtlvsModules.installed());

                // then
                for (AtlvsModule module : ordered) {
                    Set<String> owned = new TreeSet<>(diagrams.tables(module.name()));
                    owned.addAll(diagrams.views(module.name()));
                    assertThat(owned).as("the tables and views of module %s", module.name()).isEqualTo(added.get(module.name()));
                }
                assertThat(added.get(AtlvsModule.CORE)).contains("organizations", "users");
            } finally {
                execute(admin, "drop database if exists " + empty + " with (force)");
            }
        }
    }

    /** The tables (not partitions, not Flyway's history tables) and views of schema atlvs. */
    private static Set<String> relations(DataSource dataSource) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.relname
                          from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'atlvs' and c.relkind in ('r', 'p', 'v', 'm') and not c.relispartition
                           and c.relname not like 'flyway\\_schema\\_history%'
                        """)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static HikariDataSource pool(String url, Credentials credentials) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(credentials.user());
        config.setPassword(credentials.password());
        config.setMaximumPoolSize(2);
        config.setPoolName("erd-ownership");
        return new HikariDataSource(config);
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
