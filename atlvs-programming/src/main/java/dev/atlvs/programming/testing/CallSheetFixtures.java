package dev.atlvs.programming.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.programming.callsheet.CallSheet;
import dev.atlvs.programming.callsheet.CallSheetEntry;
import dev.atlvs.programming.callsheet.CallSheetService;
import dev.atlvs.programming.callsheet.CallType;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.resource.ResourceType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic call sheets: people booked on a project, and the Friday crew call of the festival of
 * {@link ProgrammingFixtures#festival} ({@link #fridayCrewCall}), distributed.
 */
public final class CallSheetFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private CallSheetFixtures() {}

    /**
     * A crew member on a call sheet.
     *
     * @param person  the person
     * @param login   the member who logs in as the person
     * @param booking their confirmed booking on the project
     * @param call    their call on the sheet
     */
    public record CrewMember(Person person, User login, ProjectResource booking, CallSheetEntry call) {}

    /**
     * The distributed Friday crew call of the festival's main stage.
     *
     * @param festival     the festival
     * @param sheet        the call sheet, distributed (revision 1)
     * @param riggers      two riggers booked for the whole festival, called 08:00 to 00:30
     * @param audio        the audio engineer booked for Friday, called 09:00 to 23:30
     * @param stageManager the stage manager booked for Friday, called 08:30 to 00:30
     */
    public record FridayCrewCall(Festival festival, CallSheet sheet, List<CrewMember> riggers, CrewMember audio,
                                 CrewMember stageManager) {

        public FridayCrewCall {
            riggers = List.copyOf(riggers);
        }

        /** Everyone called, riggers first. */
        public List<CrewMember> crew() {
            return java.util.stream.Stream.concat(riggers.stream(), java.util.stream.Stream.of(audio, stageManager)).toList();
        }
    }

    /** A stored active crew member with a login (a contributor of the organization). */
    public static Person crewMember(FixtureOrganization org, User login, String firstName, String lastName, String title) {
        requireNonNull(org, "org is null");
        long n = SEQUENCE.incrementAndGet();
        return org.asOwner(tx -> new PersonService(tx).add(Person.builder().organizationId(org.id()).userId(login.id())
                .firstName(firstName).lastName(lastName).title(title).timezone("Europe/London")
                .email((firstName + "." + lastName + ".call" + n + "@crew.example").toLowerCase(Locale.ROOT)).build()));
    }

    /** A stored confirmed booking of {@code person} on {@code project} as {@code role} from {@code from} to {@code to}. */
    public static ProjectResource booking(FixtureOrganization org, Project project, Person person, String role, Instant from,
            Instant to) {
        return org.asOwner(tx -> tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder()
                .organizationId(org.id()).projectId(project.id()).resourceType(ResourceType.PERSON).resourceId(person.id())
                .name(role).startAt(from).endAt(to).status(ResourceStatus.CONFIRMED).build()));
    }

    /** A stored call of {@code person} on {@code sheet} as {@code role}. */
    public static CallSheetEntry call(FixtureOrganization org, CallSheet sheet, Person person, String role, String department,
            Instant callAt, Instant wrapAt) {
        return org.asOwner(tx -> new CallSheetService(tx).call(CallSheetEntry.builder().organizationId(org.id())
                .callSheetId(sheet.id()).personId(person.id()).role(role).department(department).callAt(callAt).wrapAt(wrapAt)
                .build()));
    }

    /** A builder of the main stage's Friday crew call sheet of {@code festival}, not stored. */
    public static dev.atlvs.programming.callsheet.ImmutableCallSheet.Builder fridaySheet(FixtureOrganization org, Festival festival) {
        return CallSheet.builder().organizationId(org.id()).projectId(festival.project().id())
                .eventId(ProgrammingFixtures.mainStageDay(festival, 0).id()).title("Main Stage - Friday crew call")
                .callType(CallType.CREW).eventDate(Festival.FIRST_DAY).callTime(LocalTime.of(8, 0))
                .locationNote("Production office, backstage gate B")
                .safetyNotes("Hard hats and hi-vis in the pit until the PA is flown. Working at height: harness checks at 08:15.")
                .parkingInfo("Crew car park C, passes on the dashboard.").cateringInfo("Crew catering 12:30-14:00 and 18:00-19:30.")
                .contactInfo("{\"production_manager\": {\"name\": \"Sam Reid\", \"phone\": \"+447700900001\"}}")
                .weatherInfo("{\"forecast\": \"Dry, 24C, wind 15 km/h\"}")
                .equipmentList("[\"Hard hat\", \"Hi-vis\", \"Steel toe boots\", \"Gloves\"]");
    }

    /**
     * A stored festival ({@link ProgrammingFixtures#festival}) with its Friday main stage crew call distributed: two
     * riggers, an audio engineer and a stage manager, each a member with a login and a confirmed booking on the project.
     */
    public static FridayCrewCall fridayCrewCall(FixtureOrganization org) {
        Festival festival = ProgrammingFixtures.festival(org);
        Project project = festival.project();
        LocalDate friday = Festival.FIRST_DAY;
        CallSheet sheet = org.asOwner(tx -> new CallSheetService(tx).create(fridaySheet(org, festival).build()));
        Instant festivalStart = ProgrammingFixtures.at(friday.minusDays(2), LocalTime.of(7, 0));
        Instant festivalEnd = ProgrammingFixtures.at(friday.plusDays(4), LocalTime.of(20, 0));
        CrewMember ana = member(org, project, sheet, "Ana", "Souza", "Rigger", "Rigging", festivalStart, festivalEnd,
                at(friday, 8, 0), at(friday.plusDays(1), 0, 30));
        CrewMember ben = member(org, project, sheet, "Ben", "Okafor", "Rigger", "Rigging", festivalStart, festivalEnd,
                at(friday, 8, 0), at(friday.plusDays(1), 0, 30));
        CrewMember chloe = member(org, project, sheet, "Chloe", "Martin", "Audio engineer", "Audio", at(friday, 9, 0),
                at(friday.plusDays(1), 1, 0), at(friday, 9, 0), at(friday, 23, 30));
        CrewMember dev = member(org, project, sheet, "Dev", "Patel", "Stage manager", "Stage management", at(friday, 8, 0),
                at(friday.plusDays(1), 1, 0), at(friday, 8, 30), at(friday.plusDays(1), 0, 30));
        CallSheet distributed = org.asOwner(tx -> {
            CallSheetService sheets = new CallSheetService(tx);
            sheets.publish(sheet.id());
            return sheets.distribute(sheet.id()).sheet();
        });
        return new FridayCrewCall(festival, distributed, List.of(ana, ben), chloe, dev);
    }

    private static CrewMember member(FixtureOrganization org, Project project, CallSheet sheet, String first, String last,
            String role, String department, Instant bookedFrom, Instant bookedTo, Instant callAt, Instant wrapAt) {
        User login = org.addMember(MemberRole.CONTRIBUTOR);
        Person person = crewMember(org, login, first, last, role);
        ProjectResource booking = booking(org, project, person, role, bookedFrom, bookedTo);
        return new CrewMember(person, login, booking, call(org, sheet, person, role, department, callAt, wrapAt));
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return ProgrammingFixtures.at(date, LocalTime.of(hour, minute));
    }
}
