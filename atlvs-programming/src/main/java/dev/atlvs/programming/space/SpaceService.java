package dev.atlvs.programming.space;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.booking.SpaceBooking;
import dev.atlvs.programming.booking.SpaceBookingRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Spaces and their state. A space closed for maintenance or out of service takes no new booking (the database refuses
 * it); its bookings from now on are {@linkplain #flaggedBookings flagged} for someone to move.
 *
 * <pre>{@code
 * SpaceService spaces = new SpaceService(tx);
 * Space main = spaces.create(Space.builder().organizationId(tx.organizationId()).name("Main Stage")
 *         .kind(SpaceKind.STAGE).capacity(12_000).curfew(LocalTime.of(23, 0)).turnoverMinutes(30).build());
 * spaces.changeStatus(main.id(), SpaceStatus.MAINTENANCE);
 * spaces.flaggedBookings(main.id()).forEach(b -> System.out.println("move " + b.title()));
 * }</pre>
 */
public final class SpaceService {
    private final TenantTransaction tx;

    public SpaceService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private SpaceRepository spaces() {
        return tx.repository(SpaceRepository.class);
    }

    /** Adds a space. */
    public Space create(Space space) {
        tx.require(ProgrammingPermissions.PROGRAMME_CREATE);
        return spaces().insert(space);
    }

    /**
     * Changes a space. New booking rules (turnover, concurrent use) apply to its bookings at once, and are refused with
     * {@code spaces_booking_rules_conflict} when they would make live bookings overlap.
     */
    public Space update(Space space) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        return spaces().update(space);
    }

    /** Moves the space's live state (it moves freely); closing it leaves its bookings in place, flagged. */
    public Space changeStatus(UUID spaceId, SpaceStatus status) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        Space space = spaces().get(spaceId);
        return space.status() == status ? space : spaces().update(ImmutableSpace.copyOf(space).withStatus(status));
    }

    /** Deletes a space (it can be restored); its bookings stay, flagged. */
    public void delete(UUID spaceId) {
        tx.require(ProgrammingPermissions.PROGRAMME_DELETE);
        spaces().softDelete(spaces().get(spaceId));
    }

    /** Restores a deleted space. */
    public Space restore(UUID spaceId) {
        tx.require(ProgrammingPermissions.PROGRAMME_DELETE);
        return spaces().restore(spaces().findIncludingDeleted(spaceId)
                .orElseThrow(() -> dev.atlvs.core.error.NotFoundException.of("Space", spaceId)));
    }

    /**
     * The live bookings from now on of a space that takes no bookings (under maintenance, out of service or deleted):
     * the ones to move. Empty while the space is bookable.
     */
    public List<SpaceBooking> flaggedBookings(UUID spaceId) {
        return flaggedBookings(spaceId, tx.now());
    }

    /** The live bookings ending after {@code from} of a space that takes no bookings; empty while it is bookable. */
    public List<SpaceBooking> flaggedBookings(UUID spaceId, Instant from) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        Space space = spaces().findIncludingDeleted(spaceId)
                .orElseThrow(() -> dev.atlvs.core.error.NotFoundException.of("Space", spaceId));
        if (space.status().bookable() && space.deletedAt().isEmpty()) {
            return List.of();
        }
        return tx.repository(SpaceBookingRepository.class).liveInSpaceFrom(spaceId, from);
    }
}
