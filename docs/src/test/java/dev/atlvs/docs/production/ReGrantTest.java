package dev.atlvs.docs.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.migration.AtlvsMigrations;
import dev.atlvs.docs.check.MarkdownDocument;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The production-setup guide's re-granting SQL gives the run-time role of a database migrated without one exactly the
 * privileges the migrations give it when they are told its name: compared, privilege by privilege, with the test
 * template's run-time role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReGrantTest {
    private static final MarkdownDocument GUIDE = MarkdownDocument.read(Path.of("production-setup.md"));
    private static final String PRIVILEGES = """
            with role as (select oid from pg_catalog.pg_roles where rolname = ?)
            select 'relation ' || n.nspname || '.' || c.relname || ' ' || a.privilege_type
              from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                   cross join lateral pg_catalog.aclexplode(c.relacl) a
             where a.grantee = (select oid from role)
            union all
            select 'function ' || p.oid::regprocedure::text || ' ' || a.privilege_type
              from pg_catalog.pg_proc p cross join lateral pg_catalog.aclexplode(p.proacl) a
             where a.grantee = (select oid from role)
            union all
            select 'schema ' || n.nspname || ' ' || a.privilege_type
              from pg_catalog.pg_namespace n cross join lateral pg_catalog.aclexplode(n.nspacl) a
             where a.grantee = (select oid from role)
            union all
            select 'default ' || d.defaclobjtype::text || ' in ' || coalesce(n.nspname, '') || ' ' || a.privilege_type
              from pg_catalog.pg_default_acl d left join pg_catalog.pg_namespace n on n.oid = d.defaclnamespace
                   cross join lateral pg_catalog.aclexplode(d.defaclacl) a
             where a.grantee = (select oid from role)
            """;

    private TestDatabase migratedWithTheRole;
    private final String withoutTheRole = "guide_regrant_"
            + Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36).toLowerCase(Locale.ROOT);
    private HikariDataSource owner;

    @BeforeAll
    void twoDatabases() throws SQLException {
        migratedWithTheRole = TestDatabases.shared().create(ReGrantTest.class);
        execute(migratedWithTheRole.server().adminDataSource("postgres"),
                "create database " + withoutTheRole + " owner " + TestDatabases.OWNER_ROLE + " template template0 encoding 'UTF8'");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(migratedWithTheRole.server().jdbcUrl(withoutTheRole));
        config.setUsername(TestDatabases.OWNER_ROLE);
        config.setPassword(migratedWithTheRole.ownerCredentials().password());
        config.setMaximumPoolSize(2);
        config.setPoolName("guide-regrant-owner");
        owner = new HikariDataSource(config);
        AtlvsMigrations.on(owner).migrate();
    }

    @AfterAll
    void dropTheDatabases() throws SQLException {
        owner.close();
        execute(migratedWithTheRole.server().adminDataSource("postgres"), "drop database if exists " + withoutTheRole + " with (force)");
        migratedWithTheRole.close();
    }

    @Test
    void theGuidesGrantsEqualThoseTheMigrationsMakeForTheRuntimeRole() throws SQLException {
        // given
        TreeSet<String> expected = privileges(migratedWithTheRole.ownerDataSource(), TestDatabases.APP_ROLE);
        assertThat(privileges(owner, TestDatabases.APP_ROLE)).as("nothing is granted when the migrations name no run-time role").isEmpty();

        // when
        for (String module : List.of("regrant-core", "regrant-people", "regrant-pipeline")) {
            execute(owner, GUIDE.runBlock(module).orElseThrow(() -> new AssertionError("no <!-- run: " + module + " --> block")).text());
        }

        // then
        TreeSet<String> granted = privileges(owner, TestDatabases.APP_ROLE);
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(granted);
        TreeSet<String> extra = new TreeSet<>(granted);
        extra.removeAll(expected);
        assertThat(missing).as("granted by the migrations, not by the guide").isEmpty();
        assertThat(extra).as("granted by the guide, not by the migrations").isEmpty();
    }

    private static TreeSet<String> privileges(DataSource dataSource, String role) throws SQLException {
        TreeSet<String> privileges = new TreeSet<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(PRIVILEGES)) {
            statement.setString(1, role);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    privileges.add(rows.getString(1));
                }
            }
        }
        return privileges;
    }

    /** Runs {@code sql}: each dollar-quoted block and each other statement on its own. */
    private static void execute(DataSource dataSource, String sql) throws SQLException {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (String line : sql.split("\n")) {
            current.append(line).append('\n');
            if (line.contains("$$") && (line.indexOf("$$") == line.lastIndexOf("$$"))) {
                quoted = !quoted;
            }
            if (!quoted && line.strip().endsWith(";")) {
                statements.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString());
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String each : statements) {
                if (each.lines().anyMatch(line -> !line.isBlank() && !line.strip().startsWith("--"))) {
                    statement.execute(each);
                }
            }
        }
    }
}
