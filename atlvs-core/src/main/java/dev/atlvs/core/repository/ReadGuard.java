package dev.atlvs.core.repository;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.permission.Permission;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Who may read the rows of a table whose every row is personal: a module declares one per such table
 * ({@link dev.atlvs.core.module.AtlvsModule#readGuards()}), and every path that maps a row of the table to its
 * value type in a tenant transaction asks it first — the repository engine, the row mappers of repository queries
 * and of {@code tx.handle()}, the audit trail. A row the guard refuses is never decrypted: the read fails with an
 * {@link dev.atlvs.core.error.AccessDeniedException} ({@code PERMISSION_DENIED}) naming {@link #permission()},
 * rather than returning less than was asked for. SQL that reads the table without the SDK's mappers sees the
 * encrypted columns as ciphertext only.
 *
 * <pre>{@code
 * public Map<String, ReadGuard> readGuards() {
 *     return Map.of("person_profiles", ReadGuard.of(PeoplePermissions.PERSONAL_ACCESS,
 *             (tx, row) -> row.getObject("person_id", UUID.class).equals(ownPersonId(tx))));
 * }
 * }</pre>
 */
public interface ReadGuard {

    /** The permission that lets its holder read every row of the table. */
    Permission permission();

    /**
     * Whether the transaction may read the row {@code row} is positioned on without {@link #permission()}: typically
     * because the row is about the actor. Read the row's columns only; do not move the result set.
     */
    boolean ownRow(TenantTransaction tx, ResultSet row) throws SQLException;

    /** Whether the transaction may read the row: it holds {@link #permission()}, or the row is its own. */
    default boolean allows(TenantTransaction tx, ResultSet row) throws SQLException {
        return tx.permissions().allows(permission()) || ownRow(tx, row);
    }

    /** A guard that opens every row to holders of {@code permission} and each row to whom {@code own} accepts. */
    static ReadGuard of(Permission permission, OwnRow own) {
        java.util.Objects.requireNonNull(permission, "permission is null");
        java.util.Objects.requireNonNull(own, "own is null");
        return new ReadGuard() {
            @Override
            public Permission permission() {
                return permission;
            }

            @Override
            public boolean ownRow(TenantTransaction tx, ResultSet row) throws SQLException {
                return own.test(tx, row);
            }
        };
    }

    /** Whether a row is the actor's own. */
    @FunctionalInterface
    interface OwnRow {
        boolean test(TenantTransaction tx, ResultSet row) throws SQLException;
    }
}
