package dev.atlvs.testing.guardrails;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the live {@code atlvs} schema is one that Citus, the distributed PostgreSQL, accepts as it is:
 * every table with a tenant column distributed by it (a <em>distributed</em> table: the tenant tables, and the
 * internal tables that name a tenant column in {@code atlvs.registered_tables}), every other table kept whole on
 * every node (a <em>reference</em> table: the global and the other internal tables). It runs on plain PostgreSQL,
 * with the rules a real Citus cluster enforced on this schema, each reported per table (or function) under its
 * name:
 * <ul>
 *   <li>{@value #POLICY_WITHOUT_SUB_QUERY}: no policy's expression (using or with check) holds a sub-query
 *       ({@code SELECT}, {@code EXISTS}, {@code IN (SELECT ...)}); Citus refuses such policies on distributed
 *       tables. A function call is no sub-query;</li>
 *   <li>{@value #TENANT_COLUMN_IN_EVERY_KEY}: every primary key, unique constraint, unique index and exclusion
 *       constraint of a distributed table holds its tenant column, which Citus needs to check it within one
 *       shard;</li>
 *   <li>{@value #NO_SET_NULL_OR_DEFAULT}: no foreign key of a distributed table sets null or a default on delete
 *       or update; Citus refuses these actions on keys that hold the distribution column (and ignores a column
 *       list);</li>
 *   <li>{@value #TENANT_COLUMN_ON_BOTH_SIDES}: a foreign key between two distributed tables pairs the tenant
 *       column of one with the tenant column of the other, so that both rows are in the same shard;</li>
 *   <li>{@value #TRIGGER_WITHOUT_TABLE_NAME}: no trigger function of the schema reads {@code tg_table_name} (or
 *       {@code tg_relname}), which is a shard's name on Citus; the table's name is passed as an argument;</li>
 *   <li>{@value #REFERENCE_TABLE_INDEPENDENT}: no reference table has a foreign key to a distributed table, which
 *       Citus cannot check from the copies of the reference table;</li>
 *   <li>{@value #NO_SQL_FUNCTION_WITH_PARAMETERS}: no SQL-language function with parameters reads a distributed
 *       table; Citus cannot plan such a function's queries over its parameters, and asks for PL/pgSQL instead.</li>
 * </ul>
 */
public final class DistributabilityLint {

    /** No policy expression holds a sub-query. */
    public static final String POLICY_WITHOUT_SUB_QUERY = "no sub-query in a policy";

    /** Every key of a distributed table holds its tenant column. */
    public static final String TENANT_COLUMN_IN_EVERY_KEY = "tenant column in every key";

    /** No foreign key of a distributed table sets null or a default. */
    public static final String NO_SET_NULL_OR_DEFAULT = "no SET NULL or SET DEFAULT";

    /** A foreign key between distributed tables pairs their tenant columns. */
    public static final String TENANT_COLUMN_ON_BOTH_SIDES = "tenant column on both sides of a reference";

    /** No trigger function reads the table's name from the trigger. */
    public static final String TRIGGER_WITHOUT_TABLE_NAME = "no tg_table_name in a trigger";

    /** No reference table refers to a distributed table. */
    public static final String REFERENCE_TABLE_INDEPENDENT = "no reference from a reference table to a distributed table";

    /** No SQL function with parameters reads a distributed table. */
    public static final String NO_SQL_FUNCTION_WITH_PARAMETERS = "no SQL function with parameters over a distributed table";

    /** The registered tables with how Citus would hold them: their tenant column, null for a reference table. */
    private static final String REGISTERED = """
            select c.oid as relid, c.relname, r.tenant_column,
                   (select a.attnum from pg_attribute a where a.attrelid = c.oid and a.attname = r.tenant_column) as tenant_attnum
              from atlvs.registered_tables r
              join pg_class c on c.relname = r.table_name
              join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'atlvs'
            """;

    private DistributabilityLint() {}

    /** Every finding in the schema; empty when Citus would take every table as it is. */
    public static List<Finding> check(Connection connection) throws SQLException {
        return Catalogs.read(connection, c -> checkOnThisNode(c));
    }

    private static List<Finding> checkOnThisNode(Connection connection) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        policiesWithoutSubQueries(connection, findings);
        tenantColumnInEveryKey(connection, findings);
        noSetNullOrDefault(connection, findings);
        tenantColumnOnBothSides(connection, findings);
        triggersWithoutTableName(connection, findings);
        referenceTablesIndependent(connection, findings);
        noSqlFunctionsWithParameters(connection, findings);
        return findings;
    }

    private static void policiesWithoutSubQueries(Connection connection, List<Finding> findings) throws SQLException {
        // A sub-query is a SubLink node in the stored expression, whatever its kind (scalar, EXISTS, IN, ANY, ARRAY).
        query(connection, """
                select c.relname, p.polname,
                       coalesce(pg_get_expr(p.polqual, p.polrelid), '') || coalesce(' / ' || pg_get_expr(p.polwithcheck, p.polrelid), '')
                  from pg_policy p
                  join pg_class c on c.oid = p.polrelid
                  join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'atlvs'
                 where coalesce(p.polqual::text, '') like '%{SUBLINK %' or coalesce(p.polwithcheck::text, '') like '%{SUBLINK %'
                 order by 1, 2
                """, row -> findings.add(new Finding(row.getString(1), POLICY_WITHOUT_SUB_QUERY,
                "policy " + row.getString(2) + " holds a sub-query, which Citus refuses in a policy of a distributed table; "
                        + "compare with a function instead: " + row.getString(3))));
    }

    private static void tenantColumnInEveryKey(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, "with registered as (" + REGISTERED + ")" + """
                select t.relname, i.relname, t.tenant_column, pg_get_indexdef(x.indexrelid)
                  from registered t
                  join pg_index x on x.indrelid = t.relid and x.indisunique
                  join pg_class i on i.oid = x.indexrelid
                 where t.tenant_column is not null and not (t.tenant_attnum = any (x.indkey::int2[]))
                union all
                select t.relname, k.conname, t.tenant_column, pg_get_constraintdef(k.oid)
                  from registered t
                  join pg_constraint k on k.conrelid = t.relid and k.contype = 'x'
                 where t.tenant_column is not null and not (t.tenant_attnum = any (k.conkey))
                 order by 1, 2
                """, row -> findings.add(new Finding(row.getString(1), TENANT_COLUMN_IN_EVERY_KEY,
                row.getString(2) + " does not hold the tenant column " + row.getString(3) + ", so Citus could not check it "
                        + "within one shard; add the column, or keep a key across organizations in a table without a tenant: "
                        + row.getString(4))));
    }

    private static void noSetNullOrDefault(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, "with registered as (" + REGISTERED + ")" + """
                select t.relname, f.conname, pg_get_constraintdef(f.oid)
                  from pg_constraint f
                  join registered t on t.relid = f.conrelid
                 where f.contype = 'f' and t.tenant_column is not null
                   and (f.confdeltype in ('n', 'd') or f.confupdtype in ('n', 'd'))
                 order by 1, 2
                """, row -> findings.add(new Finding(row.getString(1), NO_SET_NULL_OR_DEFAULT,
                "foreign key " + row.getString(2) + " sets null or a default, which Citus refuses on a key holding the tenant "
                        + "column; null the column with atlvs.null_on_delete instead: " + row.getString(3))));
    }

    private static void tenantColumnOnBothSides(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, "with registered as (" + REGISTERED + ")" + """
                select s.relname, f.conname, s.tenant_column, t.relname, t.tenant_column, pg_get_constraintdef(f.oid)
                  from pg_constraint f
                  join registered s on s.relid = f.conrelid
                  join registered t on t.relid = f.confrelid
                 where f.contype = 'f' and s.tenant_column is not null and t.tenant_column is not null
                   and not exists (select 1 from generate_subscripts(f.conkey, 1) k
                                    where f.conkey[k] = s.tenant_attnum and f.confkey[k] = t.tenant_attnum)
                 order by 1, 2
                """, row -> findings.add(new Finding(row.getString(1), TENANT_COLUMN_ON_BOTH_SIDES,
                "foreign key " + row.getString(2) + " does not pair " + row.getString(3) + " with " + row.getString(4) + "."
                        + row.getString(5) + ", so the rows it joins may be in different shards: " + row.getString(6))));
    }

    private static void triggersWithoutTableName(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, """
                select p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
                  from pg_proc p join pg_namespace n on n.oid = p.pronamespace and n.nspname = 'atlvs'
                 where p.prorettype = 'trigger'::regtype and p.prosrc ~* '\\mtg_(table_name|relname)\\M'
                 order by 1
                """, row -> findings.add(new Finding(row.getString(1), TRIGGER_WITHOUT_TABLE_NAME,
                "the trigger function reads tg_table_name, which is the shard's name (projects_102151) on Citus; "
                        + "pass the table's name as a trigger argument (tg_argv)")));
    }

    private static void referenceTablesIndependent(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, "with registered as (" + REGISTERED + ")" + """
                select s.relname, f.conname, t.relname
                  from pg_constraint f
                  join registered s on s.relid = f.conrelid
                  join registered t on t.relid = f.confrelid
                 where f.contype = 'f' and s.tenant_column is null and t.tenant_column is not null
                 order by 1, 2
                """, row -> findings.add(new Finding(row.getString(1), REFERENCE_TABLE_INDEPENDENT,
                "foreign key " + row.getString(2) + " refers to " + row.getString(3) + ", a table distributed by its tenant, "
                        + "from a table without a tenant, which Citus keeps whole on every node and cannot check")));
    }

    private static void noSqlFunctionsWithParameters(Connection connection, List<Finding> findings) throws SQLException {
        query(connection, "with registered as (" + REGISTERED + ")" + """
                select p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                       string_agg(t.relname, ', ' order by t.relname)
                  from pg_proc p
                  join pg_namespace n on n.oid = p.pronamespace and n.nspname = 'atlvs'
                  join pg_language l on l.oid = p.prolang and l.lanname = 'sql'
                  join registered t on t.tenant_column is not null and p.prosrc ~* ('\\m(from|join|update|into)\\s+atlvs\\.' || t.relname || '\\M')
                 where p.pronargs > 0
                 group by p.oid, p.proname
                 order by 1
                """, row -> findings.add(new Finding(row.getString(1), NO_SQL_FUNCTION_WITH_PARAMETERS,
                "the SQL function has parameters and reads " + row.getString(2) + ", distributed by their tenant, which Citus "
                        + "cannot plan; write it in PL/pgSQL")));
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                handler.handle(rows);
            }
        }
    }
}
