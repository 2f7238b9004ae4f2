package dev.atlvs.docs.production;

// tag::prod-deploy[]
// tag::prod-application[]
import dev.atlvs.core.Atlvs;
// end::prod-deploy[]
import dev.atlvs.core.migration.SchemaStatus;
// tag::prod-deploy[]
import dev.atlvs.core.tenancy.ContextKey;

// end::prod-application[]
// end::prod-deploy[]
import javax.sql.DataSource;

/** The production-setup guide's two hosts: the deployment step that migrates, and the application that does not. */
public final class ProductionHost {
    private ProductionHost() {
    }

    /** Migrates as the owner of {@code ownerPool} for the run-time role {@code runtimeRole}, installing the key {@code 2026-01} made of {@code secret}; returns how many ran. */
    public static int deploy(DataSource appPool, DataSource ownerPool, String runtimeRole, byte[] secret) {
        // tag::prod-deploy[]
        Atlvs deployment = Atlvs.builder(appPool)
                .migrateAs(ownerPool, runtimeRole)            // "atlvs_app": the owner migrates and grants it its privileges
                .contextKey(ContextKey.of("2026-01", secret))  // installed by migrate(); installing it again changes nothing
                .strict(true)
                .build();
        int applied = deployment.migrate();
        // end::prod-deploy[]
        return applied;
    }

    /** The application's SDK over the run-time pool only, proving its transactions with the key {@code 2026-01}. */
    public static Atlvs application(DataSource appPool, byte[] secret) {
        // tag::prod-application[]
        Atlvs atlvs = Atlvs.builder(appPool)                 // atlvs_app only
                .contextKey(ContextKey.of("2026-01", secret))
                .strict(true)                                // refuse to start on a role that bypasses row-level security
                .build();
        SchemaStatus status = atlvs.checkReady();            // refuses a database not migrated, behind the jars or not granted
        // end::prod-application[]
        return atlvs;
    }
}
