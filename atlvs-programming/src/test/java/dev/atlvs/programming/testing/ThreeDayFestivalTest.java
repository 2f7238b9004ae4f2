package dev.atlvs.programming.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.programming.lineup.Billing;
import dev.atlvs.programming.rider.RiderKind;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The one-line festival fixture holds a realistic show, consistent with every rule of the database. */
@AtlvsTest
class ThreeDayFestivalTest {

    @Test
    void theFestivalFixtureHoldsStagesWithCurfewsAHeadlinerWithRidersACrewCallAndFlights(Fixtures fixtures) {
        // when
        OrganizationFixture org = fixtures.organization("Three Day Festival");
        FestivalProduction production = ProgrammingFixtures.threeDayFestival(org);

        // then
        assertThat(production.festival().days()).hasSize(3);
        assertThat(production.festival().mainStage().curfew()).contains(LocalTime.of(23, 0));
        assertThat(production.festival().riversideTent().curfew()).contains(LocalTime.of(0, 30));
        assertThat(production.mainStage().slots()).anySatisfy(slot -> assertThat(slot.billing()).isEqualTo(Billing.HEADLINER));
        assertThat(production.riders().technical().kind()).isEqualTo(RiderKind.TECHNICAL);
        assertThat(production.riders().hospitality().kind()).isEqualTo(RiderKind.HOSPITALITY);
        assertThat(production.crewCall().riggers()).isNotEmpty();
        assertThat(production.touringParty().segments()).hasSize(4);
    }
}
