package dev.atlvs.programming.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The original application's programming names read the canonical tables, under their row-level security. */
@AtlvsTest
class ConsolidatedNamesTest {

    private static List<UUID> ids(OrganizationFixture org, String sql) {
        return org.asOwner(tx -> tx.handle().createQuery(sql).mapTo(UUID.class).list());
    }

    @Test
    void theProgrammingViewsShowTheOrganizationsOwnEventsSpacesAndLineupsOnly(Fixtures fixtures) {
        // given: two organizations with a festival each
        OrganizationFixture north = fixtures.organization("Views North");
        OrganizationFixture south = fixtures.organization("Views South");
        Festival festival = ProgrammingFixtures.festival(north);
        ProgrammingFixtures.festival(south);

        // when
        List<UUID> events = ids(north, "select id from atlvs.programming_events");
        List<UUID> spaces = ids(north, "select id from atlvs.programming_spaces");
        List<UUID> lineups = ids(north, "select event_id from atlvs.programming_lineups");

        // then: 1 festival, 3 days, 6 stage days
        assertThat(events).hasSize(10).contains(festival.festival().id());
        assertThat(spaces).containsExactlyInAnyOrder(festival.mainStage().id(), festival.riversideTent().id());
        assertThat(lineups).containsExactlyInAnyOrderElementsOf(events);
    }
}
