package dev.atlvs.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.search.SearchHit;
import dev.atlvs.core.search.SearchQuery;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * People, companies and company contacts are found through the core's search: by name without accents or with a typo,
 * by skill, e-mail, phone and city; a person's skills follow their competencies; an erased person is found no more.
 */
@AtlvsTest
class PeopleSearchTest {

    private static List<SearchHit> search(OrganizationFixture org, String text, String... types) {
        return org.asOwner(tx -> tx.search().query(SearchQuery.of(text).types(types)).hits());
    }

    @Test
    void aPersonIsFoundByNameWithoutAccentsAndWithATypo(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Search Names Live");
        Person jose = PeopleFixtures.person(org, "José", "Álvarez", "Lighting Designer");
        Person ben = PeopleFixtures.person(org, "Ben", "Okafor", "Rigger");

        assertThat(search(org, "jose alvarez", "person")).extracting(SearchHit::id).first().isEqualTo(jose.id());
        assertThat(search(org, "Okafr", "person")).extracting(SearchHit::id).containsExactly(ben.id());
        assertThat(search(org, "Okafr", "person").get(0).subtitle()).contains("Rigger London");
    }

    @Test
    void aPersonIsFoundByEmailAndPhone(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Search Contacts Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");

        assertThat(search(org, ana.email().orElseThrow(), "person")).extracting(SearchHit::id).containsExactly(ana.id());
        assertThat(search(org, ana.phone().orElseThrow(), "person")).extracting(SearchHit::id).containsExactly(ana.id());
    }

    @Test
    void aPersonIsFoundByTheSkillsOfTheirCompetencies(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Search Skills Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        PeopleFixtures.person(org, "Ben", "Okafor", "Runner");
        Competency pyro = PeopleFixtures.competency(org, "Pyrotechnics", true);
        assertThat(search(org, "pyrotechnics", "person")).isEmpty();

        // when
        PeopleFixtures.personCompetency(org, ana, pyro, CompetencyLevel.ADVANCED, Optional.empty());

        // then
        assertThat(search(org, "pyrotechnics", "person")).extracting(SearchHit::id).containsExactly(ana.id());
        Person stored = org.asOwner(tx -> tx.repository(PersonRepository.class).get(ana.id()));
        assertThat(stored.skills()).containsExactly("Pyrotechnics");
    }

    @Test
    void skillsWrittenByHandAreReplacedByTheDerivedList(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Search Derived Skills Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");

        Person written = org.asOwner(tx -> tx.repository(PersonRepository.class).update(
                dev.atlvs.people.person.ImmutablePerson.copyOf(tx.repository(PersonRepository.class).get(ana.id())).withSkills("Brain surgery")));

        assertThat(written.skills()).isEmpty();
        assertThat(search(org, "surgery", "person")).isEmpty();
    }

    @Test
    void companiesAndTheirContactsAreFoundByNameAndCity(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Search Companies Live");
        Company vendor = CompanyFixtures.vendor(org, "Müller Stage Rigging GmbH");
        dev.atlvs.people.company.contact.CompanyContact contact = CompanyFixtures.contact(org, vendor, "Jörg", "Weiß", true);

        assertThat(search(org, "muller rigging", "company")).extracting(SearchHit::id).containsExactly(vendor.id());
        assertThat(search(org, "jorg weiss", "company_contact")).extracting(SearchHit::id).containsExactly(contact.id());
    }

    @Test
    void anErasedPersonIsFoundNoMore(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Search Erasure Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        assertThat(search(org, "souza", "person")).hasSize(1);

        org.asOwner(tx -> new PersonService(tx).erase(ana.id()));

        assertThat(search(org, "souza", "person")).isEmpty();
        assertThat(search(org, ana.email().orElseThrow(), "person")).isEmpty();
    }
}
