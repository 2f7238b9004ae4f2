package dev.atlvs.core.location;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A place: venue, site, building, floor, room, area, warehouse, storage, vehicle or office, in one
 * hierarchy that never loops. Users delete and restore locations (soft delete).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("locations")
public interface Location extends TenantEntity, SoftDeletable {

    Table<Location, ImmutableLocation.Builder> TABLE = LocationTable.TABLE;

    static ImmutableLocation.Builder builder() {
        return ImmutableLocation.builder();
    }

    /** The enclosing location, if any. */
    Optional<UUID> parentId();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    @Db.Sortable
    LocationType type();

    Optional<@Size(max = 200) String> addressLine1();

    Optional<@Size(max = 200) String> addressLine2();

    Optional<@Size(max = 100) String> city();

    Optional<@Size(max = 100) String> region();

    Optional<@Size(max = 20) String> postalCode();

    @Db.Char(2)
    Optional<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as DE") String> country();

    @Db.Numeric(precision = 9, scale = 6)
    Optional<@DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6) BigDecimal> latitude();

    @Db.Numeric(precision = 9, scale = 6)
    Optional<@DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal> longitude();

    /** The IANA time zone; inherited from the parent when absent. */
    Optional<@Size(min = 1, max = 64) String> timezone();

    Optional<@Positive Integer> capacity();

    Optional<@Size(max = 500) String> contact();

    Optional<@Size(max = 4000) String> accessNotes();

    Optional<@Size(max = 4000) String> notes();

    @Value.Check
    default void check() {
        dev.atlvs.core.validation.Violations.of("Location")
                .require(latitude().isPresent() == longitude().isPresent(), dev.atlvs.core.CoreRules.LOCATIONS_COORDINATES_CHECK)
                .require(parentId().map(parent -> !parent.equals(id())).orElse(true), dev.atlvs.core.CoreRules.LOCATIONS_PARENT_CHECK)
                .require(timezone().map(dev.atlvs.core.organization.Organization::isKnownTimeZone).orElse(true),
                        dev.atlvs.core.CoreRules.LOCATIONS_TIMEZONE_ZONE)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
