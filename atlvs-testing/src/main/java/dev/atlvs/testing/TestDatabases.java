package dev.atlvs.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.migration.AtlvsMigrations;
import dev.atlvs.testing.internal.DatabaseNames;
import dev.atlvs.testing.internal.ManagedServer;
import dev.atlvs.testing.internal.PostgresServers;
import dev.atlvs.testing.internal.ServerSettings;
import dev.atlvs.testing.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test databases of one JVM: one PostgreSQL server, the ATLVS schema migrated once into a template
 * database, and a fresh clone of that template for each caller of {@link #create(String)}.
 *
 * <p>{@link #shared()} sets everything up on first use:
 * <ol>
 *   <li>selects and starts the server (see the package documentation for the choices);</li>
 *   <li>creates, unless they exist, the login roles {@value #OWNER_ROLE}, which owns the databases
 *       and runs the migrations, and {@value #APP_ROLE}, the run-time role that tests connect as.
 *       Neither is a superuser or may bypass row-level security;</li>
 *   <li>creates a template database, applies {@link AtlvsMigrations} to it as {@value #OWNER_ROLE}
 *       with {@value #APP_ROLE} as the run-time role, then marks it as a template that accepts no
 *       connections.</li>
 * </ol>
 * Cloning the template takes a few tens of milliseconds, so every test class can have a database of
 * its own. When the JVM exits, a shutdown hook stops an embedded or Testcontainers server; on an
 * external server it drops the template and every clone still open instead.
 *
 * <p>This class is thread-safe: test classes running in parallel may create databases concurrently.
 */
public final class TestDatabases {

    /** The role that owns the template and every clone and runs the migrations. */
    public static final String OWNER_ROLE = "atlvs_owner";

    /** The run-time role: not a superuser, not {@code BYPASSRLS}, so row-level security applies to it. */
    public static final String APP_ROLE = "atlvs_app";

    /** The lowest PostgreSQL major version the ATLVS schema supports. */
    public static final int MINIMUM_MAJOR_VERSION = 15;

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);

    // The same on every JVM: JVMs sharing an external server share these roles.
    private static final Credentials OWNER = new Credentials(OWNER_ROLE, "atlvs_owner_for_tests");
    private static final Credentials APP = new Credentials(APP_ROLE, "atlvs_app_for_tests");

    /** Serializes role creation among JVMs that share an external server (an arbitrary constant). */
    private static final long ROLE_LOCK = 0x61746c7673726f6cL;

    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String INTERNAL_ERROR = "XX000";

    private static final Object SHARED_LOCK = new Object();
    private static TestDatabases shared;
    private static RuntimeException sharedFailure;

    private final ManagedServer server;
    private final String template;
    private final Set<TestDatabase> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean shutDown = new AtomicBoolean();
    private volatile HikariDataSource admin;
    private volatile boolean templateCreated;
    private volatile String cloneStrategy = "";

    private TestDatabases(ManagedServer server) {
        this.server = server;
        this.template = DatabaseNames.template();
    }

    /**
     * The test databases of this JVM, set up on the first call. Later calls return the same instance
     * at once; if the set-up failed, every later call fails at once with the same cause.
     *
     * @throws TestDatabaseException if the server cannot be started or reached, or the migrations fail
     */
    public static TestDatabases shared() {
        synchronized (SHARED_LOCK) {
            if (shared != null) {
                return shared;
            }
            if (sharedFailure != null) {
                throw new TestDatabaseException(
                        "The PostgreSQL test server could not be set up earlier in this JVM: " + sharedFailure.getMessage(),
                        sharedFailure);
            }
            try {
                shared = start(ServerSettings.fromEnvironment());
                return shared;
            } catch (RuntimeException e) {
                sharedFailure = e;
                throw e;
            }
        }
    }

    private static TestDatabases start(ServerSettings settings) {
        long started = System.nanoTime();
        var databases = new TestDatabases(PostgresServers.start(settings));
        Runtime.getRuntime().addShutdownHook(new Thread(databases::shutDown, "atlvs-testing-shutdown"));
        long serverReady = System.nanoTime();
        try {
            databases.prepare();
        } catch (RuntimeException e) {
            databases.shutDown();
            throw e;
        }
        LOG.info("Test databases ready on {} {} (server {} ms, roles and template {} ms)",
                databases.server, databases.server.version(),
                (serverReady - started) / 1_000_000, (System.nanoTime() - serverReady) / 1_000_000);
        return databases;
    }

    /** The server that holds the template and the clones. */
    public PostgresServer server() {
        return server;
    }

    /** The name of the migrated template database that every clone copies. */
    public String templateName() {
        return template;
    }

    /** The login of {@value #OWNER_ROLE}, which owns every test database. */
    public Credentials ownerCredentials() {
        return OWNER;
    }

    /** The login of {@value #APP_ROLE}, the run-time role that row-level security applies to. */
    public Credentials appCredentials() {
        return APP;
    }

    /**
     * A new database cloned from the migrated template, owned by {@value #OWNER_ROLE}. Its name is
     * {@code atlvs_}, then {@code label} in snake case, then a random suffix. Close it when done to drop
     * it; databases still open when the JVM exits are dropped then.
     *
     * @param label what the database is for, usually the test class's name
     * @throws TestDatabaseException if the database cannot be created
     */
    public TestDatabase create(String label) {
        Objects.requireNonNull(label, "label is null");
        if (shutDown.get()) {
            throw new IllegalStateException("The test databases of this JVM are shut down");
        }
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            var name = DatabaseNames.clone(label);
            try {
                Sql.execute(admin, "create database " + Sql.identifier(name) + " template " + Sql.identifier(template)
                        + " owner " + Sql.identifier(OWNER_ROLE) + cloneStrategy);
                copyDatabaseSettings(name);
                var database = new TestDatabase(this, name);
                open.add(database);
                LOG.debug("Created test database {} in {} ms", name, (System.nanoTime() - started) / 1_000_000);
                return database;
            } catch (SQLException e) {
                if (DUPLICATE_DATABASE.equals(e.getSQLState()) && attempt < 3) {
                    continue;
                }
                throw new TestDatabaseException("Could not create the test database " + name + " from the template "
                        + template + " on " + server + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * A new database for a test class, labelled with the class's simple name.
     *
     * @see #create(String)
     */
    public TestDatabase create(Class<?> testClass) {
        return create(testClass.getSimpleName());
    }

    @Override
    public String toString() {
        return "TestDatabases[" + server + ", template " + template + ", " + open.size() + " open]";
    }

    /** Drops a closed database; called by {@link TestDatabase#close()}. */
    void drop(TestDatabase database) {
        open.remove(database);
        if (shutDown.get()) {
            return;
        }
        try {
            dropDatabase(database.name());
            LOG.debug("Dropped test database {}", database.name());
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not drop the test database " + database.name() + ": " + e.getMessage(), e);
        }
    }

    private void prepare() {
        if (server.majorVersion() < MINIMUM_MAJOR_VERSION) {
            throw new TestDatabaseException("ATLVS needs PostgreSQL " + MINIMUM_MAJOR_VERSION + " or newer, but " + server
                    + " runs " + server.version());
        }
        admin = pool("admin", server.maintenanceDatabase(), server.adminCredentials(), 4);
        try {
            chooseCloneStrategy();
            createRoles();
            createTemplate();
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not prepare the test databases on " + server + ": " + e.getMessage(), e);
        }
    }

    /**
     * PostgreSQL clones a database either block by block through the write-ahead log (the default) or
     * by copying its files between two checkpoints. Copying files is several times faster for a
     * template of a few hundred tables, but the checkpoints are only cheap on a server that does not
     * sync to disk, as the embedded and Testcontainers servers are configured.
     */
    private void chooseCloneStrategy() throws SQLException {
        try (Connection connection = admin.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select current_setting('fsync')::boolean")) {
            rs.next();
            cloneStrategy = rs.getBoolean(1) ? "" : " strategy file_copy";
        }
    }

    private void createRoles() throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            boolean superuser = requireAdministrator(connection);
            statement.execute("select pg_advisory_lock(" + ROLE_LOCK + ")");
            try {
                for (Credentials role : List.of(OWNER, APP)) {
                    createRole(connection, role);
                }
                if (!superuser) {
                    // Creating databases owned by the owner role needs membership in it.
                    statement.execute("grant " + Sql.identifier(OWNER_ROLE) + " to current_user");
                }
            } finally {
                statement.execute("select pg_advisory_unlock(" + ROLE_LOCK + ")");
            }
        }
    }

    private boolean requireAdministrator(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select rolsuper, rolcreaterole and rolcreatedb from pg_roles where rolname = current_user")) {
            rs.next();
            if (!rs.getBoolean(1) && !rs.getBoolean(2)) {
                throw new TestDatabaseException("The administrator " + server.adminCredentials().user() + " of " + server
                        + " can neither create roles nor databases; the test fixtures need a superuser or a role with "
                        + "CREATEROLE and CREATEDB.");
            }
            return rs.getBoolean(1);
        }
    }

    /**
     * Creates the login role, or, when it exists, takes away any attribute that would let it escape
     * row-level security and resets its password if it does not match. In the steady state, when
     * another JVM has set the role up already, nothing is written. JVMs sharing an external server
     * serialize this through an advisory lock; a concurrent change that slipped past the lock (from a
     * JVM connected to another maintenance database) is retried.
     */
    private void createRole(Connection connection, Credentials role) throws SQLException {
        var name = Sql.identifier(role.user());
        for (int attempt = 1; ; attempt++) {
            try (Statement statement = connection.createStatement()) {
                if (!roleExists(connection, role.user())) {
                    statement.execute("create role " + name
                            + " with login nosuperuser nobypassrls nocreaterole nocreatedb noreplication password "
                            + Sql.literal(role.password()));
                    return;
                }
                var corrections = corrections(connection, role.user());
                if (!corrections.isEmpty()) {
                    LOG.warn("The existing role {} lacked restrictions the tests rely on; altering it with{}",
                            role.user(), corrections);
                    statement.execute("alter role " + name + " with" + corrections);
                }
                if (!canLogIn(role)) {
                    LOG.info("Setting the password of the existing role {}", role.user());
                    statement.execute("alter role " + name + " with password " + Sql.literal(role.password()));
                }
                return;
            } catch (SQLException e) {
                boolean race = DUPLICATE_OBJECT.equals(e.getSQLState()) || INTERNAL_ERROR.equals(e.getSQLState());
                if (!race || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static boolean roleExists(Connection connection, String role) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            statement.setString(1, role);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The attribute changes an existing role needs: able to log in, and nothing that bypasses security. */
    private static String corrections(Connection connection, String role) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select not rolcanlogin, rolsuper, rolbypassrls,"
                + " rolcreaterole, rolcreatedb, rolreplication from pg_roles where rolname = ?")) {
            statement.setString(1, role);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                var corrections = new StringBuilder();
                String[] attributes = {" login", " nosuperuser", " nobypassrls", " nocreaterole", " nocreatedb",
                    " noreplication"};
                for (int i = 0; i < attributes.length; i++) {
                    if (rs.getBoolean(i + 1)) {
                        corrections.append(attributes[i]);
                    }
                }
                return corrections.toString();
            }
        }
    }

    private boolean canLogIn(Credentials role) {
        try (Connection connection = server.dataSource(server.maintenanceDatabase(), role).getConnection()) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    private void createTemplate() throws SQLException {
        Sql.execute(admin, "create database " + Sql.identifier(template) + " owner " + Sql.identifier(OWNER_ROLE)
                + " template template0 encoding 'UTF8'");
        templateCreated = true;
        if (server.kind() == PostgresServer.Kind.CITUS) {
            prepareCitus();
        }
        long started = System.nanoTime();
        int applied;
        try {
            applied = AtlvsMigrations.on(server.dataSource(template, OWNER)).runtimeRole(APP_ROLE).migrate().applied();
        } catch (RuntimeException e) {
            throw new TestDatabaseException("The ATLVS migrations failed on the template database " + template + " of "
                    + server + ": " + e.getMessage(), e);
        }
        LOG.info("Migrated the template database {} ({} migrations) in {} ms",
                template, applied, (System.nanoTime() - started) / 1_000_000);
        // A database can only be cloned while nobody is connected to it (Citus keeps sessions of its own open).
        Sql.execute(admin, "alter database " + Sql.identifier(template) + " with allow_connections false is_template true");
        if (server.kind() == PostgresServer.Kind.CITUS) {
            try (Connection connection = admin.getConnection();
                    java.sql.PreparedStatement terminate = connection.prepareStatement(
                            "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
                terminate.setString(1, template);
                terminate.executeQuery().close();
            }
        }
    }

    /**
     * Makes the template a Citus database before it is migrated: the extension, the coordinator as the one node that
     * holds shards (a single-node cluster), and the passwords Citus uses to connect to its own node as the test roles.
     */
    private void prepareCitus() throws SQLException {
        try (Connection connection = server.dataSource(template, server.adminCredentials()).getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists citus");
            try (java.sql.PreparedStatement node = connection.prepareStatement(
                    "select citus_set_coordinator_host(?, ?), citus_set_node_property(?, ?, 'shouldhaveshards', true)")) {
                node.setString(1, server.host());
                node.setInt(2, server.port());
                node.setString(3, server.host());
                node.setInt(4, server.port());
                node.executeQuery().close();
            }
            try (java.sql.PreparedStatement auth = connection.prepareStatement(
                    "insert into pg_dist_authinfo (nodeid, rolename, authinfo) values (0, ?, ?) on conflict do nothing")) {
                for (Credentials role : List.of(OWNER, APP, server.adminCredentials())) {
                    auth.setString(1, role.user());
                    auth.setString(2, "password=" + role.password());
                    auth.executeUpdate();
                }
            }
        }
    }

    private void dropDatabase(String name) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                Sql.execute(admin, "drop database if exists " + Sql.identifier(name) + " with (force)");
                return;
            } catch (SQLException inUse) {
                // Citus's maintenance daemon, a background worker that FORCE does not end, may still hold a session
                // on a database it just noticed; it leaves within a moment.
                if (!"55006".equals(inUse.getSQLState()) || server.kind() != PostgresServer.Kind.CITUS || attempt == 50) {
                    throw inUse;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw inUse;
                }
            }
        }
    }

    /**
     * Gives a clone the settings the migrations made on the template ({@code ALTER DATABASE ... SET}, such as the
     * settings of a Citus database), which {@code CREATE DATABASE ... TEMPLATE} does not copy.
     */
    private void copyDatabaseSettings(String clone) throws SQLException {
        var settings = new ArrayList<String>();
        try (Connection connection = admin.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "select unnest(s.setconfig) from pg_db_role_setting s join pg_database d on d.oid = s.setdatabase "
                                + "where d.datname = ? and s.setrole = 0")) {
            read.setString(1, template);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    settings.add(rows.getString(1));
                }
            }
        }
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            Sql.execute(admin, "alter database " + Sql.identifier(clone) + " set " + setting.substring(0, equals)
                    + " = " + Sql.literal(setting.substring(equals + 1)));
        }
    }

    /** A small connection pool for one database, created lazily by {@link TestDatabase}. */
    HikariDataSource pool(String purpose, String database, Credentials credentials, int size) {
        var config = new HikariConfig();
        config.setPoolName("atlvs-" + purpose + '-' + database);
        config.setDataSource(server.dataSource(database, credentials));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    private void shutDown() {
        if (!shutDown.compareAndSet(false, true)) {
            return;
        }
        for (TestDatabase database : List.copyOf(open)) {
            database.closePools();
            if (admin != null && !server.disposable()) {
                dropQuietly(database.name());
            }
        }
        open.clear();
        if (admin != null && templateCreated && !server.disposable()) {
            try {
                Sql.execute(admin, "alter database " + Sql.identifier(template) + " with is_template false");
                dropDatabase(template);
            } catch (SQLException e) {
                LOG.warn("Could not drop the template database {}: {}", template, e.getMessage());
            }
        }
        if (admin != null) {
            admin.close();
        }
        server.stop();
    }

    private void dropQuietly(String name) {
        try {
            dropDatabase(name);
        } catch (SQLException e) {
            LOG.warn("Could not drop the test database {}: {}", name, e.getMessage());
        }
    }
}
