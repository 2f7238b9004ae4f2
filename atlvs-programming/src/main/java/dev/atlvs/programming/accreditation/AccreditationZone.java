package dev.atlvs.programming.accreditation;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A zone a crew role (people_roles) may enter, or, for passes issued for no crew role, a pass type; for one event when
 * {@link #eventId()} is given, else for every event. Exactly one of {@link #crewRoleId()} and {@link #passType()} is
 * given ({@code accreditation_zones_holder_check}).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("accreditation_zones")
public interface AccreditationZone extends TenantEntity {

    Table<AccreditationZone, ImmutableAccreditationZone.Builder> TABLE = AccreditationZoneTable.TABLE;

    static ImmutableAccreditationZone.Builder builder() {
        return ImmutableAccreditationZone.builder();
    }

    /** The crew role allowed into the zone. */
    Optional<UUID> crewRoleId();

    /** The pass type allowed into the zone, for passes without a crew role. */
    Optional<PassType> passType();

    /** The event the allowance holds for; empty: every event. */
    Optional<UUID> eventId();

    /** The zone's code, lower case: {@code backstage}, {@code stage}, {@code foh}, {@code production_office}. */
    @NotNull
    @Pattern(regexp = "[a-z][a-z0-9_]{0,62}", message = "must be a lower-case code such as backstage")
    String zone();

    @Value.Check
    default void check() {
        Violations.of("AccreditationZone")
                .require(crewRoleId().isPresent() != passType().isPresent(), ProgrammingRules.ACCREDITATION_ZONES_HOLDER_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
