package dev.atlvs.projects.schedule;

import static dev.atlvs.projects.schedule.ScheduleFixtures.june;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.ProjectsErrorCode;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/** June 2026: Monday 1, 8, 15, 22, 29. */
class WorkingCalendarTest {
    private static final WorkingCalendar WEEKDAYS = WorkingCalendar.mondayToFriday();
    private static final WorkingCalendar WITH_HOLIDAY = WorkingCalendar.builder().nonWorkingDay(june(8)).build();

    @Test
    void weekendsAreNotWorkingDaysByDefault() {
        assertThat(WEEKDAYS.isWorkingDay(june(5))).isTrue();
        assertThat(WEEKDAYS.isWorkingDay(june(6))).isFalse();
        assertThat(WEEKDAYS.isWorkingDay(june(7))).isFalse();
        assertThat(WEEKDAYS.workingWeekdays()).containsExactly(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void aListedDateIsNotAWorkingDay() {
        assertThat(WITH_HOLIDAY.isWorkingDay(june(8))).isFalse();
        assertThat(WITH_HOLIDAY.isWorkingDay(june(9))).isTrue();
    }

    @Test
    void addingWorkingDaysSkipsWeekendsAndHolidays() {
        assertThat(WEEKDAYS.addWorkingDays(june(5), 1)).isEqualTo(june(8));
        assertThat(WITH_HOLIDAY.addWorkingDays(june(5), 1)).isEqualTo(june(9));
        assertThat(WITH_HOLIDAY.addWorkingDays(june(1), 10)).isEqualTo(june(16));
    }

    @Test
    void addingWorkingDaysFromANonWorkingDayCountsTheFirstWorkingDayAsOne() {
        assertThat(WEEKDAYS.addWorkingDays(june(6), 1)).isEqualTo(june(8));
        assertThat(WEEKDAYS.addWorkingDays(june(6), -1)).isEqualTo(june(5));
    }

    @Test
    void subtractingWorkingDaysGoesBackOverWeekendsAndHolidays() {
        assertThat(WEEKDAYS.addWorkingDays(june(8), -1)).isEqualTo(june(5));
        assertThat(WITH_HOLIDAY.addWorkingDays(june(9), -1)).isEqualTo(june(5));
        assertThat(WITH_HOLIDAY.addWorkingDays(june(16), -10)).isEqualTo(june(1));
    }

    @Test
    void addingZeroWorkingDaysReturnsTheDate() {
        assertThat(WEEKDAYS.addWorkingDays(june(6), 0)).isEqualTo(june(6));
    }

    @Test
    void workingDaysBetweenCountsTheFirstDateButNotTheLast() {
        assertThat(WEEKDAYS.workingDaysBetween(june(1), june(3))).isEqualTo(2);
        assertThat(WEEKDAYS.workingDaysBetween(june(3), june(1))).isEqualTo(-2);
        assertThat(WEEKDAYS.workingDaysBetween(june(1), june(1))).isZero();
        assertThat(WEEKDAYS.workingDaysBetween(june(1), june(8))).isEqualTo(5);
        assertThat(WITH_HOLIDAY.workingDaysBetween(june(5), june(10))).isEqualTo(2);
    }

    @Test
    void nextAndPreviousWorkingDaysAreStrictlyAfterAndBefore() {
        assertThat(WITH_HOLIDAY.nextWorkingDay(june(5))).isEqualTo(june(9));
        assertThat(WITH_HOLIDAY.previousWorkingDay(june(9))).isEqualTo(june(5));
        assertThat(WITH_HOLIDAY.workingDayOnOrAfter(june(6))).isEqualTo(june(9));
        assertThat(WITH_HOLIDAY.workingDayOnOrAfter(june(9))).isEqualTo(june(9));
        assertThat(WITH_HOLIDAY.workingDayOnOrBefore(june(8))).isEqualTo(june(5));
        assertThat(WITH_HOLIDAY.workingDayOnOrBefore(june(5))).isEqualTo(june(5));
    }

    @Test
    void aBlackoutRangeAddsEveryDateInclusive() {
        WorkingCalendar calendar = WorkingCalendar.builder().nonWorkingDays(june(10), june(12)).build();

        assertThat(calendar.nonWorkingDates()).containsExactly(june(10), june(11), june(12));
        assertThat(calendar.addWorkingDays(june(9), 1)).isEqualTo(june(15));
    }

    @Test
    void otherWorkingWeekdaysCanBeChosen() {
        WorkingCalendar crew = WorkingCalendar.builder()
                .workingWeekdays(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                .build();

        assertThat(crew.isWorkingDay(june(6))).isTrue();
        assertThat(crew.isWorkingDay(june(8))).isFalse();
        assertThat(crew.addWorkingDays(june(6), 1)).isEqualTo(june(9));
    }

    @Test
    void aCalendarWithoutWorkingWeekdaysIsRejected() {
        assertThatThrownBy(() -> WorkingCalendar.builder().workingWeekdays(List.of()).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProjectsErrorCode.CALENDAR_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("workingWeekdays");
                });
    }

    @Test
    void aCalendarIsAValueThatCannotBeChangedAfterItIsBuilt() {
        WorkingCalendar.Builder builder = WorkingCalendar.builder().nonWorkingDay(june(8));
        WorkingCalendar calendar = builder.build();
        builder.nonWorkingDay(june(9));

        assertThat(calendar.nonWorkingDates()).containsExactly(june(8));
        assertThat(calendar).isEqualTo(WITH_HOLIDAY).hasSameHashCodeAs(WITH_HOLIDAY);
        assertThat(calendar.toBuilder().nonWorkingDay(june(9)).build()).isNotEqualTo(calendar);
        assertThatThrownBy(() -> calendar.nonWorkingDates().add(june(10))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> calendar.workingWeekdays().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
