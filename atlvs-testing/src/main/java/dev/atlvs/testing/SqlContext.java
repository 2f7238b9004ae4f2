package dev.atlvs.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.tenancy.ContextProofs;
import dev.atlvs.core.tenancy.ContextKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Opens the verified context of a tenant or platform transaction on a plain JDBC connection, as the SDK
 * opens it: for tests that work in raw SQL. The database accepts a context only when it is signed (or, for a
 * platform context, proved) with the context key, so writing {@code atlvs.tenant_id} with {@code set_config}
 * leaves a transaction with no tenant at all; this is the way in. The connection must be in a transaction (auto-commit off): the
 * context lasts until it ends.
 *
 * <pre>{@code
 * SqlContext contexts = SqlContext.of(database);
 * try (Connection connection = database.appDataSource().getConnection()) {
 *     connection.setAutoCommit(false);
 *     contexts.tenant(connection, organizationId, memberId);   // as an active member, like Atlvs.inTenant
 *     // ... statements under row-level security ...
 *     connection.rollback();
 *     contexts.system(connection, organizationId, null);       // the organization, with no membership check
 * }
 * }</pre>
 */
public final class SqlContext {

    private final ContextProofs proofs;

    private SqlContext(ContextKey key) {
        this.proofs = new ContextProofs(key);
    }

    /**
     * Contexts proved with {@code key}.
     *
     * @param key the context key installed in the database
     * @return the contexts
     */
    public static SqlContext of(ContextKey key) {
        return new SqlContext(requireNonNull(key, "key is null"));
    }

    /**
     * Contexts proved with the key of {@code database} ({@link TestDatabase#contextKey()}).
     *
     * @param database the test database
     * @return the contexts
     */
    public static SqlContext of(TestDatabase database) {
        return of(requireNonNull(database, "database is null").contextKey());
    }

    /**
     * The key the contexts are proved with.
     *
     * @return the key
     */
    public ContextKey key() {
        return proofs.key();
    }

    /**
     * Opens the context of a member's tenant transaction, as {@code Atlvs.inTenant} does.
     *
     * @param connection a connection with auto-commit off
     * @param organizationId the tenant
     * @param actorId an active member of it
     * @throws SQLException when the database refuses the context
     * @throws IllegalStateException when auto-commit is on, or the actor is no active member (no context is open then)
     */
    public void tenant(Connection connection, UUID organizationId, UUID actorId) throws SQLException {
        requireTransaction(connection);
        String membership = proofs.beginTenant(connection, organizationId, actorId, null);
        if (membership == null || !membership.startsWith("active:")) {
            throw new IllegalStateException("the actor is no active member of the organization, so no tenant context was opened");
        }
    }

    /**
     * Opens the context of a platform operation scoped to one organization, with no membership check, as
     * the SDK's platform operations and workers do.
     *
     * @param connection a connection with auto-commit off
     * @param organizationId the tenant, or null for the platform tenant of platform-wide rows (users)
     * @param actorId the acting user recorded on changes, or null
     * @throws SQLException when the database refuses the context
     * @throws IllegalStateException when auto-commit is on
     */
    public void system(Connection connection, UUID organizationId, UUID actorId) throws SQLException {
        requireTransaction(connection);
        proofs.beginSystem(connection, organizationId, actorId, null);
    }

    /**
     * Opens the context of a platform operation on platform-wide rows (the platform tenant), with no actor.
     *
     * @param connection a connection with auto-commit off
     * @throws SQLException when the database refuses the context
     * @throws IllegalStateException when auto-commit is on
     */
    public void platform(Connection connection) throws SQLException {
        system(connection, null, null);
    }

    /** Opens a context of this instance on a connection of a transaction ({@link #tenant}, {@link #system}, ...). */
    @FunctionalInterface
    public interface Opening {
        void open(Connection connection) throws SQLException;
    }

    /**
     * The SQLSTATE with which the database refuses {@code sql}, run on a connection of {@code pool} in a transaction
     * whose context {@code opening} opened (say {@code c -> context.tenant(c, org, owner)}); the transaction is rolled
     * back whatever happens.
     *
     * @throws AssertionError when the statement is accepted
     */
    public String refusal(javax.sql.DataSource pool, Opening opening, String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            opening.open(connection);
            try {
                statement.execute(sql);
            } catch (SQLException refused) {
                return refused.getSQLState();
            } finally {
                connection.rollback();
            }
        }
        throw new AssertionError("the statement was accepted: " + sql);
    }

    private static void requireTransaction(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("a context lasts one transaction: turn auto-commit off before opening it");
        }
    }

    @Override
    public String toString() {
        return "SqlContext[" + proofs.key() + ']';
    }
}
