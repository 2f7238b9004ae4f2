package dev.atlvs.people.role;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleRules;
import jakarta.validation.constraints.Digits;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A crew role or job function (A1 Audio, Stage Manager, Head Rigger, Runner): what shortlists, bookings and
 * candidate matching ask for, not an access role. Its name is unique in the organization ignoring case. The
 * competencies it requires are {@link RoleCompetency} rows. A role in use is archived, never deleted.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("people_roles")
public interface CrewRole extends TenantEntity {

    Table<CrewRole, ImmutableCrewRole.Builder> TABLE = CrewRoleTable.TABLE;

    static ImmutableCrewRole.Builder builder() {
        return ImmutableCrewRole.builder();
    }

    @Db.Sortable
    @NotBlank
    @Size(max = 100)
    String name();

    Optional<@Size(max = 4000) String> description();

    Optional<@NonBlank @Size(max = 200) String> department();

    Optional<RoleLevel> level();

    /** The usual day rate of the role, in {@link #currency()}: the budget candidate matching compares rates with. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> defaultDayRate();

    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** Whether people in this role work on site, and so need an emergency contact before they are called. */
    @Value.Default
    default boolean isOnSite() {
        return true;
    }

    @Db.Sortable
    @Value.Default
    default CrewRoleStatus status() {
        return CrewRoleStatus.ACTIVE;
    }

    @Value.Check
    default void check() {
        Violations.of("CrewRole")
                .require(defaultDayRate().isEmpty() || currency().isPresent(), PeopleRules.PEOPLE_ROLES_DAY_RATE_CURRENCY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
