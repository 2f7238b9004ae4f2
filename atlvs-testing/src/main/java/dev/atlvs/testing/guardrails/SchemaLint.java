package dev.atlvs.testing.guardrails;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the live {@code atlvs} schema against the conventions every table must follow, whatever
 * module adds it:
 * <ul>
 *   <li>every table is registered ({@code atlvs.registered_tables}) and has a primary key;</li>
 *   <li>every tenant and global table has row-level security enabled and forced;</li>
 *   <li>every tenant table has a primary key that leads with its tenant column, and only policies of the
 *       form {@code tenant = atlvs.current_tenant()} (no sub-select, which Citus refuses in a policy: see
 *       {@link DistributabilityLint});</li>
 *   <li>every foreign key is covered by an index whose leading columns are the key's columns;</li>
 *   <li>every function of the schema has a fixed {@code search_path} (or an SQL-standard body, {@code RETURN} or
 *       {@code BEGIN ATOMIC}, whose names PostgreSQL binds when the function is created, so that no search path
 *       applies to it when it runs), and none that runs with its owner's rights ({@code SECURITY DEFINER}) is
 *       executable by {@code PUBLIC};</li>
 *   <li>every view runs with the caller's rights ({@code security_invoker});</li>
 *   <li>on soft-deletable tables, unique keys hold among live rows only (partial on {@code deleted_at is null}),
 *       except keys that contain the primary key: they are unique whatever rows are live, and exist as targets
 *       of composite foreign keys (such as {@code (organization_id, project_id, id)}), which a partial index
 *       cannot be.</li>
 * </ul>
 */
public final class SchemaLint {

    /** The name prefix of the tables Flyway, not the SDK, owns: one history table per module. */
    public static final String FLYWAY_HISTORY_PREFIX = "flyway_schema_history_";

    private static final Pattern TENANT_POLICY =
            Pattern.compile("\\((\\w+) = (atlvs\\.)?current_tenant\\(\\)\\)");

    private SchemaLint() {}

    /** Every finding in the schema; empty when all conventions hold. */
    public static List<Finding> check(Connection connection) throws SQLException {
        return Catalogs.read(connection, c -> checkOnThisNode(c));
    }

