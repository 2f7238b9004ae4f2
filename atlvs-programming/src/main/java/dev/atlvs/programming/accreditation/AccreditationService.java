package dev.atlvs.programming.accreditation;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.programming.ProgrammingPermissions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Accreditation of an event: the zones crew roles (or pass types) may enter, and passes requested, approved, printed with
 * their badge number, issued and revoked along {@link PassStatus#LIFECYCLE}. The database refuses a pass with a zone its
 * role may not enter ({@code credentials_passes_zones_allowed}), outside its event's window
 * ({@code credentials_passes_within_event}) and any move of a revoked pass, whichever code writes.
 *
 * <pre>{@code
 * AccreditationService accreditation = new AccreditationService(tx);
 * accreditation.allow(AccreditationZone.builder().organizationId(tx.organizationId()).crewRoleId(rigger.id()).zone("stage").build());
 * CredentialsPass pass = accreditation.request(CredentialsPass.builder().organizationId(tx.organizationId())
 *         .personId(ana.id()).eventId(festival.id()).crewRoleId(rigger.id()).addZones("stage")
 *         .validFrom(build).validTo(derig).build());
 * accreditation.approve(pass.id());
 * accreditation.print(pass.id(), "RSF-0001");
 * accreditation.issue(pass.id());
 * List<CredentialsPass> onStage = accreditation.admittedTo(festival.id(), "stage", Instant.now(clock));
 * }</pre>
 */
public final class AccreditationService {
    private final TenantTransaction tx;

    public AccreditationService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private CredentialsPassRepository passes() {
        return tx.repository(CredentialsPassRepository.class);
    }

    /** Allows a crew role (or a pass type) into a zone, for one event or every event. */
    public AccreditationZone allow(AccreditationZone zone) {
        tx.require(ProgrammingPermissions.ZONES_MANAGE);
        return tx.repository(AccreditationZoneRepository.class).insert(zone);
    }

    /** The zones a crew role may enter at an event. */
    public List<String> zonesOf(UUID crewRoleId, UUID eventId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return tx.repository(AccreditationZoneRepository.class).zonesOf(crewRoleId, eventId);
    }

    /** Requests a pass; it is stored as {@link PassStatus#REQUESTED} whatever status it carries. */
    public CredentialsPass request(CredentialsPass pass) {
        tx.require(ProgrammingPermissions.PASSES_CREATE);
        return passes().insert(ImmutableCredentialsPass.copyOf(pass).withStatus(PassStatus.REQUESTED));
    }

    /** The pass. */
    public CredentialsPass get(UUID passId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return passes().get(passId);
    }

    /** Approves a requested pass. */
    public CredentialsPass approve(UUID passId) {
        return move(passId, PassStatus.APPROVED, null);
    }

    /** Prints an approved pass with its badge number (unique in the organization). */
    public CredentialsPass print(UUID passId, String badgeNumber) {
        return move(passId, PassStatus.PRINTED, requireNonNull(badgeNumber, "badgeNumber is null"));
    }

    /** Hands a printed pass to its holder. */
    public CredentialsPass issue(UUID passId) {
        return move(passId, PassStatus.ISSUED, null);
    }

    /** Revokes a pass for {@code reason}, recording the time; a revoked pass is final. */
    public CredentialsPass revoke(UUID passId, String reason) {
        tx.require(ProgrammingPermissions.PASSES_APPROVE);
        requireNonNull(reason, "reason is null");
        CredentialsPass pass = PassStatus.LIFECYCLE.require(passes().get(passId), PassStatus.REVOKED);
        return passes().update(CredentialsPass.builder().from(pass).status(PassStatus.REVOKED).revokedAt(tx.clock().instant())
                .revokeReason(reason).build());
    }

    /** The passes of an event, by start of validity. */
    public List<CredentialsPass> ofEvent(UUID eventId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return passes().ofEvent(eventId);
    }

    /** Who may enter {@code zone} of the event at {@code at}: the issued passes valid then that name the zone. */
    public List<CredentialsPass> admittedTo(UUID eventId, String zone, Instant at) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return passes().admittedTo(requireNonNull(eventId, "eventId is null"), requireNonNull(zone, "zone is null"),
                requireNonNull(at, "at is null"));
    }

    private CredentialsPass move(UUID passId, PassStatus target, String badgeNumber) {
        tx.require(ProgrammingPermissions.PASSES_APPROVE);
        CredentialsPass pass = PassStatus.LIFECYCLE.require(passes().get(passId), target);
        ImmutableCredentialsPass.Builder moved = CredentialsPass.builder().from(pass).status(target);
        if (badgeNumber != null) {
            moved.badgeNumber(badgeNumber);
        }
        return passes().update(moved.build());
    }
}
