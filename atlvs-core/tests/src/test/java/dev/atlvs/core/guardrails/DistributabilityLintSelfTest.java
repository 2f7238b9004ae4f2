package dev.atlvs.core.guardrails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.guardrails.DistributabilityLint;
import dev.atlvs.testing.guardrails.Finding;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the distributability lint catches what it exists for: a throwaway table (or trigger function) that
 * Citus would refuse is reported under the rule's name, and the same table put right is not. The migrated schema
 * itself passes the lint (the generated {@code distributable: <table>} tests of every module).
 */
@AtlvsTest
class DistributabilityLintSelfTest {

    @BeforeEach
    void createThrowawayTable(TestDatabase database) throws SQLException {
        owner(database, """
                drop table if exists atlvs.throwaway_stages;
                drop table if exists atlvs.throwaway_settings;
                delete from atlvs.registered_tables where table_name in ('throwaway_stages', 'throwaway_settings');
                create table atlvs.throwaway_stages (
                    organization_id uuid not null references atlvs.organizations (id),
                    id uuid not null,
                    name text not null,
                    location_id uuid,
                    created_at timestamptz not null, created_by uuid,
                    updated_at timestamptz not null, updated_by uuid,
                    version bigint not null,
                    primary key (organization_id, id)
                );
                create index throwaway_stages_location_idx on atlvs.throwaway_stages (organization_id, location_id);
                select atlvs.register_tenant_table('atlvs.throwaway_stages');
                """);
    }

    @Test
    void aTableThatKeepsEveryRuleIsNotReported(TestDatabase database) throws SQLException {
        owner(database, """
                alter table atlvs.throwaway_stages add constraint throwaway_stages_name_unique unique (organization_id, name);
                alter table atlvs.throwaway_stages add constraint throwaway_stages_location_fkey foreign key (organization_id, location_id)
                    references atlvs.locations (organization_id, id);
                """);

        assertThat(lint(database)).isEmpty();
    }

    @Test
    void aPolicyWithASubQueryIsReported(TestDatabase database) throws SQLException {
        reported(database, """
                drop policy tenant_isolation on atlvs.throwaway_stages;
                create policy tenant_isolation on atlvs.throwaway_stages for all
                    using (organization_id = (select atlvs.current_tenant()))
                    with check (organization_id = (select atlvs.current_tenant()));
                create policy members_only on atlvs.throwaway_stages for select
                    using (exists (select 1 from atlvs.organization_members m where m.organization_id = throwaway_stages.organization_id));
                """, DistributabilityLint.POLICY_WITHOUT_SUB_QUERY, DistributabilityLint.POLICY_WITHOUT_SUB_QUERY);

        owner(database, "drop policy if exists members_only on atlvs.throwaway_stages; select atlvs.register_tenant_table('atlvs.throwaway_stages')");
        assertThat(lint(database)).isEmpty();
    }

    @Test
    void aUniqueKeyWithoutTheTenantColumnIsReported(TestDatabase database) throws SQLException {
        reported(database, """
                alter table atlvs.throwaway_stages add constraint throwaway_stages_name_unique unique (name);
                create unique index throwaway_stages_location_unique on atlvs.throwaway_stages (location_id) where location_id is not null;
                """, DistributabilityLint.TENANT_COLUMN_IN_EVERY_KEY, DistributabilityLint.TENANT_COLUMN_IN_EVERY_KEY);

        owner(database, """
                alter table atlvs.throwaway_stages drop constraint if exists throwaway_stages_name_unique;
                alter table atlvs.throwaway_stages add constraint throwaway_stages_name_unique unique (organization_id, name);
                drop index if exists atlvs.throwaway_stages_location_unique;
                create unique index throwaway_stages_location_unique on atlvs.throwaway_stages (organization_id, location_id)
                    where location_id is not null;
                """);
        assertThat(lint(database)).isEmpty();
    }

    @Test
    void aForeignKeyThatSetsNullOrADefaultIsReported(TestDatabase database) throws SQLException {
        reported(database, """
                alter table atlvs.throwaway_stages add constraint throwaway_stages_location_fkey foreign key (organization_id, location_id)
                    references atlvs.locations (organization_id, id) on delete set null (location_id);
                """, DistributabilityLint.NO_SET_NULL_OR_DEFAULT);

        reported(database, """
                alter table atlvs.throwaway_stages drop constraint if exists throwaway_stages_location_fkey;
                alter table atlvs.throwaway_stages add constraint throwaway_stages_location_fkey foreign key (organization_id, location_id)
                    references atlvs.locations (organization_id, id) on update set default;
                """, DistributabilityLint.NO_SET_NULL_OR_DEFAULT);
        if (citus(database)) {
            return; // a key that sets null cannot be added to a distributed table, to be replaced afterwards
        }

        owner(database, """
                alter table atlvs.throwaway_stages drop constraint throwaway_stages_location_fkey,
                    add constraint throwaway_stages_location_fkey foreign key (organization_id, location_id)
                        references atlvs.locations (organization_id, id) on delete set null (location_id);
                select atlvs.null_on_delete('atlvs.throwaway_stages', 'throwaway_stages_location_fkey');
                """);
        assertThat(lint(database)).isEmpty();
    }

