package dev.atlvs.programming.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.people.person.Person;
import dev.atlvs.programming.ProgrammingErrorCode;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.programming.testing.TravelFixtures;
import dev.atlvs.programming.testing.TravelFixtures.TouringParty;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@AtlvsTest
class TravelServiceTest {

    private static final LocalDate FRIDAY = Festival.FIRST_DAY;

    @Test
    void aTouringPartyFliesFromLosAngelesViaNewYorkToTheFestival(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Night Owls Touring");

        // when
        TouringParty party = TravelFixtures.touringParty(org, ProgrammingFixtures.festival(org));

        // then
        List<ItinerarySegment> segments = org.asOwner(tx -> new TravelService(tx).segmentsOf(party.itinerary().id()));
        assertThat(segments).extracting(ItinerarySegment::kind, ItinerarySegment::fromPlace, ItinerarySegment::isInternational)
                .containsExactly(tuple(SegmentKind.FLIGHT, "Los Angeles (LAX)", false), tuple(SegmentKind.FLIGHT, "New York (JFK)", true),
                        tuple(SegmentKind.CAR, "London Heathrow (LHR)", false), tuple(SegmentKind.HOTEL, "Riverside Lodge", false));
        List<ItineraryParticipant> participants = org.asOwner(tx -> new TravelService(tx).participantsOf(party.itinerary().id()));
        assertThat(participants).extracting(ItineraryParticipant::personId)
                .containsExactly(party.singer().id(), party.guitarist().id(), party.tourManager().id());
        List<Finding> findings = org.asOwner(tx -> new TravelService(tx).validate(party.itinerary().id()));
        assertThat(findings).isEmpty();
    }

    @Test
    void aDraftCommitsTheTravellersTimeTentativelyAndConfirmingConfirmsIt(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Night Owls Commitments");
        TouringParty party = TravelFixtures.touringParty(org, ProgrammingFixtures.festival(org));

        // when / then: three transport segments per traveller, no commitment for the hotel
        Map<String, Long> draft = org.asOwner(tx -> commitments(tx, party.singer().id()));
        assertThat(draft).containsOnlyKeys("tentative").containsEntry("tentative", 3L);
        org.asOwner(tx -> new TravelService(tx).confirm(party.itinerary().id()));
        Map<String, Long> confirmed = org.asOwner(tx -> commitments(tx, party.guitarist().id()));
        assertThat(confirmed).containsOnlyKeys("confirmed").containsEntry("confirmed", 3L);
        org.asOwner(tx -> new TravelService(tx).cancel(party.itinerary().id()));
        Map<String, Long> cancelled = org.asOwner(tx -> commitments(tx, party.tourManager().id()));
        assertThat(cancelled).isEmpty();
    }

    @Test
    void removingAParticipantReleasesTheirTime(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Night Owls Leaving");
        TouringParty party = TravelFixtures.touringParty(org, ProgrammingFixtures.festival(org));

        // when
        org.asOwner(tx -> {
            new TravelService(tx).removeParticipant(party.itinerary().id(), party.guitarist().id());
            return null;
        });

        // then
        Map<String, Long> guitarist = org.asOwner(tx -> commitments(tx, party.guitarist().id()));
        Map<String, Long> singer = org.asOwner(tx -> commitments(tx, party.singer().id()));
        assertThat(guitarist).isEmpty();
        assertThat(singer).containsEntry("tentative", 3L);
    }

