package dev.atlvs.pipeline.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.role.CrewRole;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.pipeline.workforce.manning.ImmutableManningSlot;
import dev.atlvs.pipeline.workforce.manning.ManningAssignment;
import dev.atlvs.pipeline.workforce.manning.ManningService;
import dev.atlvs.pipeline.workforce.manning.ManningSlot;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Crew plans: manning slots on a project's days with their shifts, assignments of people of the directory, and
 * {@link #staffedFestivalBuild} (a festival's build days with riggers, stagehands, electricians and runners, partly
 * filled, some confirmed).
 *
 * <pre>{@code
 * StaffedFestivalBuild build = ManningFixtures.staffedFestivalBuild(org);
 * CrewPlan plan = org.asOwner(tx -> new ManningService(tx).crewPlan(build.project().id()));
 * }</pre>
 */
public final class ManningFixtures {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** The start of a day shift (UTC). */
    public static final LocalTime SHIFT_START = LocalTime.of(7, 0);

    /** The end of a day shift (UTC). */
    public static final LocalTime SHIFT_END = LocalTime.of(19, 0);

    /** The first build day of {@link #staffedFestivalBuild}. */
    public static final LocalDate BUILD_FIRST_DAY = LocalDate.of(2026, 7, 6);

    /** The last build day of {@link #staffedFestivalBuild}. */
    public static final LocalDate BUILD_LAST_DAY = LocalDate.of(2026, 7, 10);

    private ManningFixtures() {}

    /**
     * A builder of a slot of {@code project} for {@code required} people in {@code role} on {@code day}, 07:00 to 19:00 UTC,
     * at {@code dayRate} EUR; not stored.
     */
    public static ImmutableManningSlot.Builder slotBuilder(FixtureOrganization org, Project project, String role, LocalDate day,
            int required, String dayRate) {
        requireNonNull(org, "org is null");
        return ManningSlot.builder().organizationId(org.id()).projectId(project.id()).roleName(role).department("Production")
                .neededOn(day).startsAt(day.atTime(SHIFT_START).toInstant(ZoneOffset.UTC))
                .endsAt(day.atTime(SHIFT_END).toInstant(ZoneOffset.UTC)).requiredCount(required)
                .dayRate(new BigDecimal(dayRate)).currency("EUR");
    }

    /** A stored slot; see {@link #slotBuilder}. */
    public static ManningSlot slot(FixtureOrganization org, Project project, String role, LocalDate day, int required, String dayRate) {
        ManningSlot slot = slotBuilder(org, project, role, day, required, dayRate).build();
        return org.asOwner(tx -> new ManningService(tx).plan(slot));
    }

    /** A stored slot of a new project, for three riggers on 8 September 2026 at EUR 320 a day. */
    public static ManningSlot slot(FixtureOrganization org) {
        return slot(org, ProjectFixtures.project(org, "Harbour Stage Build"), "Rigger", LocalDate.of(2026, 9, 8), 3, "320.0000");
    }

    /** A new active crew member of the directory. */
    public static Person crewMember(FixtureOrganization org, String firstName, String lastName, String title) {
        return PeopleFixtures.person(org, firstName, lastName, title);
    }

    /** {@code person} assigned to {@code slot} at the slot's rate (held tentatively). */
    public static ManningAssignment assign(FixtureOrganization org, ManningSlot slot, Person person) {
        return org.asOwner(tx -> new ManningService(tx).assign(slot.id(), person.id()));
    }

    /** {@code person} assigned to {@code slot} and confirmed (committed). */
    public static ManningAssignment confirmed(FixtureOrganization org, ManningSlot slot, Person person) {
        ManningAssignment assigned = assign(org, slot, person);
        return org.asOwner(tx -> new ManningService(tx).confirm(assigned.id()));
    }