    private static List<Finding> checkOnThisNode(Connection connection) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        registration(connection, findings);
        primaryKeys(connection, findings);
        rowLevelSecurity(connection, findings);
        policies(connection, findings);
        foreignKeyIndexes(connection, findings);
        functionSearchPaths(connection, findings);
        definerFunctionsNotPublic(connection, findings);
        invokerViews(connection, findings);
        liveRowUniqueness(connection, findings);
        return findings;
    }

    private static void registration(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'atlvs' and c.relkind in ('r', 'p') and not c.relispartition
                   and not starts_with(c.relname, ?)
                   and not exists (select 1 from atlvs.registered_tables r where r.table_name = c.relname)
                """, FLYWAY_HISTORY_PREFIX, row -> findings.add(
                new Finding(row.getString(1), "registered", "the table was not registered through atlvs.register_tenant_table or atlvs.register_table")));
    }

    private static void primaryKeys(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, """
                select c.relname,
                       (select array_agg(a.attname::text order by k.ord)
                          from pg_constraint p, unnest(p.conkey) with ordinality k(attnum, ord)
                          join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
                         where p.conrelid = c.oid and p.contype = 'p') as pk,
                       r.scope, r.tenant_column
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  left join atlvs.registered_tables r on r.table_name = c.relname
                 where n.nspname = 'atlvs' and c.relkind in ('r', 'p') and not c.relispartition
                """, null, row -> {
            java.sql.Array pk = row.getArray(2);
            if (pk == null) {
                findings.add(new Finding(row.getString(1), "primary key", "the table has no primary key"));
            } else if ("tenant".equals(row.getString(3))) {
                String[] columns = (String[]) pk.getArray();
                if (!columns[0].equals(row.getString(4))) {
                    findings.add(new Finding(row.getString(1), "tenant-leading key",
                            "the primary key " + Arrays.toString(columns) + " does not lead with " + row.getString(4)));
                }
            }
        });
    }

    private static void rowLevelSecurity(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, """
                select r.table_name, c.relrowsecurity, c.relforcerowsecurity
                  from atlvs.registered_tables r
                  join pg_class c on c.relname = r.table_name
                  join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'atlvs'
                 where r.scope in ('tenant', 'global')
                """, null, row -> {
            if (!row.getBoolean(2)) {
                findings.add(new Finding(row.getString(1), "row-level security", "row-level security is not enabled"));
            }
            if (!row.getBoolean(3)) {
                findings.add(new Finding(row.getString(1), "forced row-level security", "row-level security is not forced"));
            }
        });
    }

    private static void policies(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, """
                select r.table_name, r.tenant_column, p.policyname, p.qual, p.with_check, p.permissive
                  from atlvs.registered_tables r
                  left join pg_policies p on p.schemaname = 'atlvs' and p.tablename = r.table_name
                 where r.scope = 'tenant'
                """, null, row -> {
            String table = row.getString(1);
            if (row.getString(3) == null) {
                findings.add(new Finding(table, "tenant policy", "the table has no policy"));
                return;
            }
            for (String expression : new String[] {row.getString(4), row.getString(5)}) {
                var matcher = expression == null ? null : TENANT_POLICY.matcher(expression);
                if (matcher == null || !matcher.matches() || !matcher.group(1).equals(row.getString(2))) {
                    findings.add(new Finding(table, "tenant policy form", "policy " + row.getString(3)
                            + " is not exactly " + row.getString(2) + " = atlvs.current_tenant(): " + expression));
                }
            }
        });
    }

    private static void foreignKeyIndexes(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, """
                select c.relname, f.conname,
                       array(select a.attname::text from unnest(f.conkey) k(attnum)
                               join pg_attribute a on a.attrelid = f.conrelid and a.attnum = k.attnum) as columns,
                       exists (select 1 from pg_index i
                                where i.indrelid = f.conrelid
                                  and (i.indkey::int2[])[0:cardinality(f.conkey) - 1] @> f.conkey
                                  and (i.indkey::int2[])[0:cardinality(f.conkey) - 1] <@ f.conkey) as covered
                  from pg_constraint f
                  join pg_class c on c.oid = f.conrelid
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'atlvs' and f.contype = 'f'
                """, null, row -> {
            if (!row.getBoolean(4)) {
                findings.add(new Finding(row.getString(1), "foreign-key index", "foreign key " + row.getString(2)
                        + " " + Arrays.toString((String[]) row.getArray(3).getArray()) + " has no index leading with its columns"));
            }
        });
    }

    private static void functionSearchPaths(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, """
                select p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
                  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'atlvs'
                   and p.prosqlbody is null
                   and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) s where s like 'search_path=%')
                """, null, row -> findings.add(new Finding(row.getString(1), "fixed search_path",
                "the function does not set search_path")));
    }

    private static void definerFunctionsNotPublic(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, """
                select p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
                  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'atlvs' and p.prosecdef and has_function_privilege('public', p.oid, 'execute')
                """, null, row -> findings.add(new Finding(row.getString(1), "definer not public",
                "the function runs with its owner's rights and PUBLIC may execute it; revoke execute from public and grant it "
                        + "to the run-time role only if it must call it")));
    }

    private static void invokerViews(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'atlvs' and c.relkind = 'v'
                   and not coalesce('security_invoker=true' = any (c.reloptions), false)
                """, null, row -> findings.add(new Finding(row.getString(1), "security_invoker view",
                "the view runs with its owner's rights instead of the caller's")));
    }

    private static void liveRowUniqueness(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, """
                select c.relname, i.relname
                  from atlvs.registered_tables r
                  join pg_class c on c.relname = r.table_name
                  join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'atlvs'
                  join pg_index x on x.indrelid = c.oid and x.indisunique and not x.indisprimary
                  join pg_class i on i.oid = x.indexrelid
                 where r.soft_delete
                   and coalesce(pg_get_expr(x.indpred, x.indrelid), '') not like '%deleted_at IS NULL%'
                   and not exists (select 1 from pg_index p
                                    where p.indrelid = c.oid and p.indisprimary
                                      and (p.indkey::int2[]) <@ (x.indkey::int2[]))
                """, null, row -> findings.add(new Finding(row.getString(1), "unique among live rows",
                "unique index " + row.getString(2) + " also counts deleted rows; make it partial: where deleted_at is null")));
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, String parameter, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        }
    }
}
