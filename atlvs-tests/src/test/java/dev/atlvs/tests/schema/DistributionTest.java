package dev.atlvs.tests.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With every module migrated: where Citus is installed (the Citus test profile), every registered table with a tenant
 * column is distributed by it, all in one co-location group, every other table of the schema is a reference table, and
 * no table of the schema stays local to the coordinator; without Citus, nothing is distributed.
 */
@AtlvsTest
class DistributionTest {

    @Test
    void everyTenantTableIsDistributedByItsTenantAndEveryOtherTableIsAReferenceTable(TestDatabase database) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
            // The catalogs as the coordinator sees them: a query joining them with the registry (a reference table) would
            // otherwise run in a shard's session without local execution, where the shards show in pg_class.
            connection.setAutoCommit(false);
            statement.execute("select set_config(name, 'on', true) from pg_settings where name = 'citus.enable_local_execution'");
            if (!citus(statement)) {
                try (ResultSet distributed = statement.executeQuery("select atlvs.distribute_schema()")) {
                    distributed.next();
                    assertThat(distributed.getInt(1)).as("tables distributed without Citus").isZero();
                }
                return;
            }
            List<String> tenantTables = rows(statement, """
                    select r.table_name || ' by ' || r.tenant_column from atlvs.registered_tables r
                     where r.tenant_column is not null order by 1
                    """);
            List<String> distributed = rows(statement, """
                    select c.relname || ' by ' || a.attname
                      from pg_dist_partition p
                      join pg_class c on c.oid = p.logicalrelid join pg_namespace n on n.oid = c.relnamespace
                      join pg_attribute a on a.attrelid = p.logicalrelid and a.attname = column_to_column_name(p.logicalrelid, p.partkey)
                     where n.nspname = 'atlvs' and p.partmethod = 'h' and not c.relispartition
                     order by 1
                    """);
            List<String> colocations = rows(statement, """
                    select distinct p.colocationid::text from pg_dist_partition p
                      join pg_class c on c.oid = p.logicalrelid join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs' and p.partmethod = 'h'
                    """);
            List<String> notReference = rows(statement, """
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs' and c.relkind in ('r', 'p') and not c.relispartition
                       and c.relname in (select r.table_name from atlvs.registered_tables r where r.tenant_column is null)
                       and not exists (select 1 from pg_dist_partition p where p.logicalrelid = c.oid and p.partmethod = 'n')
                     order by 1
                    """);
            List<String> unregistered = rows(statement, """
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs' and c.relkind in ('r', 'p') and not c.relispartition
                       and c.relname not in (select r.table_name from atlvs.registered_tables r)
                     order by 1
                    """);
            List<String> counts = rows(statement, """
                    select p.partmethod::text || ' ' || count(*) from pg_dist_partition p
                      join pg_class c on c.oid = p.logicalrelid join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs' and not c.relispartition group by p.partmethod order by 1
                    """);

            assertThat(tenantTables).as("registered tenant tables").hasSizeGreaterThan(40);
            assertThat(distributed).as("hash-distributed tables and their distribution column").isEqualTo(tenantTables);
            assertThat(colocations).as("co-location groups of the tenant tables").hasSize(1);
            assertThat(notReference).as("tables without a tenant that are not reference tables").isEmpty();
            assertThat(unregistered).as("tables of the schema outside the registry: the migrations' history only")
                    .allMatch(name -> name.startsWith("flyway_schema_history"));
            System.out.println("Distributed tables by method (h: by tenant, n: reference): " + counts);
        }
    }

    /**
     * Where Citus is installed, every table of the schema under row-level security carries the row-security guard, the
     * tables of the modules migrated after the core included; without Citus, no table does.
     */
    @Test
    void everyTableUnderRowLevelSecurityCarriesTheRowSecurityGuardWhereCitusIsInstalled(TestDatabase database) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("select set_config(name, 'on', true) from pg_settings where name = 'citus.enable_local_execution'");
            List<String> unguarded = rows(statement, """
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs' and c.relkind in ('r', 'p') and c.relrowsecurity and not c.relispartition
                       and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'row_security_guard')
                     order by 1
                    """);
            List<String> guarded = rows(statement, """
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'atlvs' and c.relkind in ('r', 'p') and not c.relispartition
                       and exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'row_security_guard')
                     order by 1
                    """);
            if (citus(statement)) {
                assertThat(unguarded).as("tables under row-level security without the row-security guard").isEmpty();
                assertThat(guarded).as("guarded tables").contains("people", "projects", "invoices", "search_documents");
            } else {
                assertThat(guarded).as("tables with the row-security guard without Citus").isEmpty();
            }
        }
    }

    private static boolean citus(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("select atlvs.citus_installed()")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
