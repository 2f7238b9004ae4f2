package dev.atlvs.programming.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.programming.ProgrammingErrorCode;
import dev.atlvs.programming.space.ImmutableSpace;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceKind;
import dev.atlvs.programming.space.SpaceService;
import dev.atlvs.programming.space.SpaceStatus;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Holds and bookings of spaces: live bookings of a space never overlap, each followed by the space's turnover, unless the
 * space allows concurrent use; a space closed for maintenance takes none and flags the ones it has.
 */
@AtlvsTest
class SpaceBookingTest {
    private static final Instant NINE = Instant.parse("2026-07-10T08:00:00Z");

    private static Space pressRoom(FixtureOrganization org, int turnover, boolean concurrent) {
        return org.asOwner(tx -> new SpaceService(tx).create(Space.builder().organizationId(org.id())
                .name(ProgrammingFixtures.unique("Press Room")).kind(SpaceKind.MEETING_ROOM).capacity(60)
                .turnoverMinutes(turnover).allowConcurrent(concurrent).build()));
    }

    private static SpaceBooking hold(FixtureOrganization org, Space space, String title, Instant from, Duration length) {
        return org.asOwner(tx -> new SpaceBookingService(tx).hold(SpaceBooking.builder().organizationId(org.id())
                .spaceId(space.id()).title(title).startsAt(from).endsAt(from.plus(length)).build()));
    }

