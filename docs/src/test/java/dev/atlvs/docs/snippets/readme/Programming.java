package dev.atlvs.docs.snippets.readme;

// tag::readme-programming[]
import dev.atlvs.programming.callsheet.CallSheetExports;
import dev.atlvs.programming.callsheet.CallSheetGenerator;
import dev.atlvs.programming.callsheet.CallSheetService;
import dev.atlvs.programming.callsheet.CallType;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventService;
import dev.atlvs.programming.event.EventStatus;
import dev.atlvs.programming.export.ICalendarExport;
import dev.atlvs.programming.lineup.Lineup;
import dev.atlvs.programming.lineup.LineupService;
import dev.atlvs.programming.space.Space;
import dev.atlvs.programming.space.SpaceKind;
import dev.atlvs.programming.space.SpaceService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Function;

// end::readme-programming[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.user.User;
import dev.atlvs.people.person.Person;
import dev.atlvs.projects.project.Project;
import java.util.UUID;

/** The README's show day: a stage booked by its event, a delay cascaded, a crew call sheet and one call as iCalendar. */
public final class Programming {
    private Programming() {
    }

    /** Sam's call on Saturday, as iCalendar; {@code sam} is booked on {@code festival} that day. */
    public static String showDay(Atlvs atlvs, UUID org, User maya, Project festival, Person sam) {
        // tag::readme-programming[]
        LocalDate day = LocalDate.of(2026, 7, 4);
        Function<String, Instant> at = time -> LocalTime.parse(time).atDate(day).atZone(ZoneId.of("Europe/Oslo")).toInstant();
        String ics = atlvs.inTenant(org, maya.id(), tx -> {
            Space main = new SpaceService(tx).create(Space.builder().organizationId(org).name("Main Stage").kind(SpaceKind.STAGE)
                    .capacity(12_000).curfew(LocalTime.of(23, 0)).turnoverMinutes(30).build());
            Event saturday = new EventService(tx).create(Event.builder().organizationId(org).projectId(festival.id())
                    .title("Main Stage - Saturday").spaceId(main.id()).timezone("Europe/Oslo").status(EventStatus.SCHEDULED)
                    .setupStart(at.apply("09:00")).startAt(at.apply("13:00")).endAt(at.apply("23:00")).teardownEnd(at.apply("23:59"))
                    .build());                                                      // books the stage
            LineupService lineup = new LineupService(tx);
            Lineup firstSet = lineup.add(Lineup.builder().organizationId(org).eventId(saturday.id()).spaceId(main.id())
                    .performerName("Fjord Echoes").setStart(at.apply("14:00")).setEnd(at.apply("14:45")).changeoverMinutes(30).build());
            Lineup secondSet = lineup.add(Lineup.builder().organizationId(org).eventId(saturday.id()).spaceId(main.id())
                    .performerName("Polar Static").setStart(at.apply("15:15")).setEnd(at.apply("16:05")).changeoverMinutes(30).build());
            lineup.apply(lineup.planDelay(secondSet.id(), Duration.ofMinutes(20)));   // cascaded, within the curfew

            CallSheetGenerator.Generated crew = new CallSheetGenerator(tx).generate(saturday.id(), day, CallType.CREW, LocalTime.of(9, 0));
            CallSheetService sheets = new CallSheetService(tx);
            sheets.publish(crew.sheet().id());
            sheets.distribute(crew.sheet().id());                                   // later redistributions notify only changed calls
            return new ICalendarExport().calendar(new CallSheetExports(tx).callOf(crew.sheet().id(), sam.id()));
        });
        // end::readme-programming[]
        return ics;
    }
}
