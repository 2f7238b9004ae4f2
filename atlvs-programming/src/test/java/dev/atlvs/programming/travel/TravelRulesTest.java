package dev.atlvs.programming.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.Rule;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.profile.DocumentType;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.programming.testing.TravelFixtures;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.guardrails.RuleIdentityCheck;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@AtlvsTest
class TravelRulesTest {

    private static final Instant MORNING = Instant.parse("2026-07-09T08:00:00Z");

    @Test
    void overlappingFlightsOfATravellerAreRefusedThroughTheSdk(Fixtures fixtures, TestDatabase db) {
        // given
        OrganizationFixture org = fixtures.organization("Overlap SDK");
        Itinerary trip = trip(org);
        flight(org, trip, MORNING, MORNING.plus(Duration.ofHours(3)));
        long before = Rows.count(db, "itinerary_segments");

        // when / then
        assertRefused(() -> flight(org, trip, MORNING.plus(Duration.ofHours(2)), MORNING.plus(Duration.ofHours(5))),
                ProgrammingRules.ITINERARY_SEGMENTS_OVERLAP);
        assertThat(Rows.count(db, "itinerary_segments")).isEqualTo(before);
    }

    @Test
    void overlappingFlightsOfATravellerAreRefusedByRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Overlap SQL");
        Itinerary trip = trip(org);
        flight(org, trip, MORNING, MORNING.plus(Duration.ofHours(3)));

