package dev.atlvs.people.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.people.certification.Certification;
import dev.atlvs.people.certification.CertificationService;
import dev.atlvs.people.certification.PersonCompetencies;
import dev.atlvs.people.certification.PersonCompetency;
import dev.atlvs.people.credential.CredentialStatus;
import dev.atlvs.core.attachment.Attachment;
import dev.atlvs.core.attachment.AttachmentLabel;
import dev.atlvs.core.attachment.AttachmentService;
import dev.atlvs.core.attachment.StorageFile;
import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.Upload;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.people.profile.ContactVerificationStatus;
import dev.atlvs.people.profile.DocumentType;
import dev.atlvs.people.profile.PersonDocument;
import dev.atlvs.people.profile.PersonDocumentService;
import dev.atlvs.people.profile.EmergencyContact;
import dev.atlvs.people.profile.EmergencyContactService;
import dev.atlvs.people.profile.JobEmploymentType;
import dev.atlvs.people.profile.JobHistoryEntry;
import dev.atlvs.people.profile.JobHistoryRepository;
import java.time.LocalDate;
import dev.atlvs.people.availability.AvailabilityService;
import dev.atlvs.people.availability.Commitment;
import dev.atlvs.people.availability.CommitmentStatus;
import dev.atlvs.people.availability.Leave;
import dev.atlvs.people.availability.LeaveKind;
import dev.atlvs.people.availability.LeaveService;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.competency.CompetencyRepository;
import dev.atlvs.people.person.EmploymentType;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.personal.PersonHealthRecord;
import dev.atlvs.people.personal.PersonProfile;
import dev.atlvs.people.personal.PersonalDataService;
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

    /** The passport, tax and bank details of a person, written as the owner (who holds every permission). */
    public static PersonProfile personalDetails(FixtureOrganization org, Person person) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new PersonalDataService(tx).saveProfile(PersonProfile.builder().organizationId(org.id())
                .personId(person.id()).dateOfBirth(java.time.LocalDate.of(1988, 4, 12)).nationality("GB")
                .passportNumber("5" + String.format(Locale.ROOT, "%08d", SEQUENCE.incrementAndGet())).passportCountry("GB")
                .passportExpiresOn(java.time.LocalDate.of(2031, 4, 30)).taxId("QQ123456C").bankAccountHolder(person.displayName())
                .bankIban("GB29NWBK60161331926819").bankBic("NWBKGB2L").build()));
    }

    /** A health record of a person (an allergy, a blood type), written as the owner. */
    public static PersonHealthRecord healthRecord(FixtureOrganization org, Person person) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new PersonalDataService(tx).saveHealthRecord(PersonHealthRecord.builder().organizationId(org.id())
                .personId(person.id()).bloodType("O+").allergies("Peanuts").dietaryRequirements("Vegetarian").build()));
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

    /**
     * A verified, active certification of {@code person} proving {@code competency} (when given), issued by
     * {@code issuer}, valid from {@code issued} through {@code expires}.
     */
    public static Certification certification(FixtureOrganization org, Person person, String name, String issuer,
            java.util.Optional<Competency> competency, LocalDate issued, LocalDate expires) {
        requireNonNull(org, "org is null");
        long n = SEQUENCE.incrementAndGet();
        return org.asOwner(tx -> new CertificationService(tx).add(Certification.builder().organizationId(org.id()).personId(person.id())
                .name(name).issuingOrganization(issuer).certificationNumber("CERT-" + n).issueDate(issued).expiryDate(expires)
                .competencyId(competency.map(Competency::id)).status(CredentialStatus.ACTIVE).verifiedBy(org.owner().id())
                .verifiedAt(tx.now()).build()));
    }

    /** {@code person}'s {@code level} in {@code competency}, proven by {@code certification} when given. */
    public static PersonCompetency personCompetency(FixtureOrganization org, Person person, Competency competency, CompetencyLevel level,
            java.util.Optional<Certification> certification) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new PersonCompetencies(tx).add(PersonCompetency.builder().organizationId(org.id()).personId(person.id())
                .competencyId(competency.id()).level(level).assessedBy(org.owner().id()).assessedAt(tx.now())
                .certificationId(certification.map(Certification::id)).build()));
    }

    /** A job of {@code person}'s history; current when {@code end} is null. */
    public static JobHistoryEntry job(FixtureOrganization org, Person person, String company, String title, LocalDate start, LocalDate end) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> tx.repository(JobHistoryRepository.class).insert(JobHistoryEntry.builder().organizationId(org.id())
                .personId(person.id()).companyName(company).jobTitle(title).employmentType(JobEmploymentType.FREELANCE)
                .startDate(start).endDate(java.util.Optional.ofNullable(end)).isCurrent(end == null).location("London")
                .addSkillsUsed("Rigging", "Chain hoists").build()));
    }

    /** An emergency contact of {@code person} with a UK mobile number; {@code primary} for the first one. */
    public static EmergencyContact emergencyContact(FixtureOrganization org, Person person, String name, String relationship, boolean primary,
            ContactVerificationStatus verification) {
        requireNonNull(org, "org is null");
        long n = SEQUENCE.incrementAndGet();
        return org.asOwner(tx -> new EmergencyContactService(tx).add(EmergencyContact.builder().organizationId(org.id()).personId(person.id())
                .name(name).relationship(relationship).phonePrimary("+4477009" + String.format(Locale.ROOT, "%05d", n % 100_000))
                .email(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + n + "@family.example").city("London").country("GB")
                .isPrimary(primary).verificationStatus(verification).build()));
    }

    /**
     * A touring crew on {@code today}: two riggers, an audio engineer and a stage manager, the roles Rigger (on site,
     * rigging and IPAF certification required), A1 Audio and Stage Manager (first aid required), and their certifications:
     * Ana's are all valid for years, Ben's IPAF expires in 30 days and his rigging certificate expired last month, Caro's
     * first aid expired, Dev holds no certification. Ana and Caro have verified emergency contacts, Ben an unverified one;
     * Ana has a job history.
     */
    public static Crew crew(FixtureOrganization org, LocalDate today) {
        requireNonNull(org, "org is null");
        requireNonNull(today, "today is null");
        Competency rigging = competency(org, "Rigging " + SEQUENCE.incrementAndGet(), true);
        Competency ipaf = competency(org, "IPAF MEWP " + SEQUENCE.incrementAndGet(), true);
        Competency firstAid = competency(org, "First aid " + SEQUENCE.incrementAndGet(), true);
        CrewRole rigger = role(org, "Rigger " + SEQUENCE.incrementAndGet(), "350.0000");
        requirement(org, rigger, rigging, CompetencyLevel.INTERMEDIATE, true);
        requirement(org, rigger, ipaf, CompetencyLevel.INTERMEDIATE, true);
        CrewRole audio = role(org, "A1 Audio " + SEQUENCE.incrementAndGet(), "400.0000");
        CrewRole stageManager = role(org, "Stage Manager " + SEQUENCE.incrementAndGet(), "420.0000");
        requirement(org, stageManager, firstAid, CompetencyLevel.INTERMEDIATE, true);
        Person ana = person(org, "Ana", "Souza", "Head Rigger");
        Person ben = person(org, "Ben", "Okafor", "Rigger");
        Person caro = person(org, "Caro", "Lindqvist", "Stage Manager");
        Person dev = person(org, "Dev", "Patel", "A1 Audio Engineer");
        Certification anaRigging = certification(org, ana, "Rigging Level 3", "NRC", java.util.Optional.of(rigging),
                today.minusYears(1), today.plusYears(2));
        certification(org, ana, "IPAF 3a+3b", "IPAF", java.util.Optional.of(ipaf), today.minusYears(1), today.plusYears(4));
        Certification benIpaf = certification(org, ben, "IPAF 3a+3b", "IPAF", java.util.Optional.of(ipaf), today.minusYears(5),
                today.plusDays(30));
        Certification benRigging = certification(org, ben, "Rigging Level 2", "NRC", java.util.Optional.of(rigging), today.minusYears(3),
                today.minusMonths(1));
        Certification caroFirstAid = certification(org, caro, "First Aid at Work", "St John Ambulance", java.util.Optional.of(firstAid),
                today.minusYears(3), today.minusDays(10));
        personCompetency(org, ana, rigging, CompetencyLevel.EXPERT, java.util.Optional.of(anaRigging));
        personCompetency(org, ben, rigging, CompetencyLevel.ADVANCED, java.util.Optional.of(benRigging));
        emergencyContact(org, ana, "Rui Souza", "Partner", true, ContactVerificationStatus.VERIFIED);
        emergencyContact(org, ben, "Ada Okafor", "Mother", true, ContactVerificationStatus.UNVERIFIED);
        emergencyContact(org, caro, "Lars Lindqvist", "Brother", true, ContactVerificationStatus.VERIFIED);
        job(org, ana, "Arena Rigging Ltd", "Rigger", today.minusYears(6), today.minusYears(3));
        job(org, ana, "Harbour Festival", "Head Rigger", today.minusYears(3), null);
        return new Crew(rigger, audio, stageManager, rigging, ipaf, firstAid, ana, ben, caro, dev, benIpaf, benRigging, caroFirstAid);
    }

    /** An identity document of {@code person}: a PDF scan attached to the person, described as {@code type}. */
    public static PersonDocument document(FixtureOrganization org, Person person, DocumentType type, LocalDate expires) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> {
            String key = "people/" + person.id() + "/" + java.util.UUID.randomUUID();
            StorageFile file = new StorageService(tx).register(Upload.builder().name(type.name().toLowerCase(Locale.ROOT) + ".pdf")
                    .mediaType("application/pdf").sizeBytes(182_044).checksumSha256(checksum()).storageKey(key).build());
            Attachment attachment = new AttachmentService(tx).attach(EntityTypes.require("person").ref(person.id()), file.id(),
                    AttachmentLabel.OTHER);
            return new PersonDocumentService(tx).describe(PersonDocument.builder().organizationId(org.id()).personId(person.id())
                    .attachmentId(attachment.id()).documentType(type).expiresAt(expires).build());
        });
    }

    private static String checksum() {
        return java.util.UUID.randomUUID().toString().replace("-", "") + java.util.UUID.randomUUID().toString().replace("-", "");
    }

    /** The crew {@link #crew} writes. */
    public record Crew(CrewRole rigger, CrewRole audio, CrewRole stageManager, Competency rigging, Competency ipaf, Competency firstAid,
            Person ana, Person ben, Person caro, Person dev, Certification benIpaf, Certification benRigging, Certification caroFirstAid) {}

    // --- companies ---

    // Companies, contacts, contracts, qualifications and ratings: see CompanyFixtures.

    // --- availability ---

    /** A request for leave of a person over the days {@code from} to {@code to} inclusive. */
    public static Leave leave(FixtureOrganization org, Person person, java.time.LocalDate from, java.time.LocalDate to) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new LeaveService(tx).request(Leave.builder().organizationId(org.id()).personId(person.id())
                .kind(LeaveKind.VACATION).startsOn(from).endsOn(to).reason("Family holiday").build()));
    }

    /** A commitment of a person for an engagement of the host's own (source {@code external_engagements}). */
    public static Commitment engagement(FixtureOrganization org, Person person, java.time.Instant from, java.time.Instant to,
            CommitmentStatus status) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new AvailabilityService(tx).commit(Commitment.builder().organizationId(org.id()).personId(person.id())
                .source("external_engagements").sourceId(dev.atlvs.core.repository.Ids.newId()).startsAt(from).endsAt(to)
                .status(status).label("Corporate gala at the Roundhouse").build()));
    }
}
