package dev.atlvs.programming.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.personal.PersonProfile;
import dev.atlvs.people.personal.PersonalDataService;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.programming.travel.Itinerary;
import dev.atlvs.programming.travel.ItinerarySegment;
import dev.atlvs.programming.travel.ItineraryType;
import dev.atlvs.programming.travel.SegmentKind;
import dev.atlvs.programming.travel.TravelService;
import dev.atlvs.projects.project.Project;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Realistic travel data on {@link ProgrammingFixtures#festival}: a touring party from Los Angeles flying via New York to
 * London for the festival, with a ground transfer to the site and a hotel, passports recorded through the people module.
 */
public final class TravelFixtures {

    /** The party's inbound itinerary starts on 8 July 2026. */
    public static final LocalDate TRIP_START = LocalDate.of(2026, 7, 8);

    /** The party's inbound itinerary ends on 13 July 2026. */
    public static final LocalDate TRIP_END = LocalDate.of(2026, 7, 13);

    /** Departure from Los Angeles (LAX). */
    public static final Instant LAX_DEPARTS = Instant.parse("2026-07-08T16:00:00Z");

    /** Arrival in New York (JFK). */
    public static final Instant JFK_ARRIVES = Instant.parse("2026-07-08T21:25:00Z");

    /** Departure from New York (JFK) to London. */
    public static final Instant JFK_DEPARTS = Instant.parse("2026-07-08T23:30:00Z");

    /** Arrival in London Heathrow (LHR). */
    public static final Instant LHR_ARRIVES = Instant.parse("2026-07-09T11:20:00Z");

    /** The ground transfer leaves Heathrow. */
    public static final Instant TRANSFER_DEPARTS = Instant.parse("2026-07-09T12:30:00Z");

    /** The ground transfer reaches the festival site: the party's arrival at the show. */
    public static final Instant TRANSFER_ARRIVES = Instant.parse("2026-07-09T14:00:00Z");

    private TravelFixtures() {}

    /**
     * A touring party on the festival: the band's singer, guitarist and tour manager (US passports valid to 2030), one
     * draft tour itinerary from 8 to 13 July 2026 (minimum connection 60 minutes, passport margin 6 months) with, for
     * every participant, LAX-JFK, JFK-LHR (international), a car transfer from Heathrow to the site and a hotel stay from 9
     * to 13 July.
     */
    public static TouringParty touringParty(FixtureOrganization org, Festival festival) {
        requireNonNull(org, "org is null");
        Person singer = traveller(org, "Marisol", "Vega", "Lead vocalist", LocalDate.of(2030, 3, 31));
        Person guitarist = traveller(org, "Dean", "Okafor", "Guitarist", LocalDate.of(2029, 11, 30));
        Person tourManager = traveller(org, "Priya", "Hale", "Tour manager", LocalDate.of(2031, 6, 30));
        Itinerary itinerary = itinerary(org, festival.project(), "The Night Owls - inbound to Riverside Sound");
        return org.asOwner(tx -> {
            TravelService travel = new TravelService(tx);
            travel.addParticipant(itinerary.id(), singer.id(), "Artist");
            travel.addParticipant(itinerary.id(), guitarist.id(), "Artist");
            travel.addParticipant(itinerary.id(), tourManager.id(), "Tour manager");
            ItinerarySegment domestic = travel.addSegment(segment(org, itinerary, SegmentKind.FLIGHT, "Los Angeles (LAX)",
                    "New York (JFK)", "US", "US", LAX_DEPARTS, JFK_ARRIVES).provider("American Airlines AA 4")
                    .confirmationNo("QX7T2M").cost(new BigDecimal("1260.0000")).currency("USD").build());
            ItinerarySegment transatlantic = travel.addSegment(segment(org, itinerary, SegmentKind.FLIGHT, "New York (JFK)",
                    "London Heathrow (LHR)", "US", "GB", JFK_DEPARTS, LHR_ARRIVES).provider("British Airways BA 178")
                    .confirmationNo("BA9K3L").cost(new BigDecimal("4380.0000")).currency("USD").build());
            ItinerarySegment transfer = travel.addSegment(segment(org, itinerary, SegmentKind.CAR, "London Heathrow (LHR)",
                    "Riverside Sound Festival - artist gate", "GB", "GB", TRANSFER_DEPARTS, TRANSFER_ARRIVES)
                    .provider("Addison Lee").cost(new BigDecimal("240.0000")).currency("GBP").build());
            ItinerarySegment hotel = travel.addSegment(segment(org, itinerary, SegmentKind.HOTEL, "Riverside Lodge",
                    "Riverside Lodge", "GB", "GB", Instant.parse("2026-07-09T15:00:00Z"), Instant.parse("2026-07-13T10:00:00Z"))
                    .provider("Riverside Lodge").confirmationNo("RL-55210").cost(new BigDecimal("2880.0000")).currency("GBP").build());
            return new TouringParty(festival, itinerary, singer, guitarist, tourManager, List.of(domestic, transatlantic, transfer, hotel));
        });
    }

    /** A stored draft tour itinerary of {@code project} from {@link #TRIP_START} to {@link #TRIP_END}, in USD. */
    public static Itinerary itinerary(FixtureOrganization org, Project project, String title) {
        return org.asOwner(tx -> new TravelService(tx).create(Itinerary.builder().organizationId(org.id()).projectId(project.id())
                .title(title).type(ItineraryType.TOUR).startDate(TRIP_START).endDate(TRIP_END)
                .budget(new BigDecimal("25000.0000")).currency("USD").build()));
    }

    /** A builder of a segment every participant travels on, not stored. */
    public static dev.atlvs.programming.travel.ImmutableItinerarySegment.Builder segment(FixtureOrganization org, Itinerary itinerary,
            SegmentKind kind, String from, String to, String fromCountry, String toCountry, Instant departs, Instant arrives) {
        return ItinerarySegment.builder().organizationId(org.id()).itineraryId(itinerary.id()).kind(kind).fromPlace(from).toPlace(to)
                .fromCountry(fromCountry).toCountry(toCountry).departAt(departs).arriveAt(arrives);
    }

    /** A stored person with a US passport expiring on {@code passportExpires}, recorded through the people module. */
    public static Person traveller(FixtureOrganization org, String firstName, String lastName, String title, LocalDate passportExpires) {
        Person person = PeopleFixtures.person(org, firstName, lastName, title);
        passport(org, person, passportExpires);
        return person;
    }

    /** Records a US passport of {@code person} expiring on {@code expires} (as the owner). */
    public static PersonProfile passport(FixtureOrganization org, Person person, LocalDate expires) {
        return org.asOwner(tx -> {
            PersonalDataService personal = new PersonalDataService(tx);
            PersonProfile profile = personal.profileOf(person.id())
                    .map(p -> (PersonProfile) PersonProfile.builder().from(p).passportExpiresOn(expires).build()).orElseGet(() -> PersonProfile.builder().organizationId(org.id())
                    .personId(person.id()).nationality("US").passportNumber(ProgrammingFixtures.unique("P55").replace(" ", ""))
                    .passportCountry("US").passportExpiresOn(expires).build());
            return personal.saveProfile(profile);
        });
    }

    /**
     * The touring party {@link #touringParty} stores.
     *
     * @param festival    the festival the party plays
     * @param itinerary   the inbound itinerary (draft)
     * @param singer      the lead vocalist
     * @param guitarist   the guitarist
     * @param tourManager the tour manager
     * @param segments    LAX-JFK, JFK-LHR, the car transfer, the hotel stay
     */
    public record TouringParty(Festival festival, Itinerary itinerary, Person singer, Person guitarist, Person tourManager,
                               List<ItinerarySegment> segments) {
        public TouringParty {
            segments = List.copyOf(segments);
        }

        /** The party's travellers. */
        public List<Person> travellers() {
            return List.of(singer, guitarist, tourManager);
        }
    }
}