    /**
     * The build of the Northern Lights Festival ({@link ProjectFixtures#festivalBuild}) staffed for its build days,
     * 6 to 10 July 2026, 07:00 to 19:00 UTC each day, in EUR:
     *
     * <ul>
     *   <li>Rigger: 6 a day at 320; Ana, Ben, Caro and Dev every day (4 of 6), Ana and Ben confirmed;</li>
     *   <li>Stagehand: 8 a day at 220; Eli and Fay every day (2 of 8), confirmed on the first day;</li>
     *   <li>Electrician: 2 a day at 300; Gus every day (1 of 2), confirmed;</li>
     *   <li>Runner: 3 a day at 150; Hana on the first two days (1 of 3), assigned.</li>
     * </ul>
     *
     * <p>So 95 places, 37 filled (38.95%); planned cost EUR 23,650.00, committed EUR 10,400.00. Each role is a crew role of
     * the directory (names numbered to stay unique in the organization; the slots show the plain names).
     */
    public static StaffedFestivalBuild staffedFestivalBuild(FixtureOrganization org) {
        requireNonNull(org, "org is null");
        Project project = ProjectFixtures.festivalBuild(org).project();
        long n = SEQUENCE.incrementAndGet();
        Map<String, CrewRole> roles = new LinkedHashMap<>();
        Object[][] plan = {{"Rigger", 6, "320.0000"}, {"Stagehand", 8, "220.0000"}, {"Electrician", 2, "300.0000"},
                {"Runner", 3, "150.0000"}};
        Map<String, List<ManningSlot>> slots = new LinkedHashMap<>();
        for (Object[] row : plan) {
            String role = (String) row[0];
            CrewRole crewRole = PeopleFixtures.role(org, role + " " + n, (String) row[2]);
            roles.put(role, crewRole);
            ManningSlot firstDay = slotBuilder(org, project, role, BUILD_FIRST_DAY, (Integer) row[1], (String) row[2])
                    .crewRoleId(crewRole.id()).build();
            slots.put(role, org.asOwner(tx -> new ManningService(tx).planEachDay(firstDay, BUILD_LAST_DAY)));
        }
        Map<String, Person> people = new LinkedHashMap<>();
        people.put("Ana", crewMember(org, "Ana", "Souza", "Head Rigger"));
        people.put("Ben", crewMember(org, "Ben", "Okafor", "Rigger"));
        people.put("Caro", crewMember(org, "Caro", "Lindqvist", "Rigger"));
        people.put("Dev", crewMember(org, "Dev", "Patel", "Rigger"));
        people.put("Eli", crewMember(org, "Eli", "Moreau", "Stagehand"));
        people.put("Fay", crewMember(org, "Fay", "Nakamura", "Stagehand"));
        people.put("Gus", crewMember(org, "Gus", "Olsen", "Electrician"));
        people.put("Hana", crewMember(org, "Hana", "Kowalski", "Runner"));
        List<ManningAssignment> assignments = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            ManningSlot riggers = slots.get("Rigger").get(day);
            assignments.add(confirmed(org, riggers, people.get("Ana")));
            assignments.add(confirmed(org, riggers, people.get("Ben")));
            assignments.add(assign(org, riggers, people.get("Caro")));
            assignments.add(assign(org, riggers, people.get("Dev")));
            ManningSlot stagehands = slots.get("Stagehand").get(day);
            for (String name : List.of("Eli", "Fay")) {
                assignments.add(day == 0 ? confirmed(org, stagehands, people.get(name)) : assign(org, stagehands, people.get(name)));
            }
            assignments.add(confirmed(org, slots.get("Electrician").get(day), people.get("Gus")));
            if (day < 2) {
                assignments.add(assign(org, slots.get("Runner").get(day), people.get("Hana")));
            }
        }
        List<ManningSlot> stored = org.asOwner(tx -> new ManningService(tx).slots(project.id()));
        return new StaffedFestivalBuild(project, roles, people, stored, assignments);
    }

    /**
     * What {@link #staffedFestivalBuild} writes.
     *
     * @param project     the festival project
     * @param roles       the crew roles by plain name (Rigger, Stagehand, Electrician, Runner)
     * @param people      the crew by first name
     * @param slots       the slots as stored after the assignments, by day and role
     * @param assignments the assignments as written
     */
    public record StaffedFestivalBuild(Project project, Map<String, CrewRole> roles, Map<String, Person> people,
            List<ManningSlot> slots, List<ManningAssignment> assignments) {

        /** The slot of {@code role} on {@code day}. */
        public ManningSlot slot(String role, LocalDate day) {
            return slots.stream().filter(s -> s.roleName().equals(role) && s.neededOn().equals(day)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no " + role + " slot on " + day));
        }

        /** The person called {@code firstName}. */
        public Person person(String firstName) {
            Person person = people.get(firstName);
            if (person == null) {
                throw new NoSuchElementException("no crew member called " + firstName);
            }
            return person;
        }
    }
}
