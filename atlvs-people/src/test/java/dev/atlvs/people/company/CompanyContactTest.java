package dev.atlvs.people.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.company.contact.CompanyContact;
import dev.atlvs.people.company.contact.CompanyContactRepository;
import dev.atlvs.people.company.contact.ImmutableCompanyContact;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The people at a company: one primary contact, distribution lists without the inactive. */
@AtlvsTest
class CompanyContactTest {

    @Test
    void aSecondPrimaryContactIsRefusedThroughTheSdkNamingIsPrimaryAndTheRule(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Primary Live");
        Company vendor = CompanyFixtures.vendor(acme, "Harbour Audio");
        CompanyFixtures.contact(acme, vendor, "Mia", "Lang", true);
        long before = Rows.count(database, "company_contacts");

        // when / then
        assertThatThrownBy(() -> CompanyFixtures.contact(acme, vendor, "Tom", "Okafor", true))
                .isInstanceOfSatisfying(ConflictException.class, CompanyContactTest::assertPrimaryTaken);
        assertThat(Rows.count(database, "company_contacts")).isEqualTo(before);
    }

    @Test
    void aSecondPrimaryContactIsRefusedByTheDatabaseNamingIsPrimaryAndTheRule(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Primary Raw Live");
        Company vendor = CompanyFixtures.vendor(acme, "Harbour Audio");
        CompanyFixtures.contact(acme, vendor, "Mia", "Lang", true);

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.company_contacts (organization_id, company_id, first_name, is_primary)
                values (:organizationId, :company, 'Tom', true)
                """, Map.of("company", vendor.id())))
                .isInstanceOfSatisfying(ConflictException.class, CompanyContactTest::assertPrimaryTaken);
    }

    @Test
    void anotherCompanyHasItsOwnPrimaryContact(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Two Primaries Live");
        CompanyFixtures.contact(acme, CompanyFixtures.vendor(acme, "Harbour Audio"), "Mia", "Lang", true);

        // when
        CompanyContact other = CompanyFixtures.contact(acme, CompanyFixtures.vendor(acme, "Beacon Lighting"), "Tom", "Okafor", true);

        // then
        assertThat(other.isPrimary()).isTrue();
    }

    @Test
    void inactiveContactsAreLeftOffTheDistributionList(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Mailing Live");
        Company vendor = CompanyFixtures.vendor(acme, "Harbour Audio");
        CompanyContact primary = CompanyFixtures.contact(acme, vendor, "Mia", "Lang", true);
        CompanyContact accounts = CompanyFixtures.contact(acme, vendor, "Ade", "Bello", false);
        CompanyContact gone = CompanyFixtures.contact(acme, vendor, "Zoe", "Carter", false);
        acme.asOwner(tx -> tx.repository(CompanyContactRepository.class).update(ImmutableCompanyContact.copyOf(gone).withIsActive(false)));

        // when
        List<CompanyContact> mailTo = acme.asOwner(tx -> tx.repository(CompanyContactRepository.class).distributionList(vendor.id()));

        // then
        assertThat(mailTo).extracting(CompanyContact::id).containsExactly(primary.id(), accounts.id());
    }

    @Test
    void aContactWhoIsAPersonOfTheDirectoryLosesTheLinkWhenThePersonIsDeletedForGood(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Linked Contact Live");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Production Manager");
        Company vendor = CompanyFixtures.vendor(acme, "Harbour Audio");
        CompanyContact contact = acme.asOwner(tx -> tx.repository(CompanyContactRepository.class).insert(CompanyContact.builder()
                .organizationId(acme.id()).companyId(vendor.id()).firstName("Ana").lastName("Souza").personId(ana.id()).build()));

        // when
        acme.asOwner(tx -> {
            tx.repository(dev.atlvs.people.person.PersonRepository.class).delete(ana);
            return null;
        });

        // then
        assertThat(acme.asOwner(tx -> tx.repository(CompanyContactRepository.class).get(contact.id())).personId()).isEmpty();
    }

    private static void assertPrimaryTaken(ConflictException e) {
        assertThat(e.code()).isEqualTo(PeopleErrorCode.COMPANY_PRIMARY_CONTACT_TAKEN);
        assertThat(e.field()).contains("isPrimary");
        assertThat(e.rule()).contains("company_contacts_primary_unique");
    }
}
