package dev.atlvs.programming.space;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.JsonObject;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A bookable area inside a venue: a stage, green room, dressing room, production office or loading dock. A space is the
 * bookable subtype of a {@link dev.atlvs.core.location.Location} ({@link #locationId()}, at most one space per location)
 * and carries its booking rules: the {@linkplain #turnoverMinutes() turnover} it needs after each booking, the
 * {@linkplain #maxBookingMinutes() longest booking}, whether bookings may {@linkplain #allowConcurrent() overlap}, and the
 * {@linkplain #curfew() curfew}. Users delete and restore spaces (soft delete).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("spaces")
public interface Space extends TenantEntity, SoftDeletable {

    Table<Space, ImmutableSpace.Builder> TABLE = SpaceTable.TABLE;

    static ImmutableSpace.Builder builder() {
        return ImmutableSpace.builder();
    }

    /** The location this space is, if it is one of the organization's locations. */
    Optional<UUID> locationId();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    @Value.Default
    default SpaceKind kind() {
        return SpaceKind.STAGE;
    }

    @Value.Default
    default SpaceStatus status() {
        return SpaceStatus.AVAILABLE;
    }

    Optional<@Size(max = 100) String> building();

    Optional<@Size(max = 50) String> floor();

    Optional<@Size(max = 50) String> roomNumber();

    /** How many people the space holds. */
    Optional<@Positive Integer> capacity();

    /** How many people are in the space now; at most {@link #capacity()}. */
    @Value.Default
    @PositiveOrZero
    default int currentOccupancy() {
        return 0;
    }

    @Value.Default
    default AccessLevel accessLevel() {
        return AccessLevel.PUBLIC;
    }

    List<@NonBlank @Size(max = 100) String> amenities();

    /** The fixed equipment of the space, as a JSON object ({@code {"pa": "L-Acoustics K2", "desk": "DiGiCo SD7"}}). */
    @Db.Jsonb
    @JsonObject
    @Value.Default
    @Size(max = 20_000)
    default String equipment() {
        return "{}";
    }

    /** Whether bookings of the space may overlap (a foyer, an outdoor area). */
    @Value.Default
    default boolean allowConcurrent() {
        return false;
    }

    /** Minutes the space needs after each booking before the next may start (changeover, cleaning). */
    @Value.Default
    @PositiveOrZero
    @Max(1440)
    default int turnoverMinutes() {
        return 0;
    }

    /** The longest a single booking may be, in minutes. */
    Optional<@Positive Integer> maxBookingMinutes();

    /**
     * The local time (in the event's time zone) by which anything on the space ends. A curfew before 06:00 falls on the
     * calendar day after the show day.
     */
    Optional<LocalTime> curfew();

    Optional<@Size(max = 4000) String> notes();

    /** The turnover as a duration. */
    default Duration turnover() {
        return Duration.ofMinutes(turnoverMinutes());
    }

    @Value.Check
    default void check() {
        Violations.of("Space")
                .require(capacity().map(c -> currentOccupancy() <= c).orElse(true), ProgrammingRules.SPACES_OCCUPANCY_WITHIN_CAPACITY)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
