package dev.atlvs.programming.accreditation;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A pass admitting a person to {@linkplain #zones() zones} of an event from {@link #validFrom()} to {@link #validTo()},
 * within the event's window ({@code credentials_passes_within_event}), issued for a crew role (optional) and a pass type.
 * Every zone is allowed for the crew role, or for the pass type when it names no role
 * ({@code credentials_passes_zones_allowed}; see {@link AccreditationZone}). Its status follows
 * {@link PassStatus#LIFECYCLE}; a revoked pass records when and why and is final.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("credentials_passes")
public interface CredentialsPass extends TenantEntity {

    Table<CredentialsPass, ImmutableCredentialsPass.Builder> TABLE = CredentialsPassTable.TABLE;

    static ImmutableCredentialsPass.Builder builder() {
        return ImmutableCredentialsPass.builder();
    }

    @NotNull
    UUID personId();

    @NotNull
    UUID eventId();

    /** The crew role the pass is issued for. */
    Optional<UUID> crewRoleId();

    @Value.Default
    default PassType passType() {
        return PassType.CREW;
    }

    /** The zones the pass admits to. */
    List<String> zones();

    @Db.Sortable
    @NotNull
    Instant validFrom();

    /** After {@link #validFrom()}. */
    @NotNull
    Instant validTo();

    @Value.Default
    default PassStatus status() {
        return PassStatus.REQUESTED;
    }

    /** The number printed on the badge, unique in the organization; required once printed. */
    Optional<@NonBlank @Size(max = 50) String> badgeNumber();

    /** When the pass was revoked. */
    Optional<Instant> revokedAt();

    /** Why the pass was revoked; sealed in the audit trail. */
    @Db.Sensitive
    Optional<@NonBlank @Size(max = 500) String> revokeReason();

    /** Whether the pass admits to {@code zone} at {@code at}: issued, valid then, and naming the zone. */
    default boolean admits(String zone, Instant at) {
        return status() == PassStatus.ISSUED && zones().contains(zone) && !at.isBefore(validFrom()) && at.isBefore(validTo());
    }

    @Value.Check
    default void check() {
        boolean revoked = status() == PassStatus.REVOKED;
        Violations.of("CredentialsPass")
                .require(validTo().isAfter(validFrom()), ProgrammingRules.CREDENTIALS_PASSES_VALID_TO_CHECK)
                .require(revoked == revokedAt().isPresent() && (!revoked || revokeReason().isPresent()),
                        ProgrammingRules.CREDENTIALS_PASSES_REVOCATION_CHECK)
                .require((status() != PassStatus.PRINTED && status() != PassStatus.ISSUED) || badgeNumber().isPresent(),
                        ProgrammingRules.CREDENTIALS_PASSES_BADGE_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
