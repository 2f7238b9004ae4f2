package dev.atlvs.programming.travel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.people.person.PersonService;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.programming.testing.TravelFixtures;
import dev.atlvs.programming.testing.TravelFixtures.TouringParty;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@AtlvsTest
class TravelErasureTest {

    @Test
    void erasingATravellerRemovesTheirParticipationAndReleasesTheirTime(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Night Owls Erasure");
        TouringParty party = TravelFixtures.touringParty(org, ProgrammingFixtures.festival(org));

        // when
        org.asOwner(tx -> new PersonService(tx).erase(party.guitarist().id()));

        // then: the others still travel on every segment
        List<ItineraryParticipant> participants = org.asOwner(tx -> new TravelService(tx).participantsOf(party.itinerary().id()));
        assertThat(participants).extracting(ItineraryParticipant::personId)
                .containsExactly(party.singer().id(), party.tourManager().id());
        long commitments = org.asOwner(tx -> tx.handle().createQuery("""
                select count(*) from atlvs.person_commitments where person_id = :person and source = 'itinerary_segments'""")
                .bind("person", party.guitarist().id()).mapTo(Long.class).one());
        assertThat(commitments).isZero();
        List<ItinerarySegment> segments = org.asOwner(tx -> new TravelService(tx).segmentsOf(party.itinerary().id()));
        assertThat(segments).hasSize(4);
    }
}
