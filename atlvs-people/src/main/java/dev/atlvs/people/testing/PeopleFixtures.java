package dev.atlvs.people.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
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
import java.math.BigDecimal;
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

    // --- profiles and credentials ---

    // --- companies ---

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
