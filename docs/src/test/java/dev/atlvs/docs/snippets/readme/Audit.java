package dev.atlvs.docs.snippets.readme;

// tag::readme-audit[]
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import java.time.LocalDate;

// end::readme-audit[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.user.User;
import java.util.List;
import java.util.UUID;

/** The README's audit trail: a rename, its history, its revert, and the partitions ahead. */
public record Audit(List<AuditEntry> history, String name) {

    /** Renames {@code venue} as {@code maya}, then reads and reverts the rename; returns the history and name after. */
    public static Audit renameAndRevert(Atlvs atlvs, UUID org, User maya, Location venue) {
        // tag::readme-audit[]
        long txId = atlvs.inTenant(org, maya.id(), tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            locations.update(ImmutableLocation.copyOf(locations.get(venue.id())).withName("Tøyen Park North"));
            return tx.transactionId();
        });
        atlvs.useTenant(org, maya.id(), tx -> {
            AuditTrail audit = new AuditTrail(tx);
            audit.history(Location.TABLE, venue.id());              // insert, update: actor, fields, values
            audit.revertTransaction(txId);                          // refused if someone changed it since, unless forced
        });
        atlvs.createAuditPartitions(LocalDate.now().plusMonths(3)); // maintenance, as the schema owner
        // end::readme-audit[]
        return atlvs.inTenant(org, maya.id(), tx -> new Audit(new AuditTrail(tx).history(Location.TABLE, venue.id()),
                tx.repository(LocationRepository.class).get(venue.id()).name()));
    }
}
