package dev.atlvs.programming.runofshow;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.atlvs.programming.export.ICalendarExport;
import dev.atlvs.programming.export.Schedule;
import dev.atlvs.programming.export.ScheduleDocument;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.LineupFixtures;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A stage's run of show exported for calendars and paper, read back by an independent parser. */
@AtlvsTest
class RunOfShowExportTest {
    private static final Instant ISSUED = Instant.parse("2026-07-08T09:00:00Z");

    @Test
    void theRunOfShowAsICalendarParsesBackToTheSameLinesAndTimes(Fixtures fixtures) throws Exception {
        // given
        OrganizationFixture org = fixtures.organization("Run Of Show Export");
        Festival festival = ProgrammingFixtures.festival(org);
        LineupFixtures.mainStageFriday(org, festival);
        RunOfShow show = org.asOwner(tx -> new RunOfShowService(tx).of(festival.mainStage().id(), Festival.FIRST_DAY));

        // when
        Schedule schedule = show.toSchedule(ISSUED);
        List<ICalendar> parsed = Biweekly.parse(new ICalendarExport().calendar(schedule)).all();

        // then: one event per line, at the line's instants, in the festival's zone
        assertThat(parsed).hasSize(1);
        Map<String, VEvent> byUid = parsed.get(0).getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
        assertThat(byUid).hasSize(show.items().size());
        for (int i = 0; i < show.items().size(); i++) {
            RunOfShowItem line = show.items().get(i);
            VEvent event = byUid.get(schedule.items().get(i).uid());
            assertThat(event.getSummary().getValue()).isEqualTo(line.title());
            assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(line.at());
            assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(line.until().orElse(line.at().plus(RunOfShow.CUE)));
        }
        assertThat(parsed.get(0).getTimezoneInfo().getComponents()).extracting(tz -> tz.getTimezoneId().getValue())
                .containsExactly(Festival.ZONE.getId());
    }

    @Test
    void theRunOfShowPrintsWithTheViewersTimeBesideTheVenues(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Run Of Show Print");
        Festival festival = ProgrammingFixtures.festival(org);
        LineupFixtures.mainStageFriday(org, festival);
        RunOfShow show = org.asOwner(tx -> new RunOfShowService(tx).of(festival.mainStage().id(), Festival.FIRST_DAY));

        // when
        String html = new ScheduleDocument().html(show.toSchedule(ISSUED), ZoneId.of("America/Los_Angeles"));

        // then: the headliner at 21:30 in London is 13:30 in Los Angeles
        assertThat(html).contains("The Midnight Tides").contains("21:30").contains("13:30");
    }
}
