package dev.atlvs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.migration.AtlvsMigrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    private static TestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.shared().create(TestDatabaseTest.class);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void nameCarriesTheLabelInSnakeCaseAndARandomSuffix() {
        assertThat(database.name()).matches("atlvs_test_database_test_[a-z0-9]{8}");
    }

    @Test
    void cloneHasTheMigratedSchemaAndItsFlywayHistory() throws Exception {
        var owner = database.ownerDataSource();

        assertThat(Queries.single(owner, "select nspowner::regrole::text from pg_namespace where nspname = '"
                + AtlvsMigrations.SCHEMA + "'")).isEqualTo(TestDatabases.OWNER_ROLE);
        assertThat(Queries.single(owner, "select to_regclass('" + AtlvsMigrations.SCHEMA
                + ".flyway_schema_history_core')::text")).isEqualTo("atlvs.flyway_schema_history_core");
        assertThat(Queries.single(owner, "select count(*) from atlvs.flyway_schema_history_core where not success"))
                .isEqualTo(0L);
    }

    @Test
    void appDataSourceConnectsToThisDatabaseAsTheRuntimeRole() throws Exception {
        var row = Queries.single(database.appDataSource(), "select current_user || ' ' || current_database()");

        assertThat(row).isEqualTo(TestDatabases.APP_ROLE + ' ' + database.name());
    }

    @Test
    void appRoleIsNeitherSuperuserNorBypassesRowLevelSecurity() throws Exception {
        var flags = Queries.single(database.appDataSource(),
                "select array[rolsuper, rolbypassrls]::text from pg_roles where rolname = current_user");

        assertThat(flags).isEqualTo("{f,f}");
    }

    @Test
    void ownerDataSourceConnectsAsTheRoleThatOwnsTheDatabase() throws Exception {
        var owner = database.ownerDataSource();

        assertThat(Queries.single(owner, "select current_user")).isEqualTo(TestDatabases.OWNER_ROLE);
        assertThat(Queries.single(owner, "select datdba::regrole::text from pg_database where datname = current_database()"))
                .isEqualTo(TestDatabases.OWNER_ROLE);
        assertThat(Queries.single(owner,
                "select array[rolsuper, rolbypassrls, rolcreaterole]::text from pg_roles where rolname = current_user"))
                .isEqualTo("{f,f,f}");
    }

    @Test
    void adminDataSourceConnectsToThisDatabaseAsTheServerAdministrator() throws Exception {
        var row = Queries.single(database.adminDataSource(), "select current_user || ' ' || current_database()");

        assertThat(row).isEqualTo(database.server().adminCredentials().user() + ' ' + database.name());
    }

    @Test
    void rowLevelSecurityFiltersWhatTheAppRoleSees() throws Exception {
        Queries.execute(database.ownerDataSource(),
                "create table public.rls_probe (tenant int not null, note text not null)",
                "insert into public.rls_probe values (1, 'one'), (2, 'two'), (2, 'deux')",
                "alter table public.rls_probe enable row level security",
                "alter table public.rls_probe force row level security",
                "create policy tenant_only on public.rls_probe using (tenant = current_setting('probe.tenant')::int)",
                "grant select on public.rls_probe to " + TestDatabases.APP_ROLE);

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            Queries.column(connection, "select set_config('probe.tenant', '2', true)");
            var notes = Queries.column(connection, "select note from public.rls_probe order by note");
            connection.rollback();

            assertThat(notes).isEqualTo(List.of("deux", "two"));
        }
    }

    @Test
    void jdbcUrlWorksWithTheAppCredentials() throws Exception {
        var app = database.appCredentials();

        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), app.user(), app.password())) {
            assertThat(Queries.column(connection, "select current_database()")).isEqualTo(List.of(database.name()));
        }
    }
}
