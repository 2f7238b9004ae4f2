package dev.atlvs.pipeline.sales;

import static dev.atlvs.testing.RuleAssertions.reports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.sales.contact.Contact;
import dev.atlvs.pipeline.sales.contact.ContactService;
import dev.atlvs.pipeline.sales.contact.DealContact;
import dev.atlvs.pipeline.sales.contact.DealRole;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.testing.ContactFixtures;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@AtlvsTest
class ContactServiceTest {

    private record Setup(OrganizationFixture org, Deal deal, Company company, Contact ines, Contact tom) {}

    private static Setup setup(Fixtures fixtures, String name) {
        OrganizationFixture org = fixtures.organization(name);
        Deal deal = SalesFixtures.deal(org, SalesFixtures.standardPipeline(org), "Harbour Lights Festival 2027", "480000");
        Company company = CompanyFixtures.client(org, "Harbour Lights Promotions");
        return new Setup(org, deal, company, ContactFixtures.contact(org, company, "Ines", "Moreau"),
                ContactFixtures.contact(org, company, "Tom", "Okafor"));
    }

    @Test
    void theFirstContactOfADealIsItsPrimaryContact(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "First primary");

        // when
        DealContact ines = ContactFixtures.onDeal(s.org(), s.deal(), s.ines(), DealRole.DECISION_MAKER);
        DealContact tom = ContactFixtures.onDeal(s.org(), s.deal(), s.tom(), DealRole.CHAMPION);

        // then
        assertThat(ines.isPrimary()).isTrue();
        assertThat(tom.isPrimary()).isFalse();
        assertThat(s.org().<Optional<Contact>>asOwner(tx -> new ContactService(tx).primaryOf(s.deal().id())))
                .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(s.ines().id()));
    }

    @Test
    void thePrimaryContactMovesFromOneContactToAnother(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Move primary");
        ContactFixtures.onDeal(s.org(), s.deal(), s.ines(), DealRole.DECISION_MAKER);
        ContactFixtures.onDeal(s.org(), s.deal(), s.tom(), DealRole.CHAMPION);

        // when
        s.org().asOwner(tx -> new ContactService(tx).makePrimary(s.deal().id(), s.tom().id()));

        // then
        List<DealContact> onDeal = s.org().asOwner(tx -> new ContactService(tx).ofDeal(s.deal().id()));
        assertThat(onDeal).filteredOn(DealContact::isPrimary).singleElement()
                .satisfies(c -> assertThat(c.contactId()).isEqualTo(s.tom().id()));
    }

    @Test
    void thePrimaryContactOfADealWithOthersIsNotTakenOffThroughTheSdkNorByRawSql(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Primary required");
        DealContact ines = ContactFixtures.onDeal(s.org(), s.deal(), s.ines(), DealRole.DECISION_MAKER);
        ContactFixtures.onDeal(s.org(), s.deal(), s.tom(), DealRole.CHAMPION);

        // when
        Throwable sdk = catchThrowable(() -> s.org().asOwner(tx -> {
            new ContactService(tx).removeFromDeal(s.deal().id(), s.ines().id());
            return null;
        }));
        Throwable sql = catchThrowable(() -> s.org().asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.opportunity_contacts set is_primary = false where id = :id").bind("id", ines.id()).execute()));

        // then
        reports(sdk, PipelineRules.OPPORTUNITY_CONTACTS_PRIMARY_REQUIRED);
        reports(sql, PipelineRules.OPPORTUNITY_CONTACTS_PRIMARY_REQUIRED);
        assertThat(s.org().<List<DealContact>>asOwner(tx -> new ContactService(tx).ofDeal(s.deal().id())))
                .filteredOn(DealContact::isPrimary).hasSize(1);
    }

    @Test
    void aSecondPrimaryContactIsRefusedByRawSql(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Two primaries");
        ContactFixtures.onDeal(s.org(), s.deal(), s.ines(), DealRole.DECISION_MAKER);
        DealContact tom = ContactFixtures.onDeal(s.org(), s.deal(), s.tom(), DealRole.CHAMPION);

        // when
        Throwable sql = catchThrowable(() -> s.org().asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.opportunity_contacts set is_primary = true where id = :id").bind("id", tom.id()).execute()));

        // then
        reports(sql, PipelineRules.OPPORTUNITY_CONTACTS_ONE_PRIMARY);
    }

    @Test
    void theLastContactOfADealMayBeTakenOffAndRemovingAPrimaryContactPassesTheRoleOn(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Remove contacts");
        ContactFixtures.onDeal(s.org(), s.deal(), s.ines(), DealRole.DECISION_MAKER);
        ContactFixtures.onDeal(s.org(), s.deal(), s.tom(), DealRole.CHAMPION);

        // when: Ines leaves the company; then Tom is taken off the deal
        s.org().asOwner(tx -> {
            new ContactService(tx).remove(s.ines().id());
            return null;
        });
        List<DealContact> afterRemoval = s.org().asOwner(tx -> new ContactService(tx).ofDeal(s.deal().id()));
        s.org().asOwner(tx -> {
            new ContactService(tx).removeFromDeal(s.deal().id(), s.tom().id());
            return null;
        });

        // then
        assertThat(afterRemoval).singleElement().satisfies(c -> {
            assertThat(c.contactId()).isEqualTo(s.tom().id());
            assertThat(c.isPrimary()).isTrue();
        });
        assertThat(s.org().<List<DealContact>>asOwner(tx -> new ContactService(tx).ofDeal(s.deal().id()))).isEmpty();
    }

    @Test
    void anEmailIsUniqueWithinItsCompanyIgnoringCase(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Email unique");

        // when
        Throwable failure = catchThrowable(() -> s.org().asOwner(tx -> new ContactService(tx).add(Contact.builder()
                .organizationId(s.org().id()).companyId(s.company().id()).firstName("Ines").lastName("Moreau-Diaz")
                .email(s.ines().email().orElseThrow().toUpperCase(java.util.Locale.ROOT)).build())));

        // then
        assertThat(failure).isInstanceOf(DuplicateException.class);
        assertThat(failure.getMessage()).contains("pipeline_contacts_email_unique");
    }

    @Test
    void aContactsPersonalValuesAreSealedInTheAuditTrail(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Sealed contact");

        // when
        List<AuditEntry> history = s.org().asOwner(tx -> new AuditTrail(tx).history(Contact.TABLE, s.ines().id()));

        // then
        assertThat(history).singleElement().satisfies(entry -> assertThat(entry.newValues().orElseThrow())
                .doesNotContain("Moreau").doesNotContain(s.ines().email().orElseThrow()));
    }

    @Test
    void aPersonTheClientKeepsAsItsContactIsReusedOnce(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Company contact reuse");
        dev.atlvs.people.company.contact.CompanyContact producer = CompanyFixtures.contact(s.org(), s.company(), "Ana", "Silva", true);

        // when
        Contact first = s.org().asOwner(tx -> new ContactService(tx).fromCompanyContact(producer, DealRole.CHAMPION));
        Contact again = s.org().asOwner(tx -> new ContactService(tx).fromCompanyContact(producer, DealRole.USER));

        // then
        assertThat(first.companyContactId()).contains(producer.id());
        assertThat(first.companyId()).contains(s.company().id());
        assertThat(first.displayName()).isEqualTo("Ana Silva");
        assertThat(first.email()).isEqualTo(producer.email());
        assertThat(first.dealRole()).isEqualTo(DealRole.CHAMPION);
        assertThat(again.id()).isEqualTo(first.id());
    }
}
