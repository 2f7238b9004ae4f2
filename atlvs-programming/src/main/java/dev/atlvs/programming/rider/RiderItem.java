package dev.atlvs.programming.rider;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One requirement line of a {@link Rider}: what ({@link #category()}, {@link #item()}), how many, to which
 * specification, whether mandatory, whether fulfilled (the database stamps {@link #fulfilledAt()}), at what cost in the
 * rider's currency, and from which supplier (a company of the organization, or a name). The items of a fulfilled rider
 * stay fulfilled, and a fulfilled rider takes no open mandatory item (rule {@code rider_items_rider_fulfilled}).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("rider_items")
public interface RiderItem extends TenantEntity {

    Table<RiderItem, ImmutableRiderItem.Builder> TABLE = RiderItemTable.TABLE;

    static ImmutableRiderItem.Builder builder() {
        return ImmutableRiderItem.builder();
    }

    /** The rider; an item never moves to another. */
    @Db.Fixed
    @NotNull
    UUID riderId();

    /** A grouping such as Backline, Monitors, Power, Dressing room. */
    @Db.Sortable
    @NotBlank
    @Size(max = 100)
    String category();

    @NotBlank
    @Size(max = 200)
    String item();

    @Value.Default
    @Positive
    default int quantity() {
        return 1;
    }

    Optional<@Size(max = 4000) String> specifications();

    @Value.Default
    default boolean isMandatory() {
        return true;
    }

    @Value.Default
    default boolean fulfilled() {
        return false;
    }

    /** When the item was fulfilled (set by the database). */
    Optional<Instant> fulfilledAt();

    /** The cost of the line (all units), in {@link #currency()}. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> cost();

    /** The rider's currency, given with a cost. */
    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** The supplier, a company of the organization. */
    Optional<UUID> supplierCompanyId();

    /** The supplier by name, when it is not a company of the organization. */
    Optional<@Size(max = 200) String> supplier();

    Optional<@Size(max = 2000) String> notes();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
