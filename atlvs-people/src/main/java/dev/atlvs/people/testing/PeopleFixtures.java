package dev.atlvs.people.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.competency.CompetencyRepository;
import dev.atlvs.people.person.EmploymentType;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.role.CrewRole;
import dev.atlvs.people.role.CrewRoleRepository;
import dev.atlvs.people.role.RoleCompetency;
import dev.atlvs.people.role.RoleCompetencyRepository;
import dev.atlvs.people.role.RoleLevel;
import dev.atlvs.people.endorsement.Endorsement;
import dev.atlvs.people.endorsement.EndorsementService;
import dev.atlvs.people.endorsement.EndorsementView;
import dev.atlvs.people.network.NetworkService;
import dev.atlvs.people.network.Relationship;
import dev.atlvs.people.network.RelationshipType;
import dev.atlvs.people.shortlist.Shortlist;
import dev.atlvs.people.shortlist.ShortlistMember;
import dev.atlvs.people.shortlist.ShortlistMemberStatus;
import dev.atlvs.people.shortlist.ShortlistService;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.projects.team.ProjectMember;
import dev.atlvs.projects.team.ProjectMemberRepository;
import dev.atlvs.projects.team.ProjectRole;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic people data, written through the SDK's repositories and services as the organization's owner. E-mail
 * addresses carry a counter, so they never collide.
 *
 * <pre>{@code
 * OrganizationFixture acme = fixtures.organization("Acme Live");
 * Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
 * CrewRole rigger = PeopleFixtures.role(acme, "Rigger", "450.0000");
 * Competency rigging = PeopleFixtures.competency(acme, "Rigging", true);
 * }</pre>
 */
public final class PeopleFixtures {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private PeopleFixtures() {}

    // --- directory ---

    /** An active freelance crew member with an e-mail address, a UK phone number and a day rate in GBP. */
    public static Person person(FixtureOrganization org, String firstName, String lastName, String title) {
        requireNonNull(org, "org is null");
        long n = SEQUENCE.incrementAndGet();
        String email = (firstName + "." + lastName + "." + n + "@crew.example").toLowerCase(Locale.ROOT).replace(' ', '-');
        return org.asOwner(tx -> new PersonService(tx).add(Person.builder().organizationId(org.id())
                .firstName(firstName).lastName(lastName).email(email).phone("+4477009" + String.format(Locale.ROOT, "%05d", n % 100_000))
                .title(title).employmentType(EmploymentType.FREELANCE).city("London").country("GB").timezone("Europe/London")
                .dayRate(new BigDecimal("400.0000")).currency("GBP").build()));
    }

