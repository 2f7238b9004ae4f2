package dev.atlvs.programming.travel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The validator's verdicts on generated itineraries, without a database. */
class ItineraryValidatorPropertiesTest {

    private static final Instant START = Instant.parse("2026-07-08T00:00:00Z");

    @PropertyTest(tries = 500)
    void aTravellersScheduleHasNoFindingExactlyWhenEveryTwoTransportSegmentsAreAtLeastTheMinimumApart(Gen gen) {
        // given
        UUID org = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        int minimum = gen.intBetween(0, 180);
        Itinerary trip = itinerary(org, minimum, 6);
        List<ItinerarySegment> segments = gen.listOf(0, 6, () -> {
            Instant from = START.plus(Duration.ofMinutes(gen.intBetween(0, 72 * 60)));
            return segment(org, trip, gen.oneOf(SegmentKind.FLIGHT, SegmentKind.TRAIN, SegmentKind.CAR), from,
                    from.plus(Duration.ofMinutes(gen.intBetween(1, 600))), "GB", "GB");
        });

        // when
        List<Finding> findings = new ItineraryValidator().validate(trip, List.of(participant(org, trip, person)), segments, documents(null));

        // then
        boolean apart = true;
        for (ItinerarySegment a : segments) {
            for (ItinerarySegment b : segments) {
                if (a != b && !a.departAt().isAfter(b.departAt())
                        && b.departAt().isBefore(a.arriveAt().plus(Duration.ofMinutes(minimum)))) {
                    apart = false;
                }
            }
        }
        assertThat(findings.isEmpty()).as("findings %s", findings).isEqualTo(apart);
        assertThat(findings).allSatisfy(f -> assertThat(f.rule()).isIn(ProgrammingRules.ITINERARY_SEGMENTS_OVERLAP,
                ProgrammingRules.ITINERARY_SEGMENTS_CONNECTION));
    }

    @PropertyTest(tries = 500)
    void aPassportIsFoundWantingExactlyWhenItExpiresBeforeTheTripsEndPlusTheMargin(Gen gen) {
        // given
        UUID org = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        int margin = gen.intBetween(0, 24);
        Itinerary trip = itinerary(org, 60, margin);
        Instant from = START.plus(Duration.ofHours(gen.intBetween(0, 200)));
        ItinerarySegment flight = segment(org, trip, SegmentKind.FLIGHT, from, from.plus(Duration.ofHours(9)), "US", "GB");
        LocalDate expires = gen.orNull(0.1, () -> LocalDate.of(2026, 1, 1).plusDays(gen.intBetween(0, 1500)));

        // when
        List<Finding> findings = new ItineraryValidator().validate(trip, List.of(participant(org, trip, person)), List.of(flight),
                documents(expires));

        // then
        LocalDate needed = ItineraryValidator.tripEnd(trip, flight).plusMonths(margin);
        boolean wanting = expires == null || expires.isBefore(needed);
        assertThat(findings).extracting(Finding::rule).isEqualTo(wanting ? List.of(ProgrammingRules.ITINERARY_SEGMENTS_PASSPORT_VALID) : List.of());
    }

    private static Itinerary itinerary(UUID org, int minimum, int margin) {
        return Itinerary.builder().organizationId(org).id(UUID.randomUUID()).projectId(UUID.randomUUID()).title("Generated")
                .startDate(LocalDate.of(2026, 7, 8)).endDate(LocalDate.of(2026, 7, 13)).minConnectionMinutes(minimum)
                .passportMarginMonths(margin).build();
    }

    private static ItineraryParticipant participant(UUID org, Itinerary trip, UUID person) {
        return ItineraryParticipant.builder().organizationId(org).id(UUID.randomUUID()).itineraryId(trip.id()).personId(person).build();
    }

    private static ItinerarySegment segment(UUID org, Itinerary trip, SegmentKind kind, Instant from, Instant to, String fromCountry,
            String toCountry) {
        return ItinerarySegment.builder().organizationId(org).id(UUID.randomUUID()).itineraryId(trip.id()).kind(kind).fromPlace("A")
                .toPlace("B").fromCountry(fromCountry).toCountry(toCountry).departAt(from).arriveAt(to).build();
    }

    private static TravelDocuments documents(LocalDate passportExpires) {
        return new TravelDocuments() {
            @Override
            public Optional<LocalDate> passportExpiresOn(UUID personId) {
                return Optional.ofNullable(passportExpires);
            }

            @Override
            public List<Optional<LocalDate>> visaExpiries(UUID personId) {
                return List.of();
            }
        };
    }
}
