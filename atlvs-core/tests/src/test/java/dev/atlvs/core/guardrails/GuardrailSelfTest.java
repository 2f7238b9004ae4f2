package dev.atlvs.core.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.guardrails.ContractCheck;
import dev.atlvs.testing.guardrails.Finding;
import dev.atlvs.testing.guardrails.SchemaLint;
import dev.atlvs.testing.guardrails.TenantIsolationCheck;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guardrails catch what they exist for: a throwaway table that breaks a convention makes the
 * suite that guards it report it.
 */
@AtlvsTest
class GuardrailSelfTest {

    @BeforeEach
    void createThrowawayTable(TestDatabase database) throws SQLException {
        owner(database, """
                drop table if exists atlvs.throwaway_widgets;
                delete from atlvs.registered_tables where table_name = 'throwaway_widgets';
                create table atlvs.throwaway_widgets (
                    organization_id uuid not null references atlvs.organizations (id),
                    id uuid not null,
                    name text not null,
                    size text not null,
                    location_id uuid,
                    created_at timestamptz not null, created_by uuid,
                    updated_at timestamptz not null, updated_by uuid,
                    version bigint not null,
                    primary key (organization_id, id),
                    constraint throwaway_widgets_size_check check (size in ('small', 'medium'))
                );
                grant select, insert, update, delete on atlvs.throwaway_widgets to atlvs_app;
                """);
    }

    @Test
    void anUnregisteredTableIsReported(TestDatabase database) throws SQLException {
        assertThat(lint(database)).extracting(Finding::rule).contains("registered");
    }

    @Test
    void aTenantTableWithoutForcedRowLevelSecurityIsReported(TestDatabase database) throws SQLException {
        owner(database, """
                select atlvs.register_tenant_table('atlvs.throwaway_widgets');
                alter table atlvs.throwaway_widgets no force row level security;
                """);
        assertThat(lint(database)).extracting(Finding::rule).containsExactly("forced row-level security");
    }

