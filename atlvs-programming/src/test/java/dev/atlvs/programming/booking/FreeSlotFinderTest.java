package dev.atlvs.programming.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceKind;
import dev.atlvs.programming.space.SpaceService;
import dev.atlvs.programming.space.SpaceStatus;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a booking of a given length fits in a space, as the database would accept it. */
@AtlvsTest
class FreeSlotFinderTest {
    private static final Instant MORNING = Instant.parse("2026-07-10T08:00:00Z");

    private static Space room(FixtureOrganization org, int turnover) {
        return org.asOwner(tx -> new SpaceService(tx).create(Space.builder().organizationId(org.id())
                .name(ProgrammingFixtures.unique("Green Room")).kind(SpaceKind.GREEN_ROOM).capacity(30).turnoverMinutes(turnover)
                .maxBookingMinutes(600).build()));
    }

    private static SpaceBooking hold(FixtureOrganization org, Space space, Instant from, Duration length) {
        return org.asOwner(tx -> new SpaceBookingService(tx).hold(SpaceBooking.builder().organizationId(org.id())
                .spaceId(space.id()).title("Artist hospitality").startsAt(from).endsAt(from.plus(length)).build()));
    }

    @Test
    void theSlotsAreTheGapsBetweenBookingsWithTheirTurnover(Fixtures fixtures) {
        // given: bookings 09:00-10:00 and 11:00-12:00, 15 minutes of turnover
        OrganizationFixture org = fixtures.organization("Green Room Gaps");
        Space room = room(org, 15);
        hold(org, room, MORNING.plus(Duration.ofHours(1)), Duration.ofHours(1));
        hold(org, room, MORNING.plus(Duration.ofHours(3)), Duration.ofHours(1));

        // when: 45 minutes between 08:00 and 14:00
        List<FreeSlot> slots = org.asOwner(tx -> new FreeSlotFinder(tx).find(
                FreeSlotQuery.of(room.id(), MORNING, MORNING.plus(Duration.ofHours(6)), Duration.ofMinutes(45))));

        // then: 08:00 (45 minutes and 15 of turnover end at 09:00, so no later start); not 10:15, whose turnover would
        // run into 11:00; then 12:15, any quarter hour up to 13:15
        assertThat(slots).containsExactly(
                new FreeSlot(MORNING, MORNING.plus(Duration.ofMinutes(45)), MORNING),
                new FreeSlot(MORNING.plus(Duration.ofMinutes(255)), MORNING.plus(Duration.ofMinutes(300)), MORNING.plus(Duration.ofMinutes(315))));
    }

    @Test
    void aClosedSpaceHasNoFreeSlot(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Green Room Closed");
        Space room = room(org, 0);
        org.asOwner(tx -> new SpaceService(tx).changeStatus(room.id(), SpaceStatus.OUT_OF_SERVICE));

        // when
        List<FreeSlot> slots = org.asOwner(tx -> new FreeSlotFinder(tx).find(
                FreeSlotQuery.of(room.id(), MORNING, MORNING.plus(Duration.ofHours(6)), Duration.ofMinutes(45))));

        // then
        assertThat(slots).isEmpty();
    }

    @Test
    void aLengthBeyondTheLongestBookingIsRefusedNamingTheRule(Fixtures fixtures) {
        // given: at most 10 hours
        OrganizationFixture org = fixtures.organization("Green Room Long");
        Space room = room(org, 0);

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new FreeSlotFinder(tx).find(
                FreeSlotQuery.of(room.id(), MORNING, MORNING.plus(Duration.ofHours(24)), Duration.ofHours(11)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.rule()).isEqualTo("space_bookings_max_length")));
    }

    /**
     * Whatever the bookings of a space, every slot the finder returns (its earliest and its latest start) is bookable as it
     * stands: it overlaps no booking or turnover, and the database accepts it.
     */
    @PropertyTest(tries = 25)
    void theFinderNeverReturnsASlotThatOverlapsABookingOrItsTurnover(Gen gen, Fixtures fixtures) {
        // given: a room with random bookings over a day
        OrganizationFixture org = fixtures.organization("Free Slots " + gen.seed());
        int turnover = gen.oneOf(0, 10, 15, 30, 45);
        Space room = room(org, turnover);
        List<SpaceBooking> bookings = new ArrayList<>();
        for (int i = 0; i < gen.intBetween(0, 8); i++) {
            Instant from = MORNING.plus(Duration.ofMinutes(5L * gen.intBetween(0, 12 * 16)));
            try {
                bookings.add(hold(org, room, from, Duration.ofMinutes(5L * gen.intBetween(1, 36))));
            } catch (ScheduleConflictException taken) {
                // an overlapping hold is refused: nothing written
            }
        }
        Duration length = Duration.ofMinutes(5L * gen.intBetween(1, 30));
        Duration step = Duration.ofMinutes(gen.oneOf(5, 10, 15, 30));
        Instant from = MORNING.plus(Duration.ofMinutes(5L * gen.intBetween(0, 24)));
        FreeSlotQuery query = new FreeSlotQuery(room.id(), from, from.plus(Duration.ofHours(gen.intBetween(2, 18))), length, step, 20);

        // when
        List<FreeSlot> slots = org.asOwner(tx -> new FreeSlotFinder(tx).find(query));

        // then
        for (FreeSlot slot : slots) {
            for (Instant start : List.of(slot.start(), slot.latestStart())) {
                Instant end = start.plus(length);
                assertThat(start).as("slot inside the window").isAfterOrEqualTo(query.from());
                assertThat(end).as("slot inside the window").isBeforeOrEqualTo(query.to());
                assertThat(Duration.between(query.from(), start).toNanos() % step.toNanos()).as("start on the grid").isZero();
                for (SpaceBooking booking : bookings) {
                    boolean overlaps = start.isBefore(booking.bufferUntil()) && end.plus(Duration.ofMinutes(turnover)).isAfter(booking.startsAt());
                    assertThat(overlaps).as("slot %s-%s against booking %s-%s (turnover %d)", start, end, booking.startsAt(),
                            booking.bufferUntil(), turnover).isFalse();
                }
                // and the database agrees: the hold is accepted (and rolled back)
                SpaceBooking accepted = org.asOwner(tx -> {
                    tx.handle().savepoint("probe");
                    SpaceBooking taken = new SpaceBookingService(tx).hold(SpaceBooking.builder().organizationId(org.id())
                            .spaceId(room.id()).title("Probe").startsAt(start).endsAt(end).build());
                    tx.handle().rollbackToSavepoint("probe");
                    return taken;
                });
                assertThat(accepted.startsAt()).isEqualTo(start);
            }
        }
    }
}
