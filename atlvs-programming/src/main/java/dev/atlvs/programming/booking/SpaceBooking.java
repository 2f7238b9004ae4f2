package dev.atlvs.programming.booking;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * Who occupies a space when. Every event in a space has one booking, written by the database from the event
 * ({@link #eventId()}; it changes only with its event); holds that are not events (a press room, a catering area, a
 * rehearsal) are bookings of their own, optionally naming what they are for ({@link #bookedForType()},
 * {@link #bookedForId()}). Live bookings of a space (held or confirmed) never overlap, each followed by the space's
 * turnover ({@link #bufferUntil()}), unless the space allows concurrent use: the database's exclusion constraint
 * {@code space_bookings_no_overlap} holds it, so of two transactions booking one space at one time exactly one commits.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("space_bookings")
public interface SpaceBooking extends TenantEntity {

    Table<SpaceBooking, ImmutableSpaceBooking.Builder> TABLE = SpaceBookingTable.TABLE;

    static ImmutableSpaceBooking.Builder builder() {
        return ImmutableSpaceBooking.builder();
    }

    @NotNull
    UUID spaceId();

    /** The event whose occupancy this booking is; written by the database. */
    @Db.Fixed
    Optional<UUID> eventId();

    /** The kind of record the booking is for, such as {@code project}, with {@link #bookedForId()}. */
    Optional<@Pattern(regexp = "[a-z][a-z0-9_]{0,62}", message = "must be a record type such as project") String> bookedForType();

    Optional<UUID> bookedForId();

    @NotBlank
    @Size(max = 200)
    String title();

    @Db.Sortable
    @NotNull
    Instant startsAt();

    /** After {@link #startsAt()}. */
    @NotNull
    Instant endsAt();

    /** {@link #endsAt()} plus the space's turnover: derived by the database from the space. */
    @Value.Default
    default Instant bufferUntil() {
        return endsAt();
    }

    /** Whether the space allows concurrent use: derived by the database from the space. */
    @Value.Default
    default boolean shared() {
        return false;
    }

    @Value.Default
    default BookingStatus status() {
        return BookingStatus.HOLD;
    }

    Optional<@Size(max = 2000) String> notes();

    @Value.Check
    default void check() {
        Violations.of("SpaceBooking")
                .require(endsAt().isAfter(startsAt()), ProgrammingRules.SPACE_BOOKINGS_ENDS_AT_CHECK)
                .require(bookedForType().isPresent() == bookedForId().isPresent(), ProgrammingRules.SPACE_BOOKINGS_BOOKED_FOR_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
