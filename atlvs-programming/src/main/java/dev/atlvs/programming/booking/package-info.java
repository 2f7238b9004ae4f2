/**
 * Space bookings: the one ledger of who occupies a space when (events and holds), without overlaps, and the free-slot
 * finder.
 *
 * <pre>{@code
 * List<FreeSlot> slots = new FreeSlotFinder(tx).find(FreeSlotQuery.of(pressRoom.id(), from, to, Duration.ofHours(1)));
 * SpaceBooking hold = new SpaceBookingService(tx).hold(SpaceBooking.builder().organizationId(tx.organizationId())
 *         .spaceId(pressRoom.id()).title("Press conference").startsAt(slots.get(0).start()).endsAt(slots.get(0).end()).build());
 * }</pre>
 */
package dev.atlvs.programming.booking;