    @Test
    void aBookingStartingInsideTheTurnoverOfAnotherIsRefusedNamingTheRule(Fixtures fixtures) {
        // given: a press conference until 10:00, and 30 minutes to reset the room
        OrganizationFixture org = fixtures.organization("Press Turnover Live");
        Space room = pressRoom(org, 30, false);
        hold(org, room, "Headliner press conference", NINE, Duration.ofHours(1));

        // when / then: 10:15 falls in the turnover
        assertThatThrownBy(() -> hold(org, room, "Sponsor briefing", NINE.plus(Duration.ofMinutes(75)), Duration.ofHours(1)))
                .isInstanceOfSatisfying(ScheduleConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProgrammingErrorCode.SPACE_OCCUPIED);
                    assertThat(e.rule()).contains("space_bookings_no_overlap");
                    assertThat(e.field()).contains("startsAt");
                });
        List<SpaceBooking> live = org.asOwner(tx -> tx.repository(SpaceBookingRepository.class)
                .liveInSpaceBetween(room.id(), NINE, NINE.plus(Duration.ofHours(6))));
        assertThat(live).hasSize(1);
        // and 10:30, after the turnover, is free
        assertThat(hold(org, room, "Sponsor briefing", NINE.plus(Duration.ofMinutes(90)), Duration.ofHours(1)).bufferUntil())
                .isEqualTo(NINE.plus(Duration.ofMinutes(180)));
    }

    @Test
    void rawSqlCannotOverlapTwoBookingsEither(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Press Raw Live");
        Space room = pressRoom(org, 0, false);
        hold(org, room, "Interviews", NINE, Duration.ofHours(2));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.space_bookings (organization_id, space_id, title, starts_at, ends_at, buffer_until, status)
                values (:org, :space, 'Catering', :from, :to, :to, 'confirmed')""")
                .bind("org", org.id()).bind("space", room.id()).bind("from", NINE.plus(Duration.ofHours(1)))
                .bind("to", NINE.plus(Duration.ofHours(3))).execute()))
                .isInstanceOfSatisfying(ScheduleConflictException.class, e -> assertThat(e.rule()).contains("space_bookings_no_overlap"));
    }

    @Test
    void aSpaceThatAllowsConcurrentUseTakesOverlappingBookings(Fixtures fixtures) {
        // given: a foyer
        OrganizationFixture org = fixtures.organization("Foyer Live");
        Space foyer = pressRoom(org, 0, true);
        hold(org, foyer, "Merch stand", NINE, Duration.ofHours(8));

        // when
        SpaceBooking second = hold(org, foyer, "Sponsor sampling", NINE.plus(Duration.ofHours(2)), Duration.ofHours(2));

        // then
        assertThat(second.shared()).isTrue();
    }

    @Test
    void releasingABookingFreesItsWindow(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Release Live");
        Space room = pressRoom(org, 15, false);
        SpaceBooking first = hold(org, room, "Rehearsal", NINE, Duration.ofHours(2));

        // when
        org.asOwner(tx -> new SpaceBookingService(tx).release(first.id()));

        // then
        assertThat(hold(org, room, "Photo call", NINE, Duration.ofHours(1)).status()).isEqualTo(BookingStatus.HOLD);
    }

    @Test
    void aReleasedBookingIsFinal(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Released Final Live");
        Space room = pressRoom(org, 0, false);
        SpaceBooking booking = hold(org, room, "Rehearsal", NINE, Duration.ofHours(2));
        org.asOwner(tx -> new SpaceBookingService(tx).release(booking.id()));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new SpaceBookingService(tx).confirm(booking.id())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ProgrammingErrorCode.SPACE_BOOKING_TRANSITION_INVALID));
    }

    @Test
    void aClosedSpaceTakesNoBookingAndFlagsTheOnesItHas(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Closed Room Live");
        Space room = pressRoom(org, 0, false);
        SpaceBooking kept = hold(org, room, "Interviews", NINE, Duration.ofHours(2));

        // when
        org.asOwner(tx -> new SpaceService(tx).changeStatus(room.id(), SpaceStatus.MAINTENANCE));

        // then
        assertThatThrownBy(() -> hold(org, room, "Catering", NINE.plus(Duration.ofHours(5)), Duration.ofHours(1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProgrammingErrorCode.SPACE_NOT_BOOKABLE);
                    assertThat(e.rule()).contains("space_bookings_space_bookable");
                });
        List<SpaceBooking> flagged = org.asOwner(tx -> new SpaceService(tx).flaggedBookings(room.id(), NINE.minus(Duration.ofDays(1))));
        assertThat(flagged).extracting(SpaceBooking::id).containsExactly(kept.id());
    }

    @Test
    void aLongerTurnoverThatWouldMakeBookingsOverlapIsRefused(Fixtures fixtures) {
        // given: two back-to-back bookings in a room with no turnover
        OrganizationFixture org = fixtures.organization("Turnover Change Live");
        Space room = pressRoom(org, 0, false);
        hold(org, room, "Panel one", NINE, Duration.ofHours(1));
        hold(org, room, "Panel two", NINE.plus(Duration.ofHours(1)), Duration.ofHours(1));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new SpaceService(tx).update(ImmutableSpace.copyOf(tx.repository(
                dev.atlvs.programming.space.SpaceRepository.class).get(room.id())).withTurnoverMinutes(20))))
                .isInstanceOfSatisfying(ScheduleConflictException.class, e -> {
                    assertThat(e.rule()).contains("spaces_booking_rules_conflict");
                    assertThat(e.field()).contains("turnoverMinutes");
                });
        int turnover = org.asOwner(tx -> tx.repository(dev.atlvs.programming.space.SpaceRepository.class).get(room.id()).turnoverMinutes());
        assertThat(turnover).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoTransactionsBookingOneSpaceAtOnceLeaveExactlyOneBooking(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Racing Press Room " + isolation);
        Space room = pressRoom(org, 15, false);

        // when: both transactions have begun before either books
        List<Race.Outcome<SpaceBooking>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new SpaceBookingService(tx).hold(SpaceBooking.builder().organizationId(org.id()).spaceId(room.id())
                            .title("Broadcast interview").startsAt(NINE).endsAt(NINE.plus(Duration.ofHours(1))).build());
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new SpaceBookingService(tx).hold(SpaceBooking.builder().organizationId(org.id()).spaceId(room.id())
                            .title("Press photo call").startsAt(NINE.plus(Duration.ofMinutes(30))).endsAt(NINE.plus(Duration.ofHours(2)))
                            .build());
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOf(AtlvsException.class)
                        .satisfies(e -> assertThat(((AtlvsException) e).code().category())
                                .isIn(dev.atlvs.core.error.ErrorCategory.SCHEDULE_CONFLICT, dev.atlvs.core.error.ErrorCategory.CONFLICT)));
        List<SpaceBooking> live = org.asOwner(tx -> tx.repository(SpaceBookingRepository.class)
                .liveInSpaceBetween(room.id(), NINE, NINE.plus(Duration.ofHours(4))));
        assertThat(live).hasSize(1);
    }
}
