package dev.atlvs.testing;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.crypto.FieldKeys;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.tenancy.ContextKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * One database of its own for a test class: a clone of the migrated template, owned by
 * {@value TestDatabases#OWNER_ROLE}, dropped by {@link #close()}.
 *
 * <p>Code under test should connect through {@link #appDataSource()}, as
 * {@value TestDatabases#APP_ROLE}, so that row-level security applies to it exactly as in
 * production. {@link #ownerDataSource()} and {@link #adminDataSource()} are for preparing data that
 * the run-time role may not write, and for inspecting or deliberately breaking the database.
 *
 * <p>The pools are created on first use and closed by {@link #close()}. This class is thread-safe.
 */
public final class TestDatabase implements AutoCloseable {
    private static final FieldKeys FIELD_KEYS = FieldKeys.generate();

    private static final int APP_POOL_SIZE = 10;
    private static final int OWNER_POOL_SIZE = 4;

    private final TestDatabases databases;
    private final String name;
    private final AtomicBoolean closed = new AtomicBoolean();
    private HikariDataSource appPool;
    private HikariDataSource ownerPool;
    private volatile ContextKey contextKey;

    TestDatabase(TestDatabases databases, String name) {
        this.databases = databases;
        this.name = name;
    }

    /** The database's name, for example {@code atlvs_invoice_service_test_k3x9q0zt}. */
    public String name() {
        return name;
    }

    /** A JDBC URL for this database, without credentials; see {@link #appCredentials()}. */
    public String jdbcUrl() {
        return databases.server().jdbcUrl(name);
    }

    /** The server this database lives on. */
    public PostgresServer server() {
        return databases.server();
    }

    /** The login of the run-time role {@value TestDatabases#APP_ROLE}. */
    public Credentials appCredentials() {
        return databases.appCredentials();
    }

    /** The login of the owner role {@value TestDatabases#OWNER_ROLE}. */
    public Credentials ownerCredentials() {
        return databases.ownerCredentials();
    }

    /**
     * A pool of at most {@value #APP_POOL_SIZE} connections as the run-time role
     * {@value TestDatabases#APP_ROLE}, which is neither a superuser nor {@code BYPASSRLS}: row-level
     * security applies to every query. This is what code under test should use.
     *
     * @throws IllegalStateException if this database is closed
     */
    public synchronized DataSource appDataSource() {
        requireOpen();
        if (appPool == null) {
            appPool = databases.pool("app", name, appCredentials(), APP_POOL_SIZE);
        }
        return appPool;
    }

    /**
     * A pool of at most {@value #OWNER_POOL_SIZE} connections as {@value TestDatabases#OWNER_ROLE},
     * the owner of the schema and its tables. Row-level security still applies where a table forces
     * it.
     *
     * @throws IllegalStateException if this database is closed
     */
    public synchronized DataSource ownerDataSource() {
        requireOpen();
        if (ownerPool == null) {
            ownerPool = databases.pool("owner", name, ownerCredentials(), OWNER_POOL_SIZE);
        }
        return ownerPool;
    }

    /**
     * The field keys of the encrypted columns, shared by every test database of the JVM (fresh random keys
     * kept nowhere else): give them to each {@code Atlvs} over a test database ({@link #atlvsBuilder()} does).
     */
    public FieldKeys fieldKeys() {
        return FIELD_KEYS;
    }

    /** An {@code Atlvs} builder over the run-time pool, strict, with the {@link #contextKey()} and the {@link #fieldKeys()}. */
    public Atlvs.Builder atlvsBuilder() {
        return Atlvs.builder(appDataSource()).contextKey(contextKey()).strict(true).fieldKeys(FIELD_KEYS);
    }

    /**
     * An unpooled data source as the server's administrator (a superuser, except on some external
     * servers), for tests that must inspect or break what the other roles cannot. Every
     * {@code getConnection()} opens a new connection.
     *
     * @throws IllegalStateException if this database is closed
     */
    public DataSource adminDataSource() {
        requireOpen();
        return databases.server().adminDataSource(name);
    }

    /**
     * The database's context key ({@code default}, created by the migrations), read once as the owner:
     * give it to {@code Atlvs.builder(...).contextKey(...)} when the SDK connects as the run-time role,
     * which cannot read it, and to {@link SqlContext} for raw SQL.
     *
     * @throws IllegalStateException if this database is closed
     * @throws TestDatabaseException if the key cannot be read
     */
    public ContextKey contextKey() {
        ContextKey key = contextKey;
        if (key == null) {
            try (Connection connection = ownerDataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(
                            "select secret from atlvs.context_keys where key_id = 'default' and retired_at is null")) {
                if (!row.next()) {
                    throw new TestDatabaseException("The test database " + name + " has no active default context key");
                }
                key = ContextKey.of("default", row.getBytes(1));
            } catch (SQLException e) {
                throw new TestDatabaseException("Could not read the context key of the test database " + name + ": " + e.getMessage(), e);
            }
            contextKey = key;
        }
        return key;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Closes the pools and drops the database, ending any connection still open to it. Calling it
     * again does nothing.
     *
     * @throws TestDatabaseException if the database cannot be dropped
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closePools();
            databases.drop(this);
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + (isClosed() ? ", closed" : "") + ']';
    }

    synchronized void closePools() {
        if (appPool != null) {
            appPool.close();
            appPool = null;
        }
        if (ownerPool != null) {
            ownerPool.close();
            ownerPool = null;
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("The test database " + name + " is closed");
        }
    }
}
