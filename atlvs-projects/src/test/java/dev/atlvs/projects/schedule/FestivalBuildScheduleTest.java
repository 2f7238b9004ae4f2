package dev.atlvs.projects.schedule;

import static dev.atlvs.projects.schedule.ScheduleFixtures.expected;
import static dev.atlvs.projects.schedule.ScheduleFixtures.id;
import static dev.atlvs.projects.schedule.ScheduleFixtures.june;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A festival build worked by hand: Monday to Friday, with Friday 19 June 2026 a public holiday, from
 * Monday 1 June. Working days are numbered from the start:
 *
 * <pre>
 * day   0  1  2  3  4  5  6  7  8  9 10 11 12 13 (19 off) 14 15 16
 * June  1  2  3  4  5  8  9 10 11 12 15 16 17 18          22 23 24
 * </pre>
 *
 * <pre>
 * task         days  links                           early        late         total/free float
 * survey          2                                  0-1          0-1          0/0 critical
 * permits         5  SS+1 after survey               1-5          11-15        10/10
 * fencing         4  FS after survey                 2-5          2-5          0/0 critical
 * scaffolding     3  FS after fencing                6-8          6-8          0/0 critical
 * stage build     5  SS+1 after scaffolding          7-11         7-11         0/0 critical
 * power           2  FS+2 after fencing              8-9          12-13        4/4
 * bars            2  FS after fencing                6-7          14-15        8/8
 * rigging         3  FS after stage build            12-14        12-14        0/0 critical (skips the 19th)
 * sound check     2  FF+1 after rigging, FS power    14-15        14-15        0/0 critical
 * show day        0  FS after sound check, permits,  16           16           0/0 critical
 *                    bars
 * </pre>
 *
 * Sound check: FS after power allows day 10, FF+1 after rigging (finish instant 15) needs a finish at
 * instant 16, so it starts on day 14. Power's late finish: sound check's late start, day 14, so it
 * works days 12-13 at the latest. Permits: the show (day 16) is its only successor, late days 11-15.
 */
class FestivalBuildScheduleTest {
    private static final UUID SURVEY = id("site survey");
    private static final UUID PERMITS = id("permits");
    private static final UUID FENCING = id("fencing");
    private static final UUID SCAFFOLDING = id("scaffolding");
    private static final UUID STAGE = id("stage build");
    private static final UUID POWER = id("power");
    private static final UUID BARS = id("bars");
    private static final UUID RIGGING = id("rigging");
    private static final UUID SOUND_CHECK = id("sound check");
    private static final UUID SHOW_DAY = id("show day");

    private static final WorkingCalendar WITH_HOLIDAY = WorkingCalendar.builder().nonWorkingDay(june(19)).build();

    private static final DependencyGraph BUILD = DependencyGraph.of(
            List.of(
                    ScheduleTask.of(SURVEY, 2),
                    ScheduleTask.of(PERMITS, 5),
                    ScheduleTask.of(FENCING, 4),
                    ScheduleTask.of(SCAFFOLDING, 3),
                    ScheduleTask.of(STAGE, 5),
                    ScheduleTask.of(POWER, 2),
                    ScheduleTask.of(BARS, 2),
                    ScheduleTask.of(RIGGING, 3),
                    ScheduleTask.of(SOUND_CHECK, 2),
                    ScheduleTask.milestone(SHOW_DAY)),
            List.of(
                    Link.of(SURVEY, PERMITS, DependencyType.SS, 1),
                    Link.finishToStart(SURVEY, FENCING),
                    Link.finishToStart(FENCING, SCAFFOLDING),
                    Link.of(SCAFFOLDING, STAGE, DependencyType.SS, 1),
                    Link.of(FENCING, POWER, DependencyType.FS, 2),
                    Link.finishToStart(FENCING, BARS),
                    Link.finishToStart(STAGE, RIGGING),
                    Link.of(RIGGING, SOUND_CHECK, DependencyType.FF, 1),
                    Link.finishToStart(POWER, SOUND_CHECK),
                    Link.finishToStart(SOUND_CHECK, SHOW_DAY),
                    Link.finishToStart(PERMITS, SHOW_DAY),
                    Link.finishToStart(BARS, SHOW_DAY)));

    @Test
    void everyTaskGetsItsHandWorkedDatesAndFloats() {
        Schedule schedule = Scheduler.on(WITH_HOLIDAY).schedule(BUILD, june(1));

        assertThat(schedule.tasks()).containsExactly(
                expected(SURVEY, 2, june(1), june(2), june(1), june(2), 0, 0, true),
                expected(PERMITS, 5, june(2), june(8), june(16), june(23), 10, 10, false),
                expected(FENCING, 4, june(3), june(8), june(3), june(8), 0, 0, true),
                expected(SCAFFOLDING, 3, june(9), june(11), june(9), june(11), 0, 0, true),
                expected(STAGE, 5, june(10), june(16), june(10), june(16), 0, 0, true),
                expected(POWER, 2, june(11), june(12), june(17), june(18), 4, 4, false),
                expected(BARS, 2, june(9), june(10), june(22), june(23), 8, 8, false),
                expected(RIGGING, 3, june(17), june(22), june(17), june(22), 0, 0, true),
                expected(SOUND_CHECK, 2, june(22), june(23), june(22), june(23), 0, 0, true),
                expected(SHOW_DAY, 0, june(24), june(24), june(24), june(24), 0, 0, true));
    }

    @Test
    void theProjectFinishesWithTheSoundCheckAndTheShowDayBeginsAtThatInstant() {
        Schedule schedule = Scheduler.on(WITH_HOLIDAY).schedule(BUILD, june(1));

        assertThat(schedule.projectFinish()).isEqualTo(june(23));
        assertThat(schedule.task(SHOW_DAY).earlyStart()).isEqualTo(june(24));
    }

    @Test
    void theCriticalPathRunsFromTheSurveyThroughTheStageToTheShow() {
        Schedule schedule = Scheduler.on(WITH_HOLIDAY).schedule(BUILD, june(1));

        List<UUID> chain = List.of(SURVEY, FENCING, SCAFFOLDING, STAGE, RIGGING, SOUND_CHECK, SHOW_DAY);
        assertThat(schedule.criticalPath()).isEqualTo(chain);
        assertThat(schedule.criticalChains()).containsExactly(chain);
    }

    @Test
    void theHolidayPushesTheShowDayBackOneWorkingDay() {
        // Without the holiday rigging ends Fri 19; the sound check must end one working day later, Mon 22,
        // so it runs Fri 19 - Mon 22, the project finishes at the end of Mon 22 and the show is Tue 23.
        Schedule schedule = Scheduler.on(WorkingCalendar.mondayToFriday()).schedule(BUILD, june(1));

        assertThat(schedule.task(RIGGING).earlyFinish()).isEqualTo(june(19));
        assertThat(schedule.task(SOUND_CHECK).earlyStart()).isEqualTo(june(19));
        assertThat(schedule.projectFinish()).isEqualTo(june(22));
        assertThat(schedule.task(SHOW_DAY).earlyStart()).isEqualTo(june(23));
    }
}
