package dev.atlvs.programming.travel;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A travel plan of a project from {@link #startDate()} to {@link #endDate()}: who travels
 * ({@link ItineraryParticipant}) and on which segments ({@link ItinerarySegment}). Its
 * {@linkplain #minConnectionMinutes() minimum connection time} and its {@linkplain #passportMarginMonths() passport
 * margin} are the thresholds the database and {@link ItineraryValidator} apply to its travellers. Its status follows
 * {@link ItineraryStatus#LIFECYCLE}; users delete and restore itineraries (soft delete).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("itineraries")
public interface Itinerary extends TenantEntity, SoftDeletable {

    Table<Itinerary, ImmutableItinerary.Builder> TABLE = ItineraryTable.TABLE;

    static ImmutableItinerary.Builder builder() {
        return ImmutableItinerary.builder();
    }

    @NotNull
    UUID projectId();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String title();

    Optional<@Size(max = 10_000) String> description();

    @Value.Default
    default ItineraryType type() {
        return ItineraryType.TRAVEL;
    }

    @Value.Default
    default ItineraryStatus status() {
        return ItineraryStatus.DRAFT;
    }

    @Db.Sortable
    @NotNull
    LocalDate startDate();

    /** Not before {@link #startDate()}. */
    @NotNull
    LocalDate endDate();

    /** The travel budget, in {@link #currency()}. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> budget();

    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** The least time between one arrival and the next departure of a traveller, in minutes (60 by default). */
    @Value.Default
    @Min(0)
    @Max(1440)
    default int minConnectionMinutes() {
        return 60;
    }

    /** Months a passport stays valid past the trip's end for an international segment (6 by default). */
    @Value.Default
    @Min(0)
    @Max(24)
    default int passportMarginMonths() {
        return 6;
    }

    @Value.Check
    default void check() {
        Violations.of("Itinerary")
                .require(!endDate().isBefore(startDate()), ProgrammingRules.ITINERARIES_END_DATE_CHECK)
                .require(budget().isEmpty() || currency().isPresent(), ProgrammingRules.ITINERARIES_BUDGET_CURRENCY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