    @Test
    void aTenantTableWithoutRowLevelSecurityIsReportedAndLeaksAcrossTenants(TestDatabase database, Fixtures fixtures) throws SQLException {
        owner(database, """
                select atlvs.register_tenant_table('atlvs.throwaway_widgets');
                alter table atlvs.throwaway_widgets disable row level security;
                """);
        assertThat(lint(database)).extracting(Finding::rule).contains("row-level security");
        // The audit triggers would refuse another tenant's changes on its own (its audit row cannot be
        // written into a foreign tenant); without it the table shows what missing row-level security leaks.
        owner(database, "drop trigger audit_insert on atlvs.throwaway_widgets; drop trigger audit_update on atlvs.throwaway_widgets; "
                + "drop trigger audit_delete on atlvs.throwaway_widgets");

        OrganizationFixture a = fixtures.organization("Leaky Widgets");
        OrganizationFixture b = fixtures.organization("Nosy Widgets");
        UUID row = UUID.randomUUID();
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            SqlContext.of(database).system(connection, a.id(), null);
            statement.execute("insert into atlvs.throwaway_widgets (organization_id, id, name, size) values ('" + a.id() + "', '" + row
                    + "', 'w', 'small')");
            connection.commit();
        }
        assertThat(TenantIsolationCheck.check(database.appDataSource(), database.contextKey(), "throwaway_widgets", "organization_id", row, a.id(), b.id()))
                .extracting(Finding::rule)
                .contains("invisible to other tenants", "untouchable by other tenants", "no writes into other tenants", "nothing without a tenant");
    }

    @Test
    void aForeignKeyWithoutAnIndexIsReported(TestDatabase database) throws SQLException {
        owner(database, """
                select atlvs.register_tenant_table('atlvs.throwaway_widgets');
                alter table atlvs.throwaway_widgets add constraint throwaway_widgets_location_fkey
                    foreign key (organization_id, location_id) references atlvs.locations (organization_id, id);
                """);
        assertThat(lint(database)).extracting(Finding::rule).containsExactly("foreign-key index");

        owner(database, "create index throwaway_widgets_location_idx on atlvs.throwaway_widgets (organization_id, location_id)");
        assertThat(lint(database)).isEmpty();
    }

    @Test
    void aFunctionWithoutAFixedSearchPathIsReported(TestDatabase database) throws SQLException {
        owner(database, """
                select atlvs.register_tenant_table('atlvs.throwaway_widgets');
                create function atlvs.throwaway_answer() returns int language sql as 'select 42';
                """);
        try {
            assertThat(lint(database)).extracting(Finding::rule).containsExactly("fixed search_path");
        } finally {
            owner(database, "drop function atlvs.throwaway_answer()");
        }
    }

    @Test
    void aFunctionWithAnSqlStandardBodyNeedsNoSearchPath(TestDatabase database) throws SQLException {
        owner(database, """
                select atlvs.register_tenant_table('atlvs.throwaway_widgets');
                create function atlvs.throwaway_answer() returns int language sql return 6 * 7;
                """);
        try {
            assertThat(lint(database)).isEmpty();
            // The same body as a string is parsed when it runs, under the caller's search path: reported.
            owner(database, "create or replace function atlvs.throwaway_answer() returns int language sql as 'select 6 * 7'");
            assertThat(lint(database)).extracting(Finding::rule).containsExactly("fixed search_path");
        } finally {
            owner(database, "drop function atlvs.throwaway_answer()");
        }
    }

    @Test
    void aFunctionWithTheOwnersRightsThatPublicMayExecuteIsReported(TestDatabase database) throws SQLException {
        owner(database, """
                select atlvs.register_tenant_table('atlvs.throwaway_widgets');
                create function atlvs.throwaway_secret() returns int language sql security definer
                    set search_path = pg_catalog as 'select 42';
                """);
        try {
            assertThat(lint(database)).extracting(Finding::rule).containsExactly("definer not public");
            owner(database, "revoke execute on function atlvs.throwaway_secret() from public");
            assertThat(lint(database)).isEmpty();
        } finally {
            owner(database, "drop function atlvs.throwaway_secret()");
        }
    }

    @Test
    void aUniqueKeyOfASoftDeletableTableThatCountsDeletedRowsIsReported(TestDatabase database) throws SQLException {
        owner(database, """
                alter table atlvs.throwaway_widgets add column deleted_at timestamptz;
                select atlvs.register_tenant_table('atlvs.throwaway_widgets', soft_delete => true);
                create unique index throwaway_widgets_name_unique on atlvs.throwaway_widgets (organization_id, name);
                """);
        assertThat(lint(database)).extracting(Finding::rule).containsExactly("unique among live rows");

        owner(database, """
                drop index atlvs.throwaway_widgets_name_unique;
                create unique index throwaway_widgets_name_unique on atlvs.throwaway_widgets (organization_id, name)
                    where deleted_at is null;
                """);
        assertThat(lint(database)).isEmpty();
    }

    @Test
    void aUniqueKeyOfASoftDeletableTableThatContainsThePrimaryKeyNeedsNoLiveRowPredicate(TestDatabase database) throws SQLException {
        // A superkey of the primary key is unique whatever rows are live; it exists as the target of composite
        // foreign keys such as (organization_id, project_id, id), which a partial index cannot be.
        owner(database, """
                alter table atlvs.throwaway_widgets add column deleted_at timestamptz;
                select atlvs.register_tenant_table('atlvs.throwaway_widgets', soft_delete => true);
                alter table atlvs.throwaway_widgets add constraint throwaway_widgets_size_key unique (organization_id, size, id);
                """);
        assertThat(lint(database)).isEmpty();
    }

    @Test
    void aMismatchedDeclarationIsReported(TestDatabase database) throws SQLException {
        List<Finding> findings;
        try (Connection connection = database.ownerDataSource().getConnection()) {
            findings = ContractCheck.check(connection, Widget.MISMATCHED);
        }
        assertThat(findings).extracting(Finding::rule)
                .containsExactlyInAnyOrder("column type", "closed value set", "column declared");
        assertThat(findings).extracting(Finding::detail).anySatisfy(d -> assertThat(d).contains("name is declared integer but is text"));
    }

    @Test
    void aValidationBoundThatDiffersFromTheCheckConstraintIsReported(TestDatabase database) throws SQLException {
        owner(database, """
                alter table atlvs.throwaway_widgets
                    add column label text not null default 'widget',
                    add column count integer not null default 1,
                    add constraint throwaway_widgets_label_check check (length(btrim(label)) between 1 and 100),
                    add constraint throwaway_widgets_count_check check (count > 0);
                """);
        List<Finding> findings;
        try (Connection connection = database.ownerDataSource().getConnection()) {
            findings = ContractCheck.check(connection, Widget.LOOSER).stream()
                    .filter(f -> f.rule().equals("validation matches CHECK")).toList();
        }
        assertThat(findings).extracting(Finding::detail).containsExactlyInAnyOrder(
                "label allows at most 200 characters in Java (@Size) but at most 100 characters in its CHECK constraints",
                "count has lower bound none in Java but >= 1 in its CHECK constraints");

        owner(database, "alter table atlvs.throwaway_widgets drop constraint throwaway_widgets_label_check, "
                + "add constraint throwaway_widgets_label_check check (length(btrim(label)) between 1 and 200)");
        try (Connection connection = database.ownerDataSource().getConnection()) {
            assertThat(ContractCheck.check(connection, Widget.LOOSER)).extracting(Finding::detail)
                    .noneMatch(d -> d.startsWith("label"));
        }
    }

    private static List<Finding> lint(TestDatabase database) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection()) {
            return SchemaLint.check(connection).stream().filter(f -> f.object().startsWith("throwaway")).toList();
        }
    }

    private static void owner(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
