package dev.atlvs.programming.testing;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.programming.event.EventService;
import dev.atlvs.programming.event.EventStatus;
import dev.atlvs.programming.space.AccessLevel;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceKind;
import dev.atlvs.programming.space.SpaceService;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic programme data: stages with curfews and turnover, events, and a three-day festival
 * ({@link #festival(FixtureOrganization)}) that the fixtures of lineups, riders, call sheets and travel build on.
 */
public final class ProgrammingFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private ProgrammingFixtures() {}

    /** A name made unique with a counter, for samples that several tests write into one organization. */
    public static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet();
    }

    /** The instant of {@code time} on {@code date} in the festival's time zone. */
    public static Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, Festival.ZONE).toInstant();
    }

    /** A stored stage called {@code name} holding {@code capacity} people, with a curfew and a turnover in minutes. */
    public static Space stage(FixtureOrganization org, String name, int capacity, LocalTime curfew, int turnoverMinutes) {
        return org.asOwner(tx -> new SpaceService(tx).create(Space.builder().organizationId(org.id()).name(name)
                .kind(SpaceKind.STAGE).capacity(capacity).curfew(curfew).turnoverMinutes(turnoverMinutes)
                .accessLevel(AccessLevel.PUBLIC).addAmenities("Covered FOH", "Barricade")
                .equipment("{\"pa\": \"L-Acoustics K2\", \"desk\": \"DiGiCo SD7\"}").build()));
    }

    /** A stored room of {@code kind} called {@code name}. */
    public static Space room(FixtureOrganization org, String name, SpaceKind kind, AccessLevel access) {
        return org.asOwner(tx -> new SpaceService(tx).create(Space.builder().organizationId(org.id()).name(name).kind(kind)
                .capacity(40).accessLevel(access).build()));
    }

    /** A stored project for a festival from 8 to 14 July 2026 (build, show days, derig). */
    public static Project festivalProject(FixtureOrganization org) {
        Project project = ProjectFixtures.projectBuilder(org, "Riverside Sound Festival 2026")
                .startDate(LocalDate.of(2026, 7, 8)).endDate(LocalDate.of(2026, 7, 14)).build();
        return org.asOwner(tx -> new dev.atlvs.projects.project.ProjectService(tx).create(project));
    }

    /** A builder of an event of {@code project} in the festival's time zone, not stored. */
    public static dev.atlvs.programming.event.ImmutableEvent.Builder eventBuilder(FixtureOrganization org, Project project,
            String title, EventKind kind, Instant start, Instant end) {
        return Event.builder().organizationId(org.id()).projectId(project.id()).title(title).eventType(kind)
                .startAt(start).endAt(end).timezone(Festival.ZONE.getId());
    }

    /** A stored scheduled event. */
    public static Event event(FixtureOrganization org, Event event) {
        return org.asOwner(tx -> new EventService(tx).create(event));
    }

    /**
     * A stored three-day festival (10 to 12 July 2026, Europe/London): the festival event, three days from 10:00 to 02:00,
     * a main stage (curfew 23:00, 30 minutes of turnover) and a tent (curfew 00:30, 15 minutes of turnover), and per day
     * one scheduled event per stage from 12:00 (setup from 09:00) to its curfew (teardown one hour later).
     */
    public static Festival festival(FixtureOrganization org) {
        Project project = festivalProject(org);
        Space main = stage(org, unique("Main Stage"), 12_000, LocalTime.of(23, 0), 30);
        Space tent = stage(org, unique("Riverside Tent"), 2_500, LocalTime.of(0, 30), 15);
        LocalDate first = Festival.FIRST_DAY;
        Event festival = event(org, eventBuilder(org, project, "Riverside Sound Festival", EventKind.FESTIVAL,
                at(first, LocalTime.of(10, 0)), at(first.plusDays(3), LocalTime.of(2, 0)))
                .status(EventStatus.SCHEDULED).expectedAttendance(30_000).build());
        List<Event> days = new ArrayList<>();
        List<Event> mainDays = new ArrayList<>();
        List<Event> tentDays = new ArrayList<>();
        String[] names = {"Friday", "Saturday", "Sunday"};
        for (int d = 0; d < 3; d++) {
            LocalDate date = first.plusDays(d);
            Event day = event(org, eventBuilder(org, project, "Riverside Sound - " + names[d], EventKind.FESTIVAL,
                    at(date, LocalTime.of(10, 0)), at(date.plusDays(1), LocalTime.of(2, 0)))
                    .parentEventId(festival.id()).status(EventStatus.SCHEDULED).build());
            days.add(day);
            mainDays.add(event(org, eventBuilder(org, project, "Main Stage - " + names[d], EventKind.PERFORMANCE,
                    at(date, LocalTime.of(12, 0)), at(date, LocalTime.of(23, 0)))
                    .parentEventId(day.id()).spaceId(main.id()).setupStart(at(date, LocalTime.of(10, 0)))
                    .teardownEnd(at(date.plusDays(1), LocalTime.of(0, 0))).curfewAt(at(date, LocalTime.of(23, 0)))
                    .capacity(12_000).status(EventStatus.SCHEDULED).build()));
            tentDays.add(event(org, eventBuilder(org, project, "Riverside Tent - " + names[d], EventKind.PERFORMANCE,
                    at(date, LocalTime.of(13, 0)), at(date.plusDays(1), LocalTime.of(0, 30)))
                    .parentEventId(day.id()).spaceId(tent.id()).setupStart(at(date, LocalTime.of(10, 0)))
                    .teardownEnd(at(date.plusDays(1), LocalTime.of(1, 30))).curfewAt(at(date.plusDays(1), LocalTime.of(0, 30)))
                    .capacity(2_500).status(EventStatus.SCHEDULED).build()));
        }
        return new Festival(project, main, tent, festival, days, mainDays, tentDays);
    }

    /**
     * A stored three-day festival with its show, in one line: {@link #festival} with Friday's crew call sheet
     * (distributed, crew booked on the project), the main stage's running order with a contracted headliner and the tent's
     * lineup, the headliner's technical and hospitality riders, and the touring party's flights from Los Angeles.
     */
    public static FestivalProduction threeDayFestival(FixtureOrganization org) {
        CallSheetFixtures.FridayCrewCall crewCall = CallSheetFixtures.fridayCrewCall(org);
        Festival festival = crewCall.festival();
        return new FestivalProduction(festival, LineupFixtures.mainStageFriday(org, festival), LineupFixtures.tentFriday(org, festival),
                RiderFixtures.headliner(org, festival), crewCall, TravelFixtures.touringParty(org, festival));
    }

    /** The festival's main stage event of day {@code day} (0 = Friday). */
    public static Event mainStageDay(Festival festival, int day) {
        return festival.mainStageDays().get(day);
    }
}
