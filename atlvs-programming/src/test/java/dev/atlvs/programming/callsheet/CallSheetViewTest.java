package dev.atlvs.programming.callsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.programming.testing.CallSheetFixtures;
import dev.atlvs.programming.testing.CallSheetFixtures.FridayCrewCall;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Calls are stored as instants and shown in the event's time zone and in the viewer's, across daylight-saving changes. */
@AtlvsTest
class CallSheetViewTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aViewerInAnotherZoneSeesEachCallAtTheirOwnWallClockTime(Fixtures fixtures) {
        // given: Ana is called at 08:00 in London and wraps at 00:30
        OrganizationFixture org = fixtures.organization("View New York");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);

        // when
        CallSheetView view = org.asOwner(tx -> new CallSheetService(tx).view(friday.sheet().id(), NEW_YORK));

        // then
        CallSheetView.CallView ana = view.callOf(friday.riggers().get(0).person().id()).orElseThrow();
        assertThat(view.zone()).isEqualTo(Festival.ZONE);
        assertThat(view.viewer()).isEqualTo(NEW_YORK);
        assertThat(view.generalCallTime()).contains(LocalTime.of(8, 0));
        assertThat(view.generalCallViewer().orElseThrow().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 7, 10, 3, 0));
        assertThat(ana.callLocal().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 7, 10, 8, 0));
        assertThat(ana.wrapLocal().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 7, 11, 0, 30));
        assertThat(ana.wrapsNextDay()).isTrue();
        assertThat(ana.callViewer().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 7, 10, 3, 0));
        assertThat(ana.wrapViewer().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 7, 10, 19, 30));
        assertThat(ana.callViewer().toInstant()).isEqualTo(ana.callAt());
        assertThat(view.calls()).extracting(CallSheetView.CallView::callAt).isSorted();
    }

    @Test
    void aNightCallAcrossTheClocksGoingForwardShowsTheRightWallClockTimesInBothZones() {
        // given: a night shift on 28 March 2026 in London, 22:00 GMT until 06:00 BST (the clocks go forward at 01:00 GMT)
        LocalDate night = LocalDate.of(2026, 3, 28);
        Instant call = Instant.parse("2026-03-28T22:00:00Z");
        Instant wrap = Instant.parse("2026-03-29T05:00:00Z");
        CallSheet sheet = CallSheet.builder().organizationId(UUID.randomUUID()).projectId(UUID.randomUUID())
                .title("Overnight load-out").eventDate(night).callTime(LocalTime.of(22, 0)).timezone(LONDON.getId()).build();
        CallSheetEntry entry = CallSheetEntry.builder().organizationId(sheet.organizationId()).callSheetId(sheet.id())
                .personId(UUID.randomUUID()).callAt(call).wrapAt(wrap).build();

        // when
        CallSheetView view = CallSheetView.of(sheet, List.of(entry), 0, NEW_YORK);

        // then: seven hours of work, shown 22:00 to 06:00 in London and 18:00 to 01:00 in New York (already on EDT)
        CallSheetView.CallView shift = view.calls().get(0);
        assertThat(Duration.between(shift.callAt(), shift.wrapAt())).isEqualTo(Duration.ofHours(7));
        assertThat(shift.callLocal().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 28, 22, 0));
        assertThat(shift.wrapLocal().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 29, 6, 0));
        assertThat(shift.wrapLocal().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(shift.callViewer().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 28, 18, 0));
        assertThat(shift.wrapViewer().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 29, 1, 0));
        assertThat(view.generalCall().orElseThrow().toInstant()).isEqualTo(call);
    }

    @Test
    void aCallOnTheNightTheClocksGoBackKeepsItsInstantAndShowsTheLaterOffset() {
        // given: 25 October 2026, London goes back from BST to GMT at 02:00 BST; a call at 01:30 GMT (the second 01:30)
        Instant secondHalfPastOne = Instant.parse("2026-10-25T01:30:00Z");
        CallSheet sheet = CallSheet.builder().organizationId(UUID.randomUUID()).projectId(UUID.randomUUID())
                .title("Night crew").eventDate(LocalDate.of(2026, 10, 25)).timezone(LONDON.getId()).build();
        CallSheetEntry entry = CallSheetEntry.builder().organizationId(sheet.organizationId()).callSheetId(sheet.id())
                .personId(UUID.randomUUID()).callAt(secondHalfPastOne).wrapAt(secondHalfPastOne.plus(Duration.ofHours(4))).build();

        // when
        CallSheetView.CallView shown = CallSheetView.of(sheet, List.of(entry), 0, ZoneId.of("Asia/Tokyo")).calls().get(0);

        // then
        assertThat(shown.callLocal().toLocalTime()).isEqualTo(LocalTime.of(1, 30));
        assertThat(shown.callLocal().getOffset().getTotalSeconds()).isZero();
        assertThat(shown.callViewer().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 25, 10, 30));
        assertThat(shown.wrapsNextDay()).isFalse();
        assertThat(shown.acknowledgement()).isEqualTo(CallSheetView.Acknowledgement.NONE);
    }
}
