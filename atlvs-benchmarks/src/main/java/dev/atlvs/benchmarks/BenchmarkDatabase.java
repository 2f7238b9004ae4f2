package dev.atlvs.benchmarks;

import dev.atlvs.core.repository.Ids;
import dev.atlvs.testing.PostgresServer;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The embedded database of a benchmark run: the profile's data generated once, and, when the run compares, the
 * comparison tables ({@link BenchmarkRunner#prepareComparisons}) and the clone with the unverified context
 * ({@link BenchmarkRunner#cloneUnverified}). The task, ratio and throughput suites each make one; the record
 * ({@code -Dbench.suite=record}) makes one and runs all three on it. Closing drops the clone and the database.
 */
public final class BenchmarkDatabase implements AutoCloseable {

    private final TestDatabase db;
    private final DataGenerator.Profile profile;
    private final DataGenerator.Dataset dataset;
    private final Properties connection;
    private final String unverified;

    private BenchmarkDatabase(TestDatabase db, DataGenerator.Profile profile, DataGenerator.Dataset dataset, Properties connection,
            String unverified) {
        this.db = db;
        this.profile = profile;
        this.dataset = dataset;
        this.connection = connection;
        this.unverified = unverified;
    }

    /**
     * Generates {@code profile}'s data on the embedded server of atlvs-testing; with {@code comparisons}, also builds
     * the comparison tables and the unverified clone, and names them in {@link #connection()}.
     */
    public static BenchmarkDatabase embedded(DataGenerator.Profile profile, boolean comparisons) throws Exception {
        if (DataGenerator.jdbcUrl(null) != null) {
            throw new IllegalArgumentException("this suite runs on the embedded PostgreSQL only; leave bench.jdbcUrl empty");
        }
        TestDatabase db = TestDatabases.shared().create("bench");
        try {
            DataGenerator.Dataset dataset = new DataGenerator(DataGenerator.embedded(db), db.adminDataSource(), profile, 42, System.out)
                    .generate();
            Properties connection = new Properties();
            connection.setProperty("url", db.jdbcUrl());
            connection.setProperty("user", db.appCredentials().user());
            connection.setProperty("password", db.appCredentials().password());
            connection.setProperty("context.key", HexFormat.of().formatHex(db.contextKey().secret()));
            String unverified = null;
            if (comparisons) {
                String bypassPassword = Ids.newId().toString();
                BenchmarkRunner.prepareComparisons(db.adminDataSource(), db.appCredentials().user(), bypassPassword);
                connection.setProperty("bypass.user", BenchmarkRunner.BYPASS_ROLE);
                connection.setProperty("bypass.password", bypassPassword);
                unverified = BenchmarkRunner.cloneUnverified(db);
                connection.setProperty("unverified.url", db.server().jdbcUrl(unverified));
            }
            return new BenchmarkDatabase(db, profile, dataset, connection, unverified);
        } catch (Exception | Error failure) {
            db.close();
            throw failure;
        }
    }

    public TestDatabase db() {
        return db;
    }

    public DataGenerator.Profile profile() {
        return profile;
    }

    public DataGenerator.Dataset dataset() {
        return dataset;
    }

    /** How the suites' forks connect: URL and credentials of the run-time role, the context key, and the comparisons' ones. */
    public Properties connection() {
        Properties copy = new Properties();
        copy.putAll(connection);
        return copy;
    }

    /**
     * The server as {@code machine.md} names it: embedded (atlvs-testing's own) or where it runs, its version, and the
     * settings that decide what a commit waits for. The embedded server runs without durability ({@code fsync},
     * {@code synchronous_commit} and {@code full_page_writes} off), so a write's commit costs less there than on a
     * server with PostgreSQL's defaults (an external one, {@code ATLVS_TEST_JDBC_URL}).
     */
    public String server() {
        return describeServer(db);
    }

    /** {@link #server()} of {@code db}'s server, its durability settings read in {@code db}. */
    static String describeServer(TestDatabase db) {
        PostgresServer server = db.server();
        String where = server.kind() == PostgresServer.Kind.EMBEDDED
                ? "embedded PostgreSQL " + server.version() + ", on the same machine as the client"
                : "PostgreSQL " + server.version() + " (" + server.kind().name().toLowerCase(Locale.ROOT) + ", at " + server.host()
                        + ':' + server.port() + ")";
        try (Connection admin = db.adminDataSource().getConnection(); Statement statement = admin.createStatement();
                ResultSet settings = statement.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit'), "
                        + "current_setting('full_page_writes')")) {
            settings.next();
            boolean durable = settings.getString(1).equals("on") && !settings.getString(2).equals("off")
                    && settings.getString(3).equals("on");
            return where + "; fsync " + settings.getString(1) + ", synchronous_commit " + settings.getString(2) + ", full_page_writes "
                    + settings.getString(3) + (durable ? " (a commit waits for the disk)" : " (not durable: a commit does not wait for the disk)");
        } catch (SQLException unreadable) {
            return where + "; durability settings not readable: " + unreadable.getMessage();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (unverified != null) {
                try (Connection admin = db.server().adminDataSource("postgres").getConnection(); Statement statement = admin.createStatement()) {
                    statement.execute("drop database if exists " + unverified + " with (force)");
                }
            }
        } finally {
            db.close();
        }
    }
}