    @Test
    void aCancelledItineraryIsFinal(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Night Owls Cancelled");
        TouringParty party = TravelFixtures.touringParty(org, ProgrammingFixtures.festival(org));
        org.asOwner(tx -> new TravelService(tx).cancel(party.itinerary().id()));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new TravelService(tx).confirm(party.itinerary().id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProgrammingErrorCode.ITINERARY_TRANSITION_INVALID);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("itineraries_status_transition");
                });
    }

    @Test
    void aDeletedItineraryLeavesTheViewAndReleasesItsTimeUntilRestored(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Night Owls Deleted");
        TouringParty party = TravelFixtures.touringParty(org, ProgrammingFixtures.festival(org));
        UUID id = party.itinerary().id();

        // when
        org.asOwner(tx -> {
            new TravelService(tx).delete(id);
            return null;
        });

        // then
        long visible = org.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.programming_itineraries where id = :id")
                .bind("id", id).mapTo(Long.class).one());
        Map<String, Long> released = org.asOwner(tx -> commitments(tx, party.singer().id()));
        assertThat(visible).isZero();
        assertThat(released).isEmpty();
        org.asOwner(tx -> new TravelService(tx).restore(id));
        long restored = org.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.programming_itineraries where id = :id")
                .bind("id", id).mapTo(Long.class).one());
        Map<String, Long> committed = org.asOwner(tx -> commitments(tx, party.singer().id()));
        assertThat(restored).isOne();
        assertThat(committed).containsEntry("tentative", 3L);
    }

    @Test
    void theArrivalAtTheShowIsTheEndOfTheInboundJourney(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Night Owls Arrival");
        TouringParty party = TravelFixtures.touringParty(org, ProgrammingFixtures.festival(org));
        UUID project = party.festival().project().id();

        // when
        Optional<Instant> sdk = org.asOwner(tx -> new TravelService(tx).arrivalOf(party.singer().id(), project, FRIDAY));
        Instant sql = org.asOwner(tx -> tx.handle().createQuery("select atlvs.person_arrival_at(:org, :person, :project, :day)")
                .bind("org", org.id()).bind("person", party.singer().id()).bind("project", project).bind("day", FRIDAY)
                .mapTo(Instant.class).one());

        // then: LAX-JFK, JFK-LHR and the car transfer are one chain, ended by the hotel
        assertThat(sdk).contains(TravelFixtures.TRANSFER_ARRIVES);
        assertThat(sql).isEqualTo(TravelFixtures.TRANSFER_ARRIVES);
    }

    @Test
    void aGapOfMoreThanTwelveHoursEndsTheInboundJourney(Fixtures fixtures) {
        // given: the party lands at Heathrow and goes on to the site the next day
        OrganizationFixture org = fixtures.organization("Night Owls Stopover");
        Festival festival = ProgrammingFixtures.festival(org);
        Itinerary trip = TravelFixtures.itinerary(org, festival.project(), "Stopover in London");
        Person singer = TravelFixtures.traveller(org, "Marisol", "Vega", "Lead vocalist", LocalDate.of(2030, 3, 31));
        org.asOwner(tx -> new TravelService(tx).addParticipant(trip.id(), singer.id(), "Artist"));
        TravelRulesTest.flight(org, trip, TravelFixtures.JFK_DEPARTS, TravelFixtures.LHR_ARRIVES);
        TravelRulesTest.flight(org, trip, TravelFixtures.LHR_ARRIVES.plus(Duration.ofHours(13)),
                TravelFixtures.LHR_ARRIVES.plus(Duration.ofHours(15)));

        // when
        Optional<Instant> arrival = org.asOwner(tx -> new TravelService(tx).arrivalOf(singer.id(), festival.project().id(), FRIDAY));

        // then
        assertThat(arrival).contains(TravelFixtures.LHR_ARRIVES);
    }

    @Test
    void thereIsNoArrivalWithoutTravelCoveringTheDay(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Night Owls No Travel");
        TouringParty party = TravelFixtures.touringParty(org, ProgrammingFixtures.festival(org));
        UUID project = party.festival().project().id();

        // when / then: outside the itinerary's dates, for a person who does not travel, and once cancelled
        Optional<Instant> later = org.asOwner(tx -> new TravelService(tx).arrivalOf(party.singer().id(), project, LocalDate.of(2026, 7, 20)));
        assertThat(later).isEmpty();
        Person stayer = dev.atlvs.people.testing.PeopleFixtures.person(org, "Lou", "Park", "Runner");
        Optional<Instant> stays = org.asOwner(tx -> new TravelService(tx).arrivalOf(stayer.id(), project, FRIDAY));
        assertThat(stays).isEmpty();
        org.asOwner(tx -> new TravelService(tx).cancel(party.itinerary().id()));
        Optional<Instant> cancelled = org.asOwner(tx -> new TravelService(tx).arrivalOf(party.singer().id(), project, FRIDAY));
        assertThat(cancelled).isEmpty();
    }

    @Test
    void theValidatorReportsEveryProblemOfEveryTravellerAtOnce(Fixtures fixtures) {
        // given: since booking, the minimum connection was raised to three hours and the guitarist's passport was replaced
        // by one that ends within the margin
        OrganizationFixture org = fixtures.organization("Night Owls Findings");
        TouringParty party = TravelFixtures.touringParty(org, ProgrammingFixtures.festival(org));
        org.asOwner(tx -> new TravelService(tx).update(ImmutableItinerary.copyOf(party.itinerary()).withMinConnectionMinutes(180)));
        TravelFixtures.passport(org, party.guitarist(), LocalDate.of(2026, 12, 31));

        // when
        List<Finding> findings = org.asOwner(tx -> new TravelService(tx).validate(party.itinerary().id()));

        // then: per traveller the JFK connection (2h05) and the transfer (1h10); the guitarist's passport
        UUID transatlantic = party.segments().get(1).id();
        UUID transfer = party.segments().get(2).id();
        assertThat(findings).extracting(Finding::personId, Finding::segmentId, Finding::field, Finding::ruleName).containsExactly(
                tuple(party.singer().id(), transatlantic, "departAt", "itinerary_segments_connection"),
                tuple(party.singer().id(), transfer, "departAt", "itinerary_segments_connection"),
                tuple(party.guitarist().id(), transatlantic, "departAt", "itinerary_segments_connection"),
                tuple(party.guitarist().id(), transfer, "departAt", "itinerary_segments_connection"),
                tuple(party.guitarist().id(), transatlantic, "personId", "itinerary_segments_passport_valid"),
                tuple(party.tourManager().id(), transatlantic, "departAt", "itinerary_segments_connection"),
                tuple(party.tourManager().id(), transfer, "departAt", "itinerary_segments_connection"));
    }

    @Test
    void theValidatorFindsOverlapsMissingPassportsAndVisasInValuesNotYetStored() {
        // given: values built in memory (as an import would), with every kind of problem
        UUID org = UUID.randomUUID();
        UUID ana = UUID.randomUUID();
        Itinerary trip = Itinerary.builder().organizationId(org).id(UUID.randomUUID()).projectId(UUID.randomUUID()).title("Import")
                .startDate(LocalDate.of(2026, 7, 8)).endDate(LocalDate.of(2026, 7, 13)).build();
        ItineraryParticipant participant = ItineraryParticipant.builder().organizationId(org).id(UUID.randomUUID()).itineraryId(trip.id())
                .personId(ana).build();
        Instant t = Instant.parse("2026-07-08T10:00:00Z");
        ItinerarySegment first = seg(org, trip, SegmentKind.FLIGHT, t, t.plus(Duration.ofHours(3)), "US", "GB", false);
        ItinerarySegment clash = seg(org, trip, SegmentKind.TRAIN, t.plus(Duration.ofHours(2)), t.plus(Duration.ofHours(4)), "GB", "GB", false);
        ItinerarySegment hotelA = seg(org, trip, SegmentKind.HOTEL, t.plus(Duration.ofHours(5)), t.plus(Duration.ofDays(2)), "GB", "GB", false);
        ItinerarySegment hotelB = seg(org, trip, SegmentKind.HOTEL, t.plus(Duration.ofDays(1)), t.plus(Duration.ofDays(3)), "GB", "JP", true);
        TravelDocuments none = new TravelDocuments() {
            @Override
            public Optional<LocalDate> passportExpiresOn(UUID personId) {
                return Optional.empty();
            }

            @Override
            public List<Optional<LocalDate>> visaExpiries(UUID personId) {
                return List.of(Optional.of(LocalDate.of(2026, 7, 1)));
            }
        };

        // when
        List<Finding> findings = new ItineraryValidator().validate(trip, List.of(participant), List.of(first, clash, hotelA, hotelB), none);

        // then
        assertThat(findings).extracting(Finding::segmentId, Finding::rule).containsExactlyInAnyOrder(
                tuple(clash.id(), ProgrammingRules.ITINERARY_SEGMENTS_OVERLAP),
                tuple(hotelB.id(), ProgrammingRules.ITINERARY_SEGMENTS_HOTEL_OVERLAP),
                tuple(first.id(), ProgrammingRules.ITINERARY_SEGMENTS_PASSPORT_VALID),
                tuple(hotelB.id(), ProgrammingRules.ITINERARY_SEGMENTS_PASSPORT_VALID),
                tuple(hotelB.id(), ProgrammingRules.ITINERARY_SEGMENTS_VISA_VALID));
        assertThat(findings).filteredOn(f -> f.rule() == ProgrammingRules.ITINERARY_SEGMENTS_OVERLAP).singleElement()
                .satisfies(f -> assertThat(f.otherSegmentId()).contains(first.id()));
    }

    private static ItinerarySegment seg(UUID org, Itinerary trip, SegmentKind kind, Instant from, Instant to, String fromCountry,
            String toCountry, boolean visa) {
        return ItinerarySegment.builder().organizationId(org).id(UUID.randomUUID()).itineraryId(trip.id()).kind(kind).fromPlace("A")
                .toPlace("B").fromCountry(fromCountry).toCountry(toCountry).departAt(from).arriveAt(to).visaRequired(visa).build();
    }

    private static Map<String, Long> commitments(TenantTransaction tx, UUID person) {
        return tx.handle().createQuery("""
                select status, count(*) as n from atlvs.person_commitments
                 where person_id = :person and source = 'itinerary_segments' group by status""")
                .bind("person", person).reduceRows(new java.util.TreeMap<String, Long>(), (map, row) -> {
                    map.put(row.getColumn("status", String.class), row.getColumn("n", Long.class));
                    return map;
                });
    }
}
