package dev.atlvs.programming.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.programming.ProgrammingErrorCode;
import dev.atlvs.programming.booking.BookingStatus;
import dev.atlvs.programming.booking.SpaceBooking;
import dev.atlvs.programming.booking.SpaceBookingRepository;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * Events of a festival: an event in a space books it for its occupancy window [setup, teardown), the database refuses an
 * overlap (turnover included), a child outside its parent, and an event bigger than its space, whoever writes.
 */
@AtlvsTest
class EventServiceTest {

    @Test
    void anEventInASpaceBooksItFromSetupToTeardown(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Festival Bookings Live");
        Festival festival = ProgrammingFixtures.festival(org);
        Event friday = festival.mainStageDays().get(0);

        // when
        SpaceBooking booking = org.asOwner(tx -> tx.repository(SpaceBookingRepository.class).ofEvent(friday.id())).orElseThrow();

        // then
        assertThat(booking.spaceId()).isEqualTo(festival.mainStage().id());
        assertThat(booking.startsAt()).isEqualTo(friday.setupStart().orElseThrow());
        assertThat(booking.endsAt()).isEqualTo(friday.teardownEnd().orElseThrow());
        assertThat(booking.bufferUntil()).isEqualTo(friday.teardownEnd().orElseThrow().plus(Duration.ofMinutes(30)));
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void anEventWhoseSetupRunsIntoAnotherEventsTurnoverIsRefusedNamingTheField(Fixtures fixtures) {
        // given: Friday on the main stage clears at midnight and needs 30 minutes of turnover
        OrganizationFixture org = fixtures.organization("Festival Overlap Live");
        Festival festival = ProgrammingFixtures.festival(org);

        // when / then: a silent disco set up at 00:15 on the main stage
        Event disco = ProgrammingFixtures.eventBuilder(org, festival.project(), "Silent disco", EventKind.OTHER,
                        ProgrammingFixtures.at(Festival.FIRST_DAY.plusDays(1), LocalTime.of(0, 45)),
                        ProgrammingFixtures.at(Festival.FIRST_DAY.plusDays(1), LocalTime.of(2, 0)))
                .spaceId(festival.mainStage().id()).setupStart(ProgrammingFixtures.at(Festival.FIRST_DAY.plusDays(1), LocalTime.of(0, 15)))
                .build();
        assertThatThrownBy(() -> ProgrammingFixtures.event(org, disco))
                .isInstanceOfSatisfying(ScheduleConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProgrammingErrorCode.SPACE_OCCUPIED);
                    assertThat(e.rule()).contains("events_space_occupancy");
                    assertThat(e.field()).contains("setupStart");
                });
        // and 00:30, after the turnover, is free
        assertThat(ProgrammingFixtures.event(org, dev.atlvs.programming.event.ImmutableEvent.copyOf(disco)
                .withSetupStart(ProgrammingFixtures.at(Festival.FIRST_DAY.plusDays(1), LocalTime.of(0, 30)))).id()).isNotNull();
    }

    @Test
    void cancellingAnEventReleasesItsSpace(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Festival Cancel Live");
        Festival festival = ProgrammingFixtures.festival(org);
        Event sunday = festival.tentDays().get(2);

        // when
        org.asOwner(tx -> new EventService(tx).changeStatus(sunday.id(), EventStatus.CANCELLED));

        // then
        SpaceBooking released = org.asOwner(tx -> tx.repository(SpaceBookingRepository.class).ofEvent(sunday.id())).orElseThrow();
        assertThat(released.status()).isEqualTo(BookingStatus.RELEASED);
        Event replacement = ProgrammingFixtures.event(org, ProgrammingFixtures.eventBuilder(org, festival.project(), "Acoustic sessions",
                        EventKind.PERFORMANCE, sunday.startAt(), sunday.endAt()).spaceId(festival.riversideTent().id()).build());
        assertThat(replacement.status()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void aCompletedEventCannotBeCancelled(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Festival Completed Live");
        Event friday = ProgrammingFixtures.festival(org).tentDays().get(0);
        org.asOwner(tx -> new EventService(tx).changeStatus(friday.id(), EventStatus.IN_PROGRESS));
        org.asOwner(tx -> new EventService(tx).changeStatus(friday.id(), EventStatus.COMPLETED));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new EventService(tx).changeStatus(friday.id(), EventStatus.CANCELLED)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ProgrammingErrorCode.EVENT_TRANSITION_INVALID));
    }

    @Test
    void aDayMovedOutsideItsFestivalIsRefusedThroughTheSdkAndRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Festival Parent Live");
        Festival festival = ProgrammingFixtures.festival(org);
        Event saturday = festival.days().get(1);

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new EventService(tx).shift(festival.days().get(2).id(), Duration.ofDays(1), true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.rule()).isEqualTo("events_inside_parent")));
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createUpdate("update atlvs.events set start_at = :at where id = :id")
                        .bind("at", festival.festival().startAt().minus(Duration.ofDays(1))).bind("id", saturday.id()).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.rule()).isEqualTo("events_inside_parent")));
    }

    @Test
    void anEventNeedsSetupBeforeItsStartAndAKnownTimeZone(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Festival Validation Live");
        Festival festival = ProgrammingFixtures.festival(org);

        // when / then: both broken rules are reported at once, before any SQL runs
        assertThatThrownBy(() -> ProgrammingFixtures.eventBuilder(org, festival.project(), "Soundcheck", EventKind.REHEARSAL,
                        festival.mainStageDays().get(0).startAt(), festival.mainStageDays().get(0).endAt())
                .setupStart(festival.mainStageDays().get(0).startAt().plusSeconds(600)).timezone("Europe/Atlantis").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.rule()).containsExactlyInAnyOrder("events_setup_start_check", "events_timezone_zone"));
    }

    @Test
    void anEventTakesNoMorePeopleThanItsSpace(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Festival Capacity Live");
        Festival festival = ProgrammingFixtures.festival(org);
        Event friday = festival.tentDays().get(0);

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new EventService(tx).update(ImmutableEvent.copyOf(friday).withCapacity(4_000))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.rule()).isEqualTo("events_capacity_within_space");
                            assertThat(v.field()).isEqualTo("capacity");
                        }));
    }
}
