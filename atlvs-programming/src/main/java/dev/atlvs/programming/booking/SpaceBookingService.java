package dev.atlvs.programming.booking;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.ProgrammingRules;
import java.time.Instant;
import java.util.UUID;

/**
 * Holds and bookings of spaces that are not events: the press room, the catering tent, a rehearsal. A hold occupies the
 * space like a confirmed booking; releasing frees it. Overlaps (turnover included) are refused by the database with
 * {@code space_bookings_no_overlap}, and of two transactions booking one space at one time exactly one commits. The
 * booking of an event changes only with its event ({@code space_bookings_event_owned}).
 *
 * <pre>{@code
 * SpaceBookingService bookings = new SpaceBookingService(tx);
 * SpaceBooking press = bookings.hold(SpaceBooking.builder().organizationId(tx.organizationId()).spaceId(pressRoom.id())
 *         .title("Press conference").startsAt(from).endsAt(to).build());
 * bookings.confirm(press.id());
 * }</pre>
 */
public final class SpaceBookingService {
    private final TenantTransaction tx;

    public SpaceBookingService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private SpaceBookingRepository bookings() {
        return tx.repository(SpaceBookingRepository.class);
    }

    /** Books a space: a hold, or a confirmed booking when {@code booking} says so. */
    public SpaceBooking hold(SpaceBooking booking) {
        tx.require(ProgrammingPermissions.PROGRAMME_CREATE);
        if (booking.eventId().isPresent()) {
            throw ProgrammingRules.SPACE_BOOKINGS_EVENT_OWNED.exception();
        }
        return bookings().insert(booking);
    }

    /** Confirms a hold. */
    public SpaceBooking confirm(UUID bookingId) {
        return move(bookingId, BookingStatus.CONFIRMED);
    }

    /** Releases a hold or a booking: the space is free again. */
    public SpaceBooking release(UUID bookingId) {
        return move(bookingId, BookingStatus.RELEASED);
    }

    /** Moves a live booking to another window (same space), refused when the new window is taken. */
    public SpaceBooking reschedule(UUID bookingId, Instant startsAt, Instant endsAt) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        SpaceBooking booking = own(bookingId);
        return bookings().update(ImmutableSpaceBooking.builder().from(booking).startsAt(startsAt).endsAt(endsAt).build());
    }

    private SpaceBooking move(UUID bookingId, BookingStatus target) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        SpaceBooking booking = BookingStatus.LIFECYCLE.require(own(bookingId), target);
        return bookings().update(ImmutableSpaceBooking.copyOf(booking).withStatus(target));
    }

    private SpaceBooking own(UUID bookingId) {
        SpaceBooking booking = bookings().get(bookingId);
        if (booking.eventId().isPresent()) {
            throw ProgrammingRules.SPACE_BOOKINGS_EVENT_OWNED.exception();
        }
        return booking;
    }
}
