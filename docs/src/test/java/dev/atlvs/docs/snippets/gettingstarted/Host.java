package dev.atlvs.docs.snippets.gettingstarted;

// tag::gs-host[]
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;

// end::gs-host[]
/** The getting-started guide's host: two pools, the SDK over them, the schema migrated. */
public record Host(HikariDataSource ownerPool, HikariDataSource appPool, Atlvs atlvs, int applied) implements AutoCloseable {

    /** Starts the host on the database at {@code jdbcUrl}. */
    public static Host start(String jdbcUrl, String ownerPassword, String appPassword) {
        // tag::gs-host[]
        HikariConfig owner = new HikariConfig();
        owner.setJdbcUrl(jdbcUrl);                  // e.g. jdbc:postgresql://db.internal:5432/live_events
        owner.setUsername("atlvs_owner");           // owns the schema and runs the migrations
        owner.setPassword(ownerPassword);
        owner.setMaximumPoolSize(2);                // at least 2: Flyway holds one connection for its lock
        owner.setMinimumIdle(0);                    // used at start-up and by maintenance only
        HikariDataSource ownerPool = new HikariDataSource(owner);

        HikariConfig app = new HikariConfig();
        app.setJdbcUrl(jdbcUrl);
        app.setUsername("atlvs_app");               // the run-time role: not the owner, no superuser, no BYPASSRLS
        app.setPassword(appPassword);
        app.setMaximumPoolSize(10);
        HikariDataSource appPool = new HikariDataSource(app);

        Atlvs atlvs = Atlvs.builder(appPool)
                .migrateAs(ownerPool, "atlvs_app")  // migrate as the owner, grant atlvs_app what it needs
                .strict(true)                       // refuse to start on a role that bypasses row-level security
                .build();
        int applied = atlvs.migrate();              // the pending migrations of every module on the class path
        // end::gs-host[]
        return new Host(ownerPool, appPool, atlvs, applied);
    }

    @Override
    public void close() {
        appPool.close();
        ownerPool.close();
    }
}
