package dev.atlvs.programming.travel;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A person who travels on an itinerary, in a role (artist, tour manager, crew). The person travels on every segment of
 * the itinerary that names no person, and on those that name them. The database refuses a participant without the
 * passport or visa the shared segments need ({@code itinerary_participants_passport_valid},
 * {@code itinerary_participants_visa_valid}).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("itinerary_participants")
public interface ItineraryParticipant extends TenantEntity {

    Table<ItineraryParticipant, ImmutableItineraryParticipant.Builder> TABLE = ItineraryParticipantTable.TABLE;

    static ImmutableItineraryParticipant.Builder builder() {
        return ImmutableItineraryParticipant.builder();
    }

    @NotNull
    UUID itineraryId();

    @NotNull
    UUID personId();

    /** The participant's role on the trip, such as {@code Artist} or {@code Tour manager}. */
    Optional<@NonBlank @Size(max = 100) String> role();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
