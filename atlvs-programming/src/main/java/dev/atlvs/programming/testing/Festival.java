package dev.atlvs.programming.testing;

import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.space.Space;
import dev.atlvs.projects.project.Project;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A three-day festival as {@link ProgrammingFixtures#festival} stores it: its project, two stages with curfews, the
 * festival event, its three days and, per day, one event per stage (the stage's day, in which the sets are placed).
 *
 * @param project        the festival's project
 * @param mainStage      the main stage: curfew 23:00, 30 minutes of turnover, 12,000 people
 * @param riversideTent  the second stage: curfew 00:30 (after midnight), 15 minutes of turnover, 2,500 people
 * @param festival       the festival event, parent of the days
 * @param days           the three days (Friday to Sunday), children of the festival
 * @param mainStageDays  per day, the main stage's event (a child of the day, in the main stage)
 * @param tentDays       per day, the tent's event (a child of the day, in the tent)
 */
public record Festival(Project project, Space mainStage, Space riversideTent, Event festival, List<Event> days,
                       List<Event> mainStageDays, List<Event> tentDays) {

    /** The festival's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** The first day, a Friday. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 7, 10);

    public Festival {
        days = List.copyOf(days);
        mainStageDays = List.copyOf(mainStageDays);
        tentDays = List.copyOf(tentDays);
    }
}
