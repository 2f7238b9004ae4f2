package dev.atlvs.testing.guardrails;

import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Checks that a tenant table keeps one organization's row away from another, directly in SQL as the
 * run-time role: as organization B, A's row is invisible, an update or delete of it touches nothing,
 * and inserting a copy of it (still carrying A's tenant key) is rejected; with no tenant set, nothing is
 * visible. Each organization's context is opened as the SDK's platform operations open it (verified with
 * the context key, no actor); every probe runs in a transaction that is rolled back.
 */
public final class TenantIsolationCheck {

    private TenantIsolationCheck() {}

    /**
     * Findings for {@code table}, whose row {@code rowId} belongs to {@code owner}, probed as {@code other}
     * on connections of {@code runtime}, with contexts proved with {@code key}.
     */
    public static List<Finding> check(DataSource runtime, ContextKey key, String table, String tenantColumn, UUID rowId, UUID owner,
            UUID other) throws SQLException {
        SqlContext contexts = SqlContext.of(key);
        List<Finding> findings = new ArrayList<>();
        String qualified = Sql.identifier("atlvs") + "." + Sql.identifier(table);
        String tenant = Sql.identifier(tenantColumn);
        String copy;
        try (Connection connection = runtime.getConnection()) {
            connection.setAutoCommit(false);
            try {
                contexts.system(connection, owner, null);
                copy = single(connection, "select to_jsonb(t)::text from " + qualified + " t where id = ?", rowId);
                if (copy == null) {
                    findings.add(new Finding(table, "owner sees its row", "the owning organization cannot read its own row"));
                    return findings;
                }
                connection.rollback();

                contexts.system(connection, other, null);
                if (!"0".equals(single(connection, "select count(*) from " + qualified + " where id = ?", rowId))) {
                    findings.add(new Finding(table, "invisible to other tenants", "another organization can read the row"));
                }
                if (!"0".equals(single(connection, "select count(*) from " + qualified + " where " + tenant + " = ?", owner))) {
                    findings.add(new Finding(table, "invisible to other tenants", "another organization can list the owner's rows"));
                }
                if (update(connection, "update " + qualified + " set " + tenant + " = " + tenant + " where id = ?", rowId) != 0) {
                    findings.add(new Finding(table, "untouchable by other tenants", "another organization can update the row"));
                }
                if (update(connection, "delete from " + qualified + " where id = ?", rowId) != 0) {
                    findings.add(new Finding(table, "untouchable by other tenants", "another organization can delete the row"));
                }
                connection.rollback();

                contexts.system(connection, other, null);
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into " + qualified + " values ((jsonb_populate_record(null::" + qualified + ", ?::jsonb)).*)")) {
                    insert.setString(1, copy);
                    insert.executeUpdate();
                    findings.add(new Finding(table, "no writes into other tenants", "another organization could insert a row carrying the owner's tenant key"));
                } catch (SQLException rejected) {
                    if (!"42501".equals(rejected.getSQLState())) {
                        findings.add(new Finding(table, "no writes into other tenants",
                                "the insert failed with SQLSTATE " + rejected.getSQLState() + " instead of a row-level security violation"));
                    }
                }
                connection.rollback();

                if (!"0".equals(single(connection, "select count(*) from " + qualified, null))) {
                    findings.add(new Finding(table, "nothing without a tenant", "rows are visible to a transaction without a tenant"));
                }
            } finally {
                connection.rollback();
            }
        }
        // The same row as an INSERT ... SELECT, which Citus writes with COPY: refused too, one way or another. On a
        // connection of its own: Citus refuses COPY into a table under row-level security with SQLSTATE 0A000, after
        // which a pool (HikariCP) retires the connection.
        try (Connection connection = runtime.getConnection()) {
            connection.setAutoCommit(false);
            try {
                contexts.system(connection, other, null);
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into " + qualified + " select * from jsonb_populate_record(null::" + qualified + ", ?::jsonb)")) {
                    insert.setString(1, copy);
                    insert.executeUpdate();
                    findings.add(new Finding(table, "no writes into other tenants",
                            "another organization could insert a row carrying the owner's tenant key with INSERT ... SELECT"));
                } catch (SQLException rejected) {
                    // refused: by row-level security, or by Citus, which does not copy into a table under it
                }
            } finally {
                if (!connection.isClosed()) {
                    connection.rollback();
                }
            }
        }
        return findings;
    }

    /** The first column of the first row of {@code sql}, with {@code id} bound to its parameter when it has one. */
    private static String single(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id != null) {
                statement.setObject(1, id);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Rows changed by {@code sql} with {@code id} bound; a refusal for lack of privilege (an append-only table) changes none. */
    private static int update(Connection connection, String sql, UUID id) throws SQLException {
        java.sql.Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            int changed = statement.executeUpdate();
            connection.releaseSavepoint(savepoint);
            return changed;
        } catch (SQLException refused) {
            if (!"42501".equals(refused.getSQLState())) {
                throw refused;
            }
            connection.rollback(savepoint);
            return 0;
        }
    }
}
