package dev.atlvs.programming.runofshow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.programming.lineup.LineupService;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.LineupFixtures;
import dev.atlvs.programming.testing.LineupFixtures.MainStageFriday;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The run of show of a stage for a show day: its items in order, in the venue's zone and in a viewer's. */
@AtlvsTest
class RunOfShowTest {

    private static final LocalDate FRIDAY = Festival.FIRST_DAY;

    private static LocalDateTime local(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute);
    }

    @Test
    void theMainStagesFridayRunsFromSetupThroughEachChangeoverAndSetToTeardown(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Run Of Show");
        Festival festival = ProgrammingFixtures.festival(org);
        MainStageFriday main = LineupFixtures.mainStageFriday(org, festival);

        // when
        RunOfShow show = org.asOwner(tx -> new RunOfShowService(tx).of(festival.mainStage().id(), FRIDAY));

        // then
        assertThat(show.zone()).isEqualTo(Festival.ZONE);
        assertThat(show.spaceName()).isEqualTo(festival.mainStage().name());
        assertThat(show.items()).extracting(RunOfShowItem::kind, RunOfShowItem::title, RunOfShowItem::localAt).containsExactly(
                tuple(ItemKind.SETUP, "Setup: Main Stage - Friday", local(FRIDAY, 10, 0)),
                tuple(ItemKind.DOORS, "Main Stage - Friday", local(FRIDAY, 12, 0)),
                tuple(ItemKind.SET, "The Early Birds", local(FRIDAY, 12, 0)),
                tuple(ItemKind.CHANGEOVER, "Changeover: Harbour Lights", local(FRIDAY, 12, 40)),
                tuple(ItemKind.SET, "Harbour Lights", local(FRIDAY, 13, 0)),
                tuple(ItemKind.CHANGEOVER, "Changeover: Northern Static", local(FRIDAY, 13, 45)),
                tuple(ItemKind.SET, "Northern Static", local(FRIDAY, 14, 15)),
                tuple(ItemKind.CHANGEOVER, "Changeover: Ana Sol", local(FRIDAY, 15, 15)),
                tuple(ItemKind.SET, "Ana Sol", local(FRIDAY, 15, 45)),
                tuple(ItemKind.CHANGEOVER, "Changeover: The Midnight Tides", local(FRIDAY, 20, 45)),
                tuple(ItemKind.SET, "The Midnight Tides", local(FRIDAY, 21, 30)),
                tuple(ItemKind.END, "End: Main Stage - Friday", local(FRIDAY, 23, 0)),
                tuple(ItemKind.CURFEW, "Curfew", local(FRIDAY, 23, 0)),
                tuple(ItemKind.TEARDOWN, "Stage clear: Main Stage - Friday", local(FRIDAY.plusDays(1), 0, 0)));
        assertThat(show.ofKind(ItemKind.SET)).extracting(RunOfShowItem::localUntil).last()
                .isEqualTo(Optional.of(local(FRIDAY, 22, 45)));
        assertThat(show.ofKind(ItemKind.SET).get(0).slotId()).contains(main.opener().id());
    }

    @Test
    void aCancelledSetLeavesTheRunOfShow(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Run Of Show Cancelled");
        Festival festival = ProgrammingFixtures.festival(org);
        MainStageFriday main = LineupFixtures.mainStageFriday(org, festival);
        org.asOwner(tx -> new LineupService(tx).cancel(main.slots().get(3).id()));

        // when
        RunOfShow show = org.asOwner(tx -> new RunOfShowService(tx).of(festival.mainStage().id(), FRIDAY));

        // then
        assertThat(show.ofKind(ItemKind.SET)).extracting(RunOfShowItem::title)
                .containsExactly("The Early Birds", "Harbour Lights", "Northern Static", "The Midnight Tides");
    }

    @Test
    void theTentsCurfewAfterMidnightIsOnTheNextCalendarDayAndAViewerSeesTheirOwnZone(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Run Of Show Tent");
        Festival festival = ProgrammingFixtures.festival(org);
        LineupFixtures.tentFriday(org, festival);

        // when
        RunOfShow show = org.asOwner(tx -> new RunOfShowService(tx).of(festival.riversideTent().id(), FRIDAY));
        List<RunOfShow.Viewed> inNewYork = show.inZone(ZoneId.of("America/New_York"));

        // then: Saturday 00:30 in London is Friday 19:30 in New York
        RunOfShowItem curfew = show.ofKind(ItemKind.CURFEW).get(0);
        assertThat(curfew.localAt()).isEqualTo(local(FRIDAY.plusDays(1), 0, 30));
        RunOfShowItem lastSet = show.ofKind(ItemKind.SET).get(2);
        assertThat(lastSet.localAt()).isEqualTo(local(FRIDAY, 23, 15));
        assertThat(lastSet.localUntil()).contains(local(FRIDAY.plusDays(1), 0, 15));
        assertThat(inNewYork).filteredOn(v -> v.item().kind() == ItemKind.CURFEW).singleElement()
                .satisfies(v -> assertThat(v.at().toLocalDateTime()).isEqualTo(local(FRIDAY, 19, 30)));
    }

    @Test
    void aDayWithoutAnEventOnTheStageHasNoItems(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Run Of Show Empty");
        Festival festival = ProgrammingFixtures.festival(org);

        // when
        RunOfShow show = org.asOwner(tx -> new RunOfShowService(tx).of(festival.mainStage().id(), FRIDAY.plusDays(5)));

        // then
        assertThat(show.items()).isEmpty();
        assertThat(show.zone()).isEqualTo(ZoneOffset.UTC);
    }

    @PropertyTest(tries = 300)
    void itemsAreInTimeOrderAndEveryViewerZoneKeepsTheirInstantsAndOrder(Gen gen) {
        // given: random items of a show day in London
        ZoneId london = Festival.ZONE;
        UUID event = UUID.randomUUID();
        Instant base = ProgrammingFixtures.at(FRIDAY, LocalTime.of(10, 0));
        List<RunOfShowItem> items = new ArrayList<>();
        int count = gen.intBetween(0, 20);
        for (int i = 0; i < count; i++) {
            Instant at = base.plusSeconds(60L * gen.intBetween(0, 24 * 60));
            items.add(new RunOfShowItem(gen.oneOf(ItemKind.class), "Item " + i, at, Optional.empty(), london, event, Optional.empty()));
        }
        List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
        java.util.Collections.sort(zones);
        ZoneId viewer = ZoneId.of(zones.get(gen.intBetween(0, zones.size() - 1)));

        // when
        RunOfShow show = new RunOfShow(UUID.randomUUID(), "Main Stage", FRIDAY, london, gen.shuffled(items));
        List<RunOfShow.Viewed> viewed = show.inZone(viewer);

        // then
        for (int i = 1; i < show.items().size(); i++) {
            assertThat(RunOfShow.ORDER.compare(show.items().get(i - 1), show.items().get(i))).isLessThanOrEqualTo(0);
        }
        assertThat(viewed).extracting(v -> v.at().toInstant()).containsExactlyElementsOf(show.items().stream().map(RunOfShowItem::at).toList());
        assertThat(viewed).allSatisfy(v -> assertThat(v.at().getZone()).isEqualTo(viewer));
        assertThat(show.items()).allSatisfy(item -> assertThat(item.localAt().atZone(london).toInstant()).isEqualTo(item.at()));
    }
}