    /** A crew role with a default day rate in GBP; role names are unique in an organization. */
    public static CrewRole role(FixtureOrganization org, String name, String dayRate) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> tx.repository(CrewRoleRepository.class).insert(CrewRole.builder().organizationId(org.id())
                .name(name).department("Production").level(RoleLevel.SENIOR)
                .defaultDayRate(new BigDecimal(dayRate)).currency("GBP").build()));
    }

    /** A competency of the skills taxonomy (names unique in an organization); one that requires certification lasts 36 months. */
    public static Competency competency(FixtureOrganization org, String name, boolean requiresCertification) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> {
            dev.atlvs.people.competency.ImmutableCompetency.Builder builder = Competency.builder().organizationId(org.id()).name(name).category("Technical")
                    .requiresCertification(requiresCertification);
            if (requiresCertification) {
                builder.certificationValidityMonths(36);
            }
            return tx.repository(CompetencyRepository.class).insert(builder.build());
        });
    }

    /** Requires {@code competency} of {@code role} at {@code minLevel}. */
    public static RoleCompetency requirement(FixtureOrganization org, CrewRole role, Competency competency, CompetencyLevel minLevel,
            boolean certificationRequired) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> tx.repository(RoleCompetencyRepository.class).insert(RoleCompetency.builder().organizationId(org.id())
                .roleId(role.id()).competencyId(competency.id()).minLevel(minLevel).certificationRequired(certificationRequired).build()));
    }

    // --- endorsements, shortlists and network ---

    /** A stored endorsement of {@code endorsed} by {@code endorser}, a person of the directory, for {@code competency}. */
    public static EndorsementView endorsement(FixtureOrganization org, Person endorsed, Person endorser, Competency competency, int rating,
            String message) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new EndorsementService(tx).endorse(Endorsement.builder().organizationId(org.id())
                .personId(endorsed.id()).endorserId(endorser.id()).competencyId(competency.id()).rating(rating).message(message).build()));
    }

    /** A stored endorsement of {@code endorsed} by an external referee, for {@code competency}. */
    public static EndorsementView refereeEndorsement(FixtureOrganization org, Person endorsed, String name, String company,
            Competency competency, int rating) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new EndorsementService(tx).endorse(Endorsement.builder().organizationId(org.id())
                .personId(endorsed.id()).endorserName(name).endorserCompany(company).competencyId(competency.id()).rating(rating)
                .message("Worked with them on several arena shows; would hire again").build()));
    }

    /** A stored completed project with {@code crew} on its team (the owner manages it), such as a festival they all worked. */
    public static Project completedProject(FixtureOrganization org, String name, Person... crew) {
        requireNonNull(org, "org is null");
        Project project = ProjectFixtures.project(org, name);
        ProjectFixtures.manager(org, project);
        org.asOwner(tx -> {
            for (Person person : crew) {
                tx.repository(ProjectMemberRepository.class).insert(ProjectMember.builder().organizationId(org.id())
                        .projectId(project.id()).personId(person.id()).role(ProjectRole.MEMBER)
                        .function(person.title().orElse("Crew")).build());
            }
            ProjectService projects = new ProjectService(tx);
            projects.changeStatus(project.id(), ProjectStatus.ACTIVE);
            return projects.changeStatus(project.id(), ProjectStatus.COMPLETED);
        });
        return org.asOwner(tx -> new ProjectService(tx).get(project.id()));
    }

    /**
     * Crew who worked the same completed festival and endorse each other, and one endorsement that is not verified.
     *
     * @param festival   the completed festival project
     * @param ana        a head rigger on the festival team
     * @param ben        a rigger on the festival team
     * @param cleo       a lighting technician not on the festival team
     * @param rigging    the competency endorsed
     * @param verified   Ben's endorsement of Ana (both worked the festival: verified)
     * @param unverified Cleo's endorsement of Ana (never on a team with her: not verified)
     * @param referee    an external referee's endorsement of Ana (never verified)
     */
    public record FestivalEndorsements(Project festival, Person ana, Person ben, Person cleo, Competency rigging, EndorsementView verified,
            EndorsementView unverified, EndorsementView referee) {}

    /** {@link FestivalEndorsements}: the Harbour Festival crew endorsing each other's rigging. */
    public static FestivalEndorsements festivalEndorsements(FixtureOrganization org) {
        Person ana = person(org, "Ana", "Souza", "Head Rigger");
        Person ben = person(org, "Ben", "Okafor", "Rigger");
        Person cleo = person(org, "Cleo", "Martin", "Lighting Technician");
        Competency rigging = competency(org, "Rigging " + SEQUENCE.incrementAndGet(), true);
        Project festival = completedProject(org, "Harbour Festival 2026", ana, ben);
        return new FestivalEndorsements(festival, ana, ben, cleo, rigging,
                endorsement(org, ana, ben, rigging, 5, "Ran the main stage rig on the Harbour Festival without a single hold"),
                endorsement(org, ana, cleo, rigging, 4, "Heard great things about her rigging plans"),
                refereeEndorsement(org, ana, "Maya Brandt", "Northlight Touring", rigging, 4));
    }

    /** A stored active shortlist for {@code role}, aiming to select {@code target} people. */
    public static Shortlist shortlist(FixtureOrganization org, String name, CrewRole role, int target) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new ShortlistService(tx).create(Shortlist.builder().organizationId(org.id()).name(name)
                .description("Candidates for the " + role.name() + " seat").roleId(role.id()).targetCount(target)
                .neededBy(LocalDate.of(2026, 6, 1)).build()));
    }

    /** {@code person}, added to {@code shortlist} as a candidate and moved on to {@code stage} through the funnel. */
    public static ShortlistMember candidate(FixtureOrganization org, Shortlist shortlist, Person person, ShortlistMemberStatus stage) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> {
            ShortlistService shortlists = new ShortlistService(tx);
            ShortlistMember member = shortlists.addCandidate(shortlist.id(), person.id(), Optional.empty(), Optional.empty());
            for (ShortlistMemberStatus next : pathTo(stage)) {
                member = shortlists.move(member.id(), next);
            }
            return member;
        });
    }

    private static List<ShortlistMemberStatus> pathTo(ShortlistMemberStatus stage) {
        return switch (stage) {
            case CANDIDATE -> List.of();
            case CONTACTED -> List.of(ShortlistMemberStatus.CONTACTED);
            case INTERVIEWED -> List.of(ShortlistMemberStatus.CONTACTED, ShortlistMemberStatus.INTERVIEWED);
            case OFFERED -> List.of(ShortlistMemberStatus.CONTACTED, ShortlistMemberStatus.INTERVIEWED, ShortlistMemberStatus.OFFERED);
            case SELECTED -> List.of(ShortlistMemberStatus.CONTACTED, ShortlistMemberStatus.INTERVIEWED, ShortlistMemberStatus.OFFERED,
                    ShortlistMemberStatus.SELECTED);
            case REJECTED -> List.of(ShortlistMemberStatus.REJECTED);
            case DECLINED -> List.of(ShortlistMemberStatus.CONTACTED, ShortlistMemberStatus.DECLINED);
        };
    }

    /**
     * The lighting-designer shortlist of a Q3 arena tour: target 2, five candidates spread over the funnel.
     *
     * @param role       the Lighting Designer role
     * @param shortlist  "LD candidates - Q3 tour", target 2
     * @param selected   Isla, selected
     * @param offered    Jonas, offered
     * @param interviewed Kemi, interviewed
     * @param contacted  Luca, contacted
     * @param rejected   Mira, rejected
     */
    public record LightingShortlist(CrewRole role, Shortlist shortlist, ShortlistMember selected, ShortlistMember offered,
            ShortlistMember interviewed, ShortlistMember contacted, ShortlistMember rejected) {}

    /** {@link LightingShortlist}. */
    public static LightingShortlist lightingDesignerShortlist(FixtureOrganization org) {
        CrewRole role = role(org, "Lighting Designer " + SEQUENCE.incrementAndGet(), "650.0000");
        Shortlist shortlist = shortlist(org, "LD candidates - Q3 tour", role, 2);
        return new LightingShortlist(role, shortlist,
                candidate(org, shortlist, person(org, "Isla", "Navarro", "Lighting Designer"), ShortlistMemberStatus.SELECTED),
                candidate(org, shortlist, person(org, "Jonas", "Lind", "Lighting Designer"), ShortlistMemberStatus.OFFERED),
                candidate(org, shortlist, person(org, "Kemi", "Adeyemi", "Lighting Programmer"), ShortlistMemberStatus.INTERVIEWED),
                candidate(org, shortlist, person(org, "Luca", "Ferri", "Lighting Designer"), ShortlistMemberStatus.CONTACTED),
                candidate(org, shortlist, person(org, "Mira", "Holm", "Lighting Operator"), ShortlistMemberStatus.REJECTED));
    }

    /** A stored connection: {@code person} is {@code type} of {@code other} (a mentor connection with its inverse). */
    public static Relationship connection(FixtureOrganization org, Person person, Person other, RelationshipType type, int strength) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new NetworkService(tx).connect(person.id(), other.id(), type, strength, Optional.empty()));
    }

    /**
     * A small crew network: Ana and Ben are colleagues, Ben mentors Cleo, Cleo and Dev collaborate, Eve knows nobody.
     * Ana reaches Dev in three hops; nobody reaches Eve.
     */
    public record CrewNetwork(Person ana, Person ben, Person cleo, Person dev, Person eve) {}

    /** {@link CrewNetwork}. */
    public static CrewNetwork crewNetwork(FixtureOrganization org) {
        Person ana = person(org, "Ana", "Souza", "Head Rigger");
        Person ben = person(org, "Ben", "Okafor", "Production Electrician");
        Person cleo = person(org, "Cleo", "Martin", "Lighting Technician");
        Person dev = person(org, "Dev", "Patel", "Video Engineer");
        Person eve = person(org, "Eve", "Larsen", "Stage Manager");
        connection(org, ana, ben, RelationshipType.COLLEAGUE, 4);
        connection(org, ben, cleo, RelationshipType.MENTOR, 5);
        connection(org, cleo, dev, RelationshipType.COLLABORATOR, 3);
        return new CrewNetwork(ana, ben, cleo, dev, eve);
    }

    // --- profiles and credentials ---

    // --- companies ---

    // --- availability ---
}
