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

    // --- endorsements, shortlists and network ---

    // --- profiles and credentials ---

    // --- companies ---

    // Companies, contacts, contracts, qualifications and ratings: see CompanyFixtures.

    // --- availability ---
}
