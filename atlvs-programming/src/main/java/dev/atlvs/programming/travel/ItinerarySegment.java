package dev.atlvs.programming.travel;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One leg of an itinerary from {@link #departAt()} to {@link #arriveAt()}: transport (flight, train, car, bus, ship),
 * a hotel stay (check-in to check-out) or an activity. It names the one participant who travels on it
 * ({@link #personId()}), or, when empty, every participant does. It is international when {@link #fromCountry()} and
 * {@link #toCountry()} are both given and differ: each traveller then needs a passport valid past the trip's end plus
 * the itinerary's margin; with {@link #visaRequired()} each traveller needs a visa document too.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("itinerary_segments")
public interface ItinerarySegment extends TenantEntity {

    Table<ItinerarySegment, ImmutableItinerarySegment.Builder> TABLE = ItinerarySegmentTable.TABLE;

    static ImmutableItinerarySegment.Builder builder() {
        return ImmutableItinerarySegment.builder();
    }

    @NotNull
    UUID itineraryId();

    /** The one participant who travels on the segment; empty: every participant of the itinerary. */
    Optional<UUID> personId();

    @Value.Default
    default SegmentKind kind() {
        return SegmentKind.FLIGHT;
    }

    /** Where the segment starts (an airport, a station, the hotel for a stay). */
    @NotBlank
    @Size(max = 200)
    String fromPlace();

    /** Where the segment ends. */
    @NotBlank
    @Size(max = 200)
    String toPlace();

    /** ISO 3166-1 alpha-2 country of departure. */
    @Db.Char(2)
    Optional<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 code such as GB") String> fromCountry();

    /** ISO 3166-1 alpha-2 country of arrival. */
    @Db.Char(2)
    Optional<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 code such as GB") String> toCountry();

    @Db.Sortable
    @NotNull
    Instant departAt();

    /** After {@link #departAt()}. */
    @NotNull
    Instant arriveAt();

    /** Whether the destination requires a visa of the travellers. */
    @Value.Default
    default boolean visaRequired() {
        return false;
    }

    /** The airline, rail company, car service or hotel. */
    Optional<@Size(max = 200) String> provider();

    /** The booking reference; sealed in the audit trail. */
    @Db.Sensitive
    Optional<@Size(max = 100) String> confirmationNo();

    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> cost();

    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    @Db.Sensitive
    Optional<@Size(max = 4000) String> notes();

    /** Whether the segment crosses a border: both countries given and different. */
    default boolean isInternational() {
        return fromCountry().isPresent() && toCountry().isPresent() && !fromCountry().get().equals(toCountry().get());
    }

    /** Whether the segment moves its travellers (see {@link SegmentKind#isTransport()}). */
    default boolean isTransport() {
        return kind().isTransport();
    }

    /** Whether {@code person} travels on the segment: it names them, or names nobody. */
    default boolean carries(UUID person) {
        return personId().map(person::equals).orElse(true);
    }

    @Value.Check
    default void check() {
        Violations.of("ItinerarySegment")
                .require(arriveAt().isAfter(departAt()), ProgrammingRules.ITINERARY_SEGMENTS_ARRIVE_AT_CHECK)
                .require(cost().isEmpty() || currency().isPresent(), ProgrammingRules.ITINERARY_SEGMENTS_COST_CURRENCY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
