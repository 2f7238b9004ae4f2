package dev.atlvs.programming.callsheet;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.atlvs.programming.export.ICalendarExport;
import dev.atlvs.programming.export.Schedule;
import dev.atlvs.programming.export.ScheduleDocument;
import dev.atlvs.programming.testing.CallSheetFixtures;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A crew member's call as a calendar entry and the whole sheet on paper, read back independently. */
@AtlvsTest
class CallSheetExportTest {

    @Test
    void aCrewMembersCallParsesBackAsOneEventAtTheCallAndWrapInTheFestivalsZone(Fixtures fixtures) throws Exception {
        // given
        OrganizationFixture org = fixtures.organization("Call Sheet Export");
        CallSheetFixtures.FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheetEntry call = friday.audio().call();

        // when
        Schedule schedule = org.asOwner(tx -> new CallSheetExports(tx).callOf(friday.sheet().id(), call.personId()));
        List<ICalendar> parsed = Biweekly.parse(new ICalendarExport().calendar(schedule)).all();

        // then
        assertThat(parsed).hasSize(1);
        List<VEvent> events = parsed.get(0).getEvents();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(call.callAt());
            assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(call.wrapAt());
            assertThat(event.getSummary().getValue()).contains(friday.audio().person().displayName());
        });
        assertThat(parsed.get(0).getTimezoneInfo().getComponents()).extracting(tz -> tz.getTimezoneId().getValue())
                .containsExactly(Festival.ZONE.getId());
    }

    @Test
    void theSheetPrintsEveryCallWithTheViewersTimeBesideTheFestivals(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Call Sheet Print");
        CallSheetFixtures.FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        ZoneId newYork = ZoneId.of("America/New_York");

        // when
        Schedule sheet = org.asOwner(tx -> new CallSheetExports(tx).sheet(friday.sheet().id()));
        String html = new ScheduleDocument().html(sheet, newYork);

        // then
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm");
        CallSheetEntry audio = friday.audio().call();
        assertThat(sheet.items()).hasSize(friday.riggers().size() + 2);
        assertThat(html).contains(friday.audio().person().displayName())
                .contains(hours.format(audio.callAt().atZone(Festival.ZONE)))
                .contains(hours.format(audio.callAt().atZone(newYork)));
    }
}