        // when / then
        assertRefused(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.itinerary_segments (organization_id, itinerary_id, kind, from_place, to_place, depart_at, arrive_at)
                values (:org, :trip, 'train', 'A', 'B', :from, :to)""").bind("org", org.id()).bind("trip", trip.id())
                .bind("from", MORNING.plus(Duration.ofHours(1))).bind("to", MORNING.plus(Duration.ofHours(4))).execute()),
                ProgrammingRules.ITINERARY_SEGMENTS_OVERLAP);
    }

    @Test
    void aSegmentNamingOneTravellerDoesNotClashWithAnotherTravellersSegment(Fixtures fixtures) {
        // given: two travellers, each with their own flight at the same time
        OrganizationFixture org = fixtures.organization("Separate Flights");
        Itinerary trip = trip(org);
        Person ana = PeopleFixtures.person(org, "Ana", "Lopes", "Stage manager");
        Person ben = PeopleFixtures.person(org, "Ben", "Carter", "Rigger");
        org.asOwner(tx -> new TravelService(tx).addParticipant(trip.id(), ana.id(), "Crew"));
        org.asOwner(tx -> new TravelService(tx).addParticipant(trip.id(), ben.id(), "Crew"));

        // when
        org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, trip, MORNING, MORNING.plus(Duration.ofHours(2)))
                .personId(ana.id()).build()));
        ItinerarySegment bens = org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, trip, MORNING,
                MORNING.plus(Duration.ofHours(2))).personId(ben.id()).build()));

        // then: but a flight of everyone at that time clashes with both
        assertThat(bens.personId()).contains(ben.id());
        assertRefused(() -> flight(org, trip, MORNING.plus(Duration.ofHours(1)), MORNING.plus(Duration.ofHours(3))),
                ProgrammingRules.ITINERARY_SEGMENTS_OVERLAP);
    }

    @Test
    void aTravellersFlightsOnTwoItinerariesDoNotOverlap(Fixtures fixtures) {
        // given: Ana flies on a morning flight of one itinerary
        OrganizationFixture org = fixtures.organization("Two Itineraries");
        Person ana = PeopleFixtures.person(org, "Ana", "Lopes", "Stage manager");
        Itinerary press = trip(org);
        Itinerary show = trip(org);
        org.asOwner(tx -> new TravelService(tx).addParticipant(press.id(), ana.id(), "Crew"));
        org.asOwner(tx -> new TravelService(tx).addParticipant(show.id(), ana.id(), "Crew"));
        flight(org, press, MORNING, MORNING.plus(Duration.ofHours(2)));

        // when / then: a flight of the other itinerary at that time is refused, through the SDK and by SQL
        assertRefused(() -> flight(org, show, MORNING.plus(Duration.ofHours(1)), MORNING.plus(Duration.ofHours(3))),
                ProgrammingRules.ITINERARY_SEGMENTS_OVERLAP);
        assertRefused(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.itinerary_segments (organization_id, itinerary_id, person_id, kind, from_place, to_place, depart_at, arrive_at)
                values (:org, :trip, :person, 'train', 'A', 'B', :from, :to)""").bind("org", org.id()).bind("trip", show.id())
                .bind("person", ana.id()).bind("from", MORNING.plus(Duration.ofMinutes(150))).bind("to", MORNING.plus(Duration.ofHours(4)))
                .execute()), ProgrammingRules.ITINERARY_SEGMENTS_CONNECTION);
    }

    @Test
    void aCancelledItineraryNoLongerHoldsItsTravellersSchedule(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Cancelled Itinerary");
        Person ana = PeopleFixtures.person(org, "Ana", "Lopes", "Stage manager");
        Itinerary press = trip(org);
        Itinerary show = trip(org);
        org.asOwner(tx -> new TravelService(tx).addParticipant(press.id(), ana.id(), "Crew"));
        org.asOwner(tx -> new TravelService(tx).addParticipant(show.id(), ana.id(), "Crew"));
        flight(org, press, MORNING, MORNING.plus(Duration.ofHours(2)));
        org.asOwner(tx -> new TravelService(tx).cancel(press.id()));

        // when
        ItinerarySegment replacement = flight(org, show, MORNING, MORNING.plus(Duration.ofHours(2)));

        // then
        assertThat(replacement.itineraryId()).isEqualTo(show.id());
    }

    @Test
    void aPersonJoinsAnItineraryOnlyWhenItsSegmentsFitTheirOtherTravel(Fixtures fixtures) {
        // given: Ana is on a morning flight; another itinerary has a flight of everyone an hour later
        OrganizationFixture org = fixtures.organization("Joining");
        Person ana = PeopleFixtures.person(org, "Ana", "Lopes", "Stage manager");
        Itinerary press = trip(org);
        Itinerary show = trip(org);
        org.asOwner(tx -> new TravelService(tx).addParticipant(press.id(), ana.id(), "Crew"));
        flight(org, press, MORNING, MORNING.plus(Duration.ofHours(2)));
        flight(org, show, MORNING.plus(Duration.ofHours(1)), MORNING.plus(Duration.ofHours(3)));

        // when / then
        assertRefused(() -> org.asOwner(tx -> new TravelService(tx).addParticipant(show.id(), ana.id(), "Crew")),
                ProgrammingRules.ITINERARY_PARTICIPANTS_SCHEDULE);
        assertRefused(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.itinerary_participants (organization_id, itinerary_id, person_id) values (:org, :trip, :person)""")
                .bind("org", org.id()).bind("trip", show.id()).bind("person", ana.id()).execute()),
                ProgrammingRules.ITINERARY_PARTICIPANTS_SCHEDULE);
    }

    @Test
    void aSegmentNamesAParticipantOfItsItinerary(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Not A Participant");
        Itinerary trip = trip(org);
        Person stranger = PeopleFixtures.person(org, "Cleo", "Marsh", "Runner");

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, trip, MORNING,
                MORNING.plus(Duration.ofHours(2))).personId(stranger.id()).build())))
                .isInstanceOf(dev.atlvs.core.error.AtlvsException.class);
    }

    @Test
    void aConnectionShorterThanTheItinerarysMinimumIsRefusedBothWays(Fixtures fixtures) {
        // given: a minimum connection of 60 minutes, a flight landing at 10:00
        OrganizationFixture org = fixtures.organization("Short Connection");
        Itinerary trip = trip(org);
        flight(org, trip, MORNING, MORNING.plus(Duration.ofHours(2)));

        // when / then: leaving at 10:45 is refused through the SDK and by SQL; at 11:00 it is accepted
        assertRefused(() -> flight(org, trip, MORNING.plus(Duration.ofMinutes(165)), MORNING.plus(Duration.ofHours(5))),
                ProgrammingRules.ITINERARY_SEGMENTS_CONNECTION);
        assertRefused(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.itinerary_segments (organization_id, itinerary_id, kind, from_place, to_place, depart_at, arrive_at)
                values (:org, :trip, 'car', 'LHR', 'Site', :from, :to)""").bind("org", org.id()).bind("trip", trip.id())
                .bind("from", MORNING.plus(Duration.ofMinutes(150))).bind("to", MORNING.plus(Duration.ofHours(4))).execute()),
                ProgrammingRules.ITINERARY_SEGMENTS_CONNECTION);
        ItinerarySegment onTime = flight(org, trip, MORNING.plus(Duration.ofHours(3)), MORNING.plus(Duration.ofHours(5)));
        assertThat(onTime.departAt()).isEqualTo(MORNING.plus(Duration.ofHours(3)));
    }

    @Test
    void aHotelStayMayFollowALandingAtOnceButTwoStaysDoNotOverlap(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Hotels");
        Itinerary trip = trip(org);
        flight(org, trip, MORNING, MORNING.plus(Duration.ofHours(2)));

        // when: a hotel from the landing on is accepted
        org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, trip, MORNING.plus(Duration.ofHours(2)),
                MORNING.plus(Duration.ofDays(2))).kind(SegmentKind.HOTEL).fromPlace("Riverside Lodge").toPlace("Riverside Lodge").build()));

        // then: a second stay over the first is refused, both ways
        assertRefused(() -> org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, trip, MORNING.plus(Duration.ofDays(1)),
                MORNING.plus(Duration.ofDays(3))).kind(SegmentKind.HOTEL).build())), ProgrammingRules.ITINERARY_SEGMENTS_HOTEL_OVERLAP);
        assertRefused(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.itinerary_segments (organization_id, itinerary_id, kind, from_place, to_place, depart_at, arrive_at)
                values (:org, :trip, 'hotel', 'Inn', 'Inn', :from, :to)""").bind("org", org.id()).bind("trip", trip.id())
                .bind("from", MORNING.plus(Duration.ofDays(1))).bind("to", MORNING.plus(Duration.ofDays(3))).execute()),
                ProgrammingRules.ITINERARY_SEGMENTS_HOTEL_OVERLAP);
    }

    @Test
    void aTravellerWithoutAPassportIsRefusedAnInternationalFlightBothWays(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("No Passport");
        Itinerary trip = trip(org);
        Person ana = PeopleFixtures.person(org, "Ana", "Lopes", "Stage manager");
        org.asOwner(tx -> new TravelService(tx).addParticipant(trip.id(), ana.id(), "Crew"));

        // when / then
        assertRefused(() -> org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, trip, MORNING, MORNING.plus(Duration.ofHours(9)))
                .fromCountry("US").toCountry("GB").build())), ProgrammingRules.ITINERARY_SEGMENTS_PASSPORT_VALID);
        assertRefused(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.itinerary_segments (organization_id, itinerary_id, kind, from_place, to_place, from_country,
                                                      to_country, depart_at, arrive_at)
                values (:org, :trip, 'flight', 'JFK', 'LHR', 'US', 'GB', :from, :to)""").bind("org", org.id()).bind("trip", trip.id())
                .bind("from", MORNING).bind("to", MORNING.plus(Duration.ofHours(7))).execute()),
                ProgrammingRules.ITINERARY_SEGMENTS_PASSPORT_VALID);
    }

    @Test
    void aPassportExpiringWithinTheMarginIsRefusedAndOneBeyondItIsAccepted(Fixtures fixtures) {
        // given: the trip ends on 13 July 2026 with a margin of 6 months, so a passport must run to 13 January 2027
        OrganizationFixture org = fixtures.organization("Passport Margin");
        Itinerary trip = trip(org);
        Person ana = TravelFixtures.traveller(org, "Ana", "Lopes", "Stage manager", LocalDate.of(2027, 1, 12));
        org.asOwner(tx -> new TravelService(tx).addParticipant(trip.id(), ana.id(), "Crew"));
        ItinerarySegment transatlantic = segment(org, trip, MORNING, MORNING.plus(Duration.ofHours(9))).fromCountry("US").toCountry("GB").build();

        // when / then
        assertRefused(() -> org.asOwner(tx -> new TravelService(tx).addSegment(transatlantic)), ProgrammingRules.ITINERARY_SEGMENTS_PASSPORT_VALID);
        TravelFixtures.passport(org, ana, LocalDate.of(2027, 1, 13));
        ItinerarySegment stored = org.asOwner(tx -> new TravelService(tx).addSegment(transatlantic));
        assertThat(stored.isInternational()).isTrue();
    }

    @Test
    void aSegmentThatRequiresAVisaNeedsAVisaCoveringTheTrip(Fixtures fixtures) {
        // given: Ana's visa expires before the trip ends
        OrganizationFixture org = fixtures.organization("Visa");
        Itinerary trip = trip(org);
        Person ana = TravelFixtures.traveller(org, "Ana", "Lopes", "Stage manager", LocalDate.of(2031, 1, 1));
        PeopleFixtures.document(org, ana, DocumentType.VISA, LocalDate.of(2026, 7, 10));
        org.asOwner(tx -> new TravelService(tx).addParticipant(trip.id(), ana.id(), "Crew"));
        ItinerarySegment toTokyo = segment(org, trip, MORNING, MORNING.plus(Duration.ofHours(12))).fromCountry("GB").toCountry("JP")
                .visaRequired(true).build();

        // when / then
        assertRefused(() -> org.asOwner(tx -> new TravelService(tx).addSegment(toTokyo)), ProgrammingRules.ITINERARY_SEGMENTS_VISA_VALID);
        PeopleFixtures.document(org, ana, DocumentType.VISA, LocalDate.of(2027, 7, 10));
        assertThat(org.asOwner(tx -> new TravelService(tx).addSegment(toTokyo)).visaRequired()).isTrue();
    }

    @Test
    void aParticipantWithoutTheDocumentsOfTheSharedSegmentsIsRefusedBothWays(Fixtures fixtures) {
        // given: a flight of everyone from New York to London
        OrganizationFixture org = fixtures.organization("Participant Passport");
        Itinerary trip = trip(org);
        org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, trip, MORNING, MORNING.plus(Duration.ofHours(7)))
                .fromCountry("US").toCountry("GB").build()));
        Person ben = PeopleFixtures.person(org, "Ben", "Carter", "Rigger");

        // when / then
        assertRefused(() -> org.asOwner(tx -> new TravelService(tx).addParticipant(trip.id(), ben.id(), "Crew")),
                ProgrammingRules.ITINERARY_PARTICIPANTS_PASSPORT_VALID);
        assertRefused(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.itinerary_participants (organization_id, itinerary_id, person_id) values (:org, :trip, :person)""")
                .bind("org", org.id()).bind("trip", trip.id()).bind("person", ben.id()).execute()),
                ProgrammingRules.ITINERARY_PARTICIPANTS_PASSPORT_VALID);
    }

    @Test
    void aParticipantWithoutAVisaIsRefusedWhereASharedSegmentRequiresOne(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Participant Visa");
        Itinerary trip = trip(org);
        org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, trip, MORNING, MORNING.plus(Duration.ofHours(2)))
                .visaRequired(true).build()));
        Person ben = PeopleFixtures.person(org, "Ben", "Carter", "Rigger");

        // when / then
        assertRefused(() -> org.asOwner(tx -> new TravelService(tx).addParticipant(trip.id(), ben.id(), "Crew")),
                ProgrammingRules.ITINERARY_PARTICIPANTS_VISA_VALID);
    }

    @Test
    void itinerariesAndSegmentsRefuseInconsistentValuesBeforeAnySql(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Shapes");
        Project project = ProjectFixtures.project(org);

        // when / then
        assertRefused(() -> Itinerary.builder().organizationId(org.id()).projectId(project.id()).title("Backwards")
                .startDate(LocalDate.of(2026, 7, 10)).endDate(LocalDate.of(2026, 7, 9)).build(), ProgrammingRules.ITINERARIES_END_DATE_CHECK);
        assertRefused(() -> Itinerary.builder().organizationId(org.id()).projectId(project.id()).title("No currency")
                .startDate(LocalDate.of(2026, 7, 10)).endDate(LocalDate.of(2026, 7, 11)).budget(java.math.BigDecimal.TEN).build(),
                ProgrammingRules.ITINERARIES_BUDGET_CURRENCY_CHECK);
        assertRefused(() -> ItinerarySegment.builder().organizationId(org.id()).itineraryId(UUID.randomUUID()).fromPlace("A").toPlace("B")
                .departAt(MORNING).arriveAt(MORNING).build(), ProgrammingRules.ITINERARY_SEGMENTS_ARRIVE_AT_CHECK);
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoTransactionsAddingOverlappingFlightsAtOnceCannotBothCommit(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase db) throws Exception {
        // given
        Atlvs atlvs = db.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Travel Race " + isolation);
        Itinerary trip = trip(org);
        Person ana = TravelFixtures.traveller(org, "Ana", "Lopes", "Stage manager", LocalDate.of(2031, 1, 1));
        org.asOwner(tx -> new TravelService(tx).addParticipant(trip.id(), ana.id(), "Crew"));

        // when: both transactions have begun before either adds its flight
        List<Race.Outcome<ItinerarySegment>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new TravelService(tx).addSegment(segment(org, trip, MORNING, MORNING.plus(Duration.ofHours(3))).build());
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new TravelService(tx).addSegment(segment(org, trip, MORNING.plus(Duration.ofHours(1)),
                            MORNING.plus(Duration.ofHours(4))).personId(ana.id()).build());
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(RuleIdentityCheck.identity(loser.failure().orElseThrow(), "itinerary_segments_overlap"))
                        .isEqualTo(RuleIdentityCheck.Identity.of(ProgrammingRules.ITINERARY_SEGMENTS_OVERLAP)));
        List<ItinerarySegment> stored = org.asOwner(tx -> new TravelService(tx).segmentsOf(trip.id()));
        assertThat(stored).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoTransactionsBookingOneTravellerOnTwoItinerariesAtOnceCannotBothCommit(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase db) throws Exception {
        // given: Ana travels on two itineraries
        Atlvs atlvs = db.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Traveller Race " + isolation);
        Person ana = PeopleFixtures.person(org, "Ana", "Lopes", "Stage manager");
        Itinerary press = trip(org);
        Itinerary show = trip(org);
        org.asOwner(tx -> new TravelService(tx).addParticipant(press.id(), ana.id(), "Crew"));
        org.asOwner(tx -> new TravelService(tx).addParticipant(show.id(), ana.id(), "Crew"));

        // when: each transaction books her on a flight of its itinerary at the same time
        List<Race.Outcome<ItinerarySegment>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new TravelService(tx).addSegment(segment(org, press, MORNING, MORNING.plus(Duration.ofHours(3))).build());
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new TravelService(tx).addSegment(segment(org, show, MORNING.plus(Duration.ofHours(1)),
                            MORNING.plus(Duration.ofHours(4))).build());
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(RuleIdentityCheck.identity(loser.failure().orElseThrow(), "itinerary_segments_overlap"))
                        .isEqualTo(RuleIdentityCheck.Identity.of(ProgrammingRules.ITINERARY_SEGMENTS_OVERLAP)));
    }

    static Itinerary trip(OrganizationFixture org) {
        return TravelFixtures.itinerary(org, ProjectFixtures.project(org), ProgrammingFixtures.unique("Crew travel"));
    }

    static ImmutableItinerarySegment.Builder segment(OrganizationFixture org, Itinerary trip, Instant from, Instant to) {
        return ItinerarySegment.builder().organizationId(org.id()).itineraryId(trip.id()).kind(SegmentKind.FLIGHT)
                .fromPlace("Manchester (MAN)").toPlace("London Heathrow (LHR)").fromCountry("GB").toCountry("GB").departAt(from).arriveAt(to);
    }

    static ItinerarySegment flight(OrganizationFixture org, Itinerary trip, Instant from, Instant to) {
        return org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, trip, from, to).build()));
    }

    static void assertRefused(ThrowingCallable call, Rule rule) {
        assertThatThrownBy(call).satisfies(e -> assertThat(RuleIdentityCheck.identity(e, rule.name()))
                .isEqualTo(RuleIdentityCheck.Identity.of(rule)));
    }
}