    @Test
    void aForeignKeyBetweenTenantTablesThatDoesNotPairTheirTenantColumnsIsReported(TestDatabase database) throws SQLException {
        reported(database, """
                alter table atlvs.throwaway_stages add column venue_organization_id uuid;
                alter table atlvs.throwaway_stages add constraint throwaway_stages_location_fkey foreign key (venue_organization_id, location_id)
                    references atlvs.locations (organization_id, id);
                create index throwaway_stages_venue_idx on atlvs.throwaway_stages (venue_organization_id, location_id);
                """, DistributabilityLint.TENANT_COLUMN_ON_BOTH_SIDES);
    }

    @Test
    void aTriggerFunctionThatReadsTheTableNameFromTheTriggerIsReported(TestDatabase database) throws SQLException {
        owner(database, """
                create function atlvs.throwaway_name_check() returns trigger language plpgsql set search_path = pg_catalog as $$
                begin
                    raise exception 'no change to %', TG_TABLE_NAME;
                end
                $$;
                """);
        try {
            assertThat(lint(database)).extracting(Finding::object, Finding::rule).containsExactly(
                    tuple("throwaway_name_check()", DistributabilityLint.TRIGGER_WITHOUT_TABLE_NAME));

            owner(database, """
                    create or replace function atlvs.throwaway_name_check() returns trigger language plpgsql set search_path = pg_catalog as $$
                    begin
                        raise exception 'no change to %', tg_argv[0];
                    end
                    $$;
                    """);
            assertThat(lint(database)).isEmpty();
        } finally {
            owner(database, "drop function atlvs.throwaway_name_check()");
        }
    }

    @Test
    void aTableWithoutATenantThatRefersToATenantTableIsReported(TestDatabase database) throws SQLException {
        String table = """
                create table atlvs.throwaway_settings (
                    key text primary key,
                    organization_id uuid references atlvs.organizations (id)
                );
                create index throwaway_settings_organization_idx on atlvs.throwaway_settings (organization_id);
                """;
        reported(database, table + "select atlvs.register_table('atlvs.throwaway_settings', 'internal');",
                DistributabilityLint.REFERENCE_TABLE_INDEPENDENT);

        // Distributed by its organization instead, its key must hold the organization.
        owner(database, "drop table if exists atlvs.throwaway_settings; delete from atlvs.registered_tables where table_name = 'throwaway_settings'");
        reported(database, table + "select atlvs.register_table('atlvs.throwaway_settings', 'internal', tenant_column => 'organization_id');",
                DistributabilityLint.TENANT_COLUMN_IN_EVERY_KEY);
    }

    @Test
    void anSqlFunctionWithParametersThatReadsATenantTableIsReported(TestDatabase database) throws SQLException {
        owner(database, """
                create function atlvs.throwaway_stage_count(tenant uuid) returns bigint language sql stable
                    set search_path = pg_catalog
                as $$ select count(*) from atlvs.throwaway_stages s where s.organization_id = tenant $$;
                """);
        try {
            assertThat(lint(database)).extracting(Finding::object, Finding::rule).containsExactly(
                    tuple("throwaway_stage_count(tenant uuid)", DistributabilityLint.NO_SQL_FUNCTION_WITH_PARAMETERS));

            owner(database, """
                    drop function atlvs.throwaway_stage_count(uuid);
                    create function atlvs.throwaway_stage_count(tenant uuid) returns bigint language plpgsql stable
                        set search_path = pg_catalog
                    as $$
                    begin
                        return (select count(*) from atlvs.throwaway_stages s where s.organization_id = tenant);
                    end
                    $$;
                    """);
            assertThat(lint(database)).isEmpty();
        } finally {
            owner(database, "drop function atlvs.throwaway_stage_count(uuid)");
        }
    }

    /**
     * {@code sql} makes a throwaway object that the lint reports under {@code rules}, one finding each: what Citus would
     * refuse. Where Citus is installed (the Citus test profile), Citus itself refuses {@code sql}, and nothing is made.
     */
    private static void reported(TestDatabase database, String sql, String... rules) throws SQLException {
        if (citus(database)) {
            assertThatThrownBy(() -> owner(database, sql)).as("Citus refuses what the lint reports").isInstanceOf(SQLException.class);
            assertThat(lint(database)).isEmpty();
            return;
        }
        owner(database, sql);
        assertThat(lint(database)).extracting(Finding::rule).containsExactly(rules);
    }

    private static boolean citus(TestDatabase database) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery("select atlvs.citus_installed()")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static List<Finding> lint(TestDatabase database) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection()) {
            return DistributabilityLint.check(connection).stream().filter(f -> f.object().startsWith("throwaway")).toList();
        }
    }

    private static void owner(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
