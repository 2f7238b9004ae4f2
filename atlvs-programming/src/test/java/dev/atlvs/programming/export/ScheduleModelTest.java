package dev.atlvs.programming.export;

import static dev.atlvs.programming.export.Schedules.BERLIN;
import static dev.atlvs.programming.export.Schedules.FRIDAY;
import static dev.atlvs.programming.export.Schedules.ISSUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The checks of the schedule model: each refusal names the field and the rule. */
class ScheduleModelTest {
    private static final Instant NINE = Schedules.friday(9, 0).toInstant();

    private static ScheduleItem.Builder item() {
        return ScheduleItem.builder().uid("item@atlvs").summary("Crew call").start(NINE).end(NINE.plusSeconds(3600));
    }

    @Test
    void anItemMustEndAfterItStarts() {
        assertThatThrownBy(() -> item().end(NINE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item.end must be after item.start");
    }

    @Test
    void anItemNeedsASummaryThatIsNotBlank() {
        assertThatThrownBy(() -> item().summary(" \t").build()).hasMessage("item.summary must not be blank");
        assertThatThrownBy(() -> item().summary(null).build()).hasMessage("item.summary must not be null");
    }

    @Test
    void aOneLineTextRefusesLineBreaksAndControlCharacters() {
        assertThatThrownBy(() -> item().summary("Crew\ncall").build())
                .hasMessageContaining("item.summary must not contain control characters or line breaks").hasMessageContaining("U+000A");
        assertThatThrownBy(() -> item().location("Gate\u0000C").build())
                .hasMessageContaining("item.location must not contain control characters");
    }

    @Test
    void aDescriptionMaySpanLinesAndItsLineBreaksAreNormalized() {
        ScheduleItem item = item().description("Line one\r\nLine two\rLine three\n\tindented").build();

        assertThat(item.description()).contains("Line one\nLine two\nLine three\n\tindented");
    }

    @Test
    void aLoneSurrogateIsRefused() {
        assertThatThrownBy(() -> item().summary("Set \uD83C").build()).hasMessageContaining("item.summary must not contain a lone surrogate");
        assertThat(item().summary("Set 🎸").build().summary()).isEqualTo("Set 🎸");
    }

    @Test
    void aUidHasNoWhiteSpace() {
        assertThatThrownBy(() -> item().uid("call sheet 1").build()).hasMessageContaining("item.uid must have no white space");
    }

    @Test
    void aRevisionIsNotNegative() {
        assertThatThrownBy(() -> item().sequence(-1).build()).hasMessage("item.sequence must not be negative");
    }

    @Test
    void theUidOfARecordIsTheSameForEveryRevision() {
        UUID id = UUID.fromString("0190f0c4-3c8e-7d2a-9b1e-5f6a7b8c9d0e");

        assertThat(ScheduleItem.uid("call-sheet-entry", id)).isEqualTo("call-sheet-entry-0190f0c4-3c8e-7d2a-9b1e-5f6a7b8c9d0e@atlvs")
                .isEqualTo(ScheduleItem.uid("call-sheet-entry", id));
        assertThatThrownBy(() -> ScheduleItem.uid("Call Sheet", id)).hasMessageContaining("source must be lower case");
    }

    @Test
    void aScheduleRefusesTwoItemsWithOneUid() {
        assertThatThrownBy(() -> Schedule.builder().title("Day").zone(BERLIN).day(FRIDAY).generatedAt(ISSUED)
                .addItem(item().build()).addItem(item().summary("Other").build()).build())
                .hasMessage("schedule.items must have unique uids; item@atlvs appears twice");
    }

    @Test
    void aScheduleNeedsATitleZoneDayAndIssueInstant() {
        assertThatThrownBy(() -> Schedule.builder().zone(BERLIN).day(FRIDAY).generatedAt(ISSUED).build())
                .hasMessage("schedule.title must not be null");
        assertThatThrownBy(() -> Schedule.builder().title("Day").day(FRIDAY).generatedAt(ISSUED).build())
                .hasMessage("schedule.zone must not be null");
        assertThatThrownBy(() -> Schedule.builder().title("Day").zone(BERLIN).generatedAt(ISSUED).build())
                .hasMessage("schedule.day must not be null");
        assertThatThrownBy(() -> Schedule.builder().title("Day").zone(BERLIN).day(FRIDAY).build())
                .hasMessage("schedule.generatedAt must not be null");
    }

    @Test
    void aScheduleKeepsItsOwnCopyOfTheLists() {
        List<ScheduleItem> items = new ArrayList<>(List.of(item().build()));
        Schedule schedule = new Schedule("Day", Optional.empty(), BERLIN, FRIDAY, ISSUED, Optional.empty(), List.of(), List.of(), items);

        items.clear();

        assertThat(schedule.items()).hasSize(1);
        assertThatThrownBy(() -> schedule.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAttendeeEmailHasTheFormOfAnAddress() {
        assertThatThrownBy(() -> new ScheduleAttendee("Sam", Optional.of("sam at example"))).hasMessageContaining("attendee.email");
        assertThat(new ScheduleAttendee("Sam", Optional.of("sam@example.org")).email()).contains("sam@example.org");
    }

    @Test
    void aNoteIsTitledAndMaySpanLines() {
        assertThat(ScheduleNote.weather("Dry.\r\nWind later.")).isEqualTo(new ScheduleNote("Weather", "Dry.\nWind later."));
        assertThatThrownBy(() -> new ScheduleNote("", "text")).hasMessage("note.title must not be blank");
    }
}
