package dev.atlvs.programming.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.profile.DocumentType;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.programming.travel.ImmutableItinerary;
import dev.atlvs.programming.travel.ImmutableItineraryParticipant;
import dev.atlvs.programming.travel.ImmutableItinerarySegment;
import dev.atlvs.programming.travel.Itinerary;
import dev.atlvs.programming.travel.ItineraryParticipantRepository;
import dev.atlvs.programming.travel.ItineraryRepository;
import dev.atlvs.programming.travel.ItinerarySegment;
import dev.atlvs.programming.travel.ItinerarySegmentRepository;
import dev.atlvs.programming.travel.ItineraryStatus;
import dev.atlvs.programming.travel.SegmentKind;
import dev.atlvs.programming.travel.TravelService;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Samples, mutations, lifecycles and rule probes of itineraries, their participants and segments. */
final class TravelGuardrails {

    /** A morning in July 2026, within the sample itinerary's dates. */
    private static final Instant FROM = Instant.parse("2026-07-09T08:00:00Z");

    private TravelGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("itineraries", org -> itinerary(org).id(),
                        (org, id) -> org.asOwner(tx -> itineraries(tx).update(ImmutableItinerary.copyOf(itineraries(tx).get(id))
                                .withDescription("Band and crew, inbound via New York"))))
                .lifecycle(ItineraryStatus.LIFECYCLE)
                .table("itinerary_participants", org -> {
                            Itinerary itinerary = itinerary(org);
                            Person person = PeopleFixtures.person(org, "Dean", "Okafor", "Guitarist");
                            return org.asOwner(tx -> new TravelService(tx).addParticipant(itinerary.id(), person.id(), "Artist")).id();
                        },
                        (org, id) -> org.asOwner(tx -> participants(tx).update(ImmutableItineraryParticipant.copyOf(participants(tx).get(id))
                                .withRole("Tour manager"))))
                .table("itinerary_segments", org -> flight(org, itinerary(org), FROM, FROM.plus(Duration.ofHours(2))).id(),
                        (org, id) -> org.asOwner(tx -> segments(tx).update(ImmutableItinerarySegment.copyOf(segments(tx).get(id))
                                .withNotes("Aisle seats, extra legroom"))));
        rules(builder);
    }

    private static void rules(Guardrails.Builder builder) {
        builder
                // itineraries
                .rule("itineraries_end_date_check",
                        (tx, id) -> itineraries(tx).update(ImmutableItinerary.copyOf(itineraries(tx).get(id))
                                .withEndDate(itineraries(tx).get(id).startDate().minusDays(1))),
                        (tx, id) -> sql(tx, "update atlvs.itineraries set end_date = start_date - 1 where id = :id", id))
                .rule("itineraries_budget_currency_check",
                        (tx, id) -> itineraries(tx).update(ImmutableItinerary.copyOf(itineraries(tx).get(id)).withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.itineraries set currency = null where id = :id", id))
                // segments
                .rule("itinerary_segments_arrive_at_check",
                        (tx, id) -> segments(tx).update(ImmutableItinerarySegment.copyOf(segments(tx).get(id))
                                .withArriveAt(segments(tx).get(id).departAt())),
                        (tx, id) -> sql(tx, "update atlvs.itinerary_segments set arrive_at = depart_at where id = :id", id))
                .rule("itinerary_segments_cost_currency_check",
                        (tx, id) -> segments(tx).update(ImmutableItinerarySegment.copyOf(segments(tx).get(id)).withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.itinerary_segments set currency = null where id = :id", id))
                .rule("itinerary_segments_overlap",
                        org -> twoSegments(org, SegmentKind.FLIGHT),
                        (tx, id) -> new TravelService(tx).updateSegment(ImmutableItinerarySegment.copyOf(segments(tx).get(id))
                                .withDepartAt(FROM.plus(Duration.ofHours(1)))),
                        (tx, id) -> ProgrammeGuardrails.sqlAt(tx, "update atlvs.itinerary_segments set depart_at = :at where id = :id", id,
                                FROM.plus(Duration.ofHours(1))))
                .rule("itinerary_segments_hotel_overlap",
                        org -> twoSegments(org, SegmentKind.HOTEL),
                        (tx, id) -> new TravelService(tx).updateSegment(ImmutableItinerarySegment.copyOf(segments(tx).get(id))
                                .withDepartAt(FROM.plus(Duration.ofHours(1)))),
                        (tx, id) -> ProgrammeGuardrails.sqlAt(tx, "update atlvs.itinerary_segments set depart_at = :at where id = :id", id,
                                FROM.plus(Duration.ofHours(1))))
                .rule("itinerary_segments_connection",
                        org -> twoSegments(org, SegmentKind.FLIGHT),
                        (tx, id) -> new TravelService(tx).updateSegment(ImmutableItinerarySegment.copyOf(segments(tx).get(id))
                                .withDepartAt(FROM.plus(Duration.ofMinutes(150)))),
                        (tx, id) -> ProgrammeGuardrails.sqlAt(tx, "update atlvs.itinerary_segments set depart_at = :at where id = :id", id,
                                FROM.plus(Duration.ofMinutes(150))))
                .rule("itinerary_segments_passport_valid",
                        org -> domesticWithTraveller(org).id(),
                        (tx, id) -> new TravelService(tx).updateSegment(ImmutableItinerarySegment.copyOf(segments(tx).get(id))
                                .withFromCountry("US").withToCountry("GB")),
                        (tx, id) -> sql(tx, "update atlvs.itinerary_segments set from_country = 'US', to_country = 'GB' where id = :id", id))
                .rule("itinerary_segments_visa_valid",
                        org -> domesticWithTraveller(org).id(),
                        (tx, id) -> new TravelService(tx).updateSegment(ImmutableItinerarySegment.copyOf(segments(tx).get(id))
                                .withVisaRequired(true)),
                        (tx, id) -> sql(tx, "update atlvs.itinerary_segments set visa_required = true where id = :id", id))
                // participants
                .rule("itinerary_participants_passport_valid",
                        org -> participantWithStandIn(org, false),
                        (tx, id) -> participants(tx).update(ImmutableItineraryParticipant.copyOf(participants(tx).get(id))
                                .withPersonId(standIn(tx, id))),
                        (tx, id) -> toStandIn(tx, id))
                .rule("itinerary_participants_visa_valid",
                        org -> participantWithStandIn(org, true),
                        (tx, id) -> participants(tx).update(ImmutableItineraryParticipant.copyOf(participants(tx).get(id))
                                .withPersonId(standIn(tx, id))),
                        (tx, id) -> toStandIn(tx, id))
                .rule("itinerary_participants_schedule",
                        TravelGuardrails::participantWithBusyStandIn,
                        (tx, id) -> participants(tx).update(ImmutableItineraryParticipant.copyOf(participants(tx).get(id))
                                .withPersonId(standIn(tx, id))),
                        (tx, id) -> toStandIn(tx, id));
    }

    /**
     * A participant of an itinerary with a flight of everyone from 09:00 to 11:00 and, in the itinerary's description, the
     * id of a stand-in who is on another itinerary's flight from 08:00 to 10:00.
     */
    private static UUID participantWithBusyStandIn(FixtureOrganization org) {
        Person busy = PeopleFixtures.person(org, "Eli", "Stone", "Driver");
        Itinerary other = itinerary(org);
        org.asOwner(tx -> new TravelService(tx).addParticipant(other.id(), busy.id(), "Crew"));
        flight(org, other, FROM, FROM.plus(Duration.ofHours(2)));
        UUID project = ProjectFixtures.project(org).id();
        Itinerary trip = org.asOwner(tx -> new TravelService(tx).create(Itinerary.builder().organizationId(org.id())
                .projectId(project).title("Crew inbound").description(busy.id().toString())
                .startDate(LocalDate.of(2026, 7, 8)).endDate(LocalDate.of(2026, 7, 13)).build()));
        Person free = PeopleFixtures.person(org, "Fay", "Moss", "Lighting");
        UUID participant = org.asOwner(tx -> new TravelService(tx).addParticipant(trip.id(), free.id(), "Crew")).id();
        flight(org, trip, FROM.plus(Duration.ofHours(1)), FROM.plus(Duration.ofHours(3)));
        return participant;
    }

    /** Two segments of {@code kind} travelled by everyone, 08:00-10:00 and 13:00-15:00; the id of the second. */
    private static UUID twoSegments(FixtureOrganization org, SegmentKind kind) {
        Itinerary itinerary = itinerary(org);
        org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, itinerary, FROM, FROM.plus(Duration.ofHours(2))).kind(kind).build()));
        return org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, itinerary, FROM.plus(Duration.ofHours(5)),
                FROM.plus(Duration.ofHours(7))).kind(kind).build())).id();
    }

    /** A domestic flight of an itinerary with one participant who has no passport and no visa on record. */
    private static ItinerarySegment domesticWithTraveller(FixtureOrganization org) {
        Itinerary itinerary = itinerary(org);
        Person person = PeopleFixtures.person(org, "Ana", "Lopes", "Stage manager");
        org.asOwner(tx -> new TravelService(tx).addParticipant(itinerary.id(), person.id(), "Crew"));
        return flight(org, itinerary, FROM, FROM.plus(Duration.ofHours(2)));
    }

    /**
     * A participant who holds the documents of the itinerary's shared segment (an international flight, or a domestic one
     * that requires a visa) and, in the itinerary's description, the id of a stand-in who holds none.
     */
    private static UUID participantWithStandIn(FixtureOrganization org, boolean visa) {
        Person standIn = PeopleFixtures.person(org, "Ben", "Carter", "Rigger");
        UUID project = ProjectFixtures.project(org).id();
        Itinerary itinerary = org.asOwner(tx -> new TravelService(tx).create(Itinerary.builder().organizationId(org.id())
                .projectId(project).title("Crew inbound").description(standIn.id().toString())
                .startDate(LocalDate.of(2026, 7, 8)).endDate(LocalDate.of(2026, 7, 13)).build()));
        Person holder = TravelFixtures.traveller(org, "Caro", "Diaz", "Audio", LocalDate.of(2031, 1, 31));
        if (visa) {
            PeopleFixtures.document(org, holder, DocumentType.VISA, LocalDate.of(2027, 1, 31));
        }
        UUID participant = org.asOwner(tx -> new TravelService(tx).addParticipant(itinerary.id(), holder.id(), "Crew")).id();
        org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, itinerary, FROM, FROM.plus(Duration.ofHours(9)))
                .fromCountry(visa ? "GB" : "US").toCountry("GB").visaRequired(visa).build()));
        return participant;
    }

    /** Raw SQL: the participant becomes the stand-in of its itinerary, bound as a value (read through the SDK). */
    private static void toStandIn(TenantTransaction tx, UUID participantId) {
        tx.handle().createUpdate("update atlvs.itinerary_participants set person_id = :person where id = :id")
                .bind("id", participantId).bind("person", standIn(tx, participantId)).execute();
    }

    /** The stand-in named in the description of the participant's itinerary. */
    private static UUID standIn(TenantTransaction tx, UUID participantId) {
        return UUID.fromString(itineraries(tx).get(participants(tx).get(participantId).itineraryId()).description().orElseThrow());
    }

    private static Itinerary itinerary(FixtureOrganization org) {
        return TravelFixtures.itinerary(org, ProjectFixtures.project(org), ProgrammingFixtures.unique("Crew travel"));
    }

    private static dev.atlvs.programming.travel.ImmutableItinerarySegment.Builder segment(FixtureOrganization org, Itinerary itinerary,
            Instant departs, Instant arrives) {
        return ItinerarySegment.builder().organizationId(org.id()).itineraryId(itinerary.id()).kind(SegmentKind.FLIGHT)
                .fromPlace("Manchester (MAN)").toPlace("London Heathrow (LHR)").fromCountry("GB").toCountry("GB")
                .departAt(departs).arriveAt(arrives);
    }

    private static ItinerarySegment flight(FixtureOrganization org, Itinerary itinerary, Instant departs, Instant arrives) {
        return org.asOwner(tx -> new TravelService(tx).addSegment(segment(org, itinerary, departs, arrives).provider("British Airways")
                .confirmationNo("BA7Q2Z").cost(new BigDecimal("189.0000")).currency("GBP").build()));
    }

    private static void sql(TenantTransaction tx, String statement, UUID id) {
        ProgrammeGuardrails.sql(tx, statement, id);
    }

    private static ItineraryRepository itineraries(TenantTransaction tx) {
        return tx.repository(ItineraryRepository.class);
    }

    private static ItineraryParticipantRepository participants(TenantTransaction tx) {
        return tx.repository(ItineraryParticipantRepository.class);
    }

    private static ItinerarySegmentRepository segments(TenantTransaction tx) {
        return tx.repository(ItinerarySegmentRepository.class);
    }
}
