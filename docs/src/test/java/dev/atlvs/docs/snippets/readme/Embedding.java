package dev.atlvs.docs.snippets.readme;

// tag::readme-embedding[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.core.user.User;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;

// end::readme-embedding[]
/** The README's first host: the builder, the migrations, an organization and a venue. */
public record Embedding(Atlvs atlvs, User maya, UUID org, Location venue) {

    /** Starts over the two pools and writes the first venue; {@code contextSecret} holds 32 to 64 random bytes. */
    public static Embedding start(DataSource appDataSource, DataSource ownerDataSource, byte[] contextSecret) {
        // tag::readme-embedding[]
        // The pool the application uses at run time connects as a role that is neither superuser nor
        // BYPASSRLS; migrations run as the schema owner and grant the run-time role its privileges.
        // Transactions are opened with a context signed with the context key (see "Threat model"): without
        // contextKey(...), the SDK reads the database's own key once through the owner's pool.
        Atlvs atlvs = Atlvs.builder(appDataSource)
                .migrateAs(ownerDataSource, "atlvs_app")
                .contextKey(ContextKey.of("2026-01", contextSecret))   // optional; the secret from the host's secret store
                .clock(Clock.systemUTC())
                .strict(true)                       // refuse to start on a role that bypasses row-level security
                .build();
        atlvs.migrate();

        // Platform operations span tenants: users, organizations, memberships.
        User maya = atlvs.platform().registerUser(User.builder().email("maya@example.com").displayName("Maya Okafor").build());
        UUID org = atlvs.platform()
                .createOrganization(Organization.builder().name("Northern Lights Festival").slug("northern-lights").build(), maya.id())
                .organization().id();

        // Everything else runs in a tenant transaction: the actor must be an active member; tenant and actor
        // are set for this transaction only; repositories exist only inside it.
        Location venue = atlvs.inTenant(org, maya.id(), tx -> {
            tx.require("core.locations.create");
            return tx.repository(LocationRepository.class).insert(Location.builder()
                    .organizationId(org).name("Tøyen Park").type(LocationType.SITE).city("Oslo").country("NO").build());
        });
        // end::readme-embedding[]
        return new Embedding(atlvs, maya, org, venue);
    }
}
