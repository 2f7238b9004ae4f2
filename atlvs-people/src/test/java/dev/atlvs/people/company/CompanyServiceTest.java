package dev.atlvs.people.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.people.company.rating.RatingCategory;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.projects.project.Project;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Companies: the round trip with encrypted tax and bank details, blacklisting with its permission and reason, the
 * rating the database derives, and the likely duplicates.
 */
@AtlvsTest
class CompanyServiceTest {

    @Test
    void aCompanyIsStoredWithItsTaxIdAndBankAccountEncryptedAndFoundByTaxId(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Encrypted Live");
        Company candidate = Company.builder().organizationId(acme.id()).name("Nordlicht Bühnen").legalName("Nordlicht Bühnen GmbH")
                .isVendor(true).isVenue(true).website("https://www.nordlicht.example").email("info@nordlicht.example").phone("+4930123456")
                .addressLine1("Hafenstraße 1").city("Hamburg").postalCode("20457").country("DE").taxId("DE123456789")
                .bankAccount("DE89370400440532013000").size(CompanySize.MEDIUM).foundedYear(1998).paymentTerms(PaymentTerms.NET_30).build();

        // when
        Company stored = acme.asOwner(tx -> new CompanyService(tx).add(candidate));

        // then
        assertThat(stored).usingRecursiveComparison().ignoringFields("version", "createdAt", "createdBy", "updatedAt", "updatedBy")
                .isEqualTo(candidate);
        List<Company> found = acme.asOwner(tx -> tx.repository(CompanyRepository.class).findByTaxId("DE123456789"));
        assertThat(found).containsExactly(stored);
        String taxIdInTheDatabase = RawSql.value(acme, "select encode(tax_id, 'escape') from atlvs.companies where id = :id",
                Map.of("id", stored.id()), String.class);
        assertThat(taxIdInTheDatabase).doesNotContain("DE123456789");
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Company.TABLE, stored.id()));
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
            assertThat(entry.actorId()).contains(acme.owner().id());
            assertThat(entry.redactedFields()).contains("tax_id", "bank_account", "email", "phone");
        });
    }

    @Test
    void blacklistingKeepsTheReasonOnTheCompanyAndTheAuditTrail(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Blacklisting Live");
        Company vendor = CompanyFixtures.vendor(acme, "Shady Staging");

        // when
        Company blacklisted = acme.asOwner(tx -> new CompanyService(tx).blacklist(vendor.id(), "Unsafe rigging at the Harbour Festival"));

        // then
        assertThat(blacklisted.status()).isEqualTo(CompanyStatus.BLACKLISTED);
        assertThat(blacklisted.blacklistReason()).contains("Unsafe rigging at the Harbour Festival");
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Company.TABLE, vendor.id()));
        assertThat(history.get(history.size() - 1).reason()).contains("Unsafe rigging at the Harbour Festival");
    }

    @Test
    void onlyAnActorWhoManagesCompaniesBlacklistsOne(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Guarded Blacklist Live");
        User manager = acme.addMember(MemberRole.MANAGER);
        Company vendor = CompanyFixtures.vendor(acme, "Shady Staging");

        // when / then
        assertThatThrownBy(() -> acme.as(manager, tx -> new CompanyService(tx).blacklist(vendor.id(), "Late twice")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("people.companies.manage");
        assertThatThrownBy(() -> acme.as(manager, tx -> new CompanyService(tx).update(Company.builder().from(vendor)
                .status(CompanyStatus.BLACKLISTED).blacklistReason("Late twice").build())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(acme.asOwner(tx -> new CompanyService(tx).get(vendor.id())).status()).isEqualTo(CompanyStatus.ACTIVE);
    }

    @Test
    void aBlacklistedCompanyWithoutAReasonIsRefusedThroughTheSdkAndByTheDatabase(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Reasonless Live");
        Company vendor = CompanyFixtures.vendor(acme, "Shady Staging");

        // when / then
        assertThatThrownBy(() -> Company.builder().from(vendor).status(CompanyStatus.BLACKLISTED).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("blacklistReason", "companies_blacklist_reason_check")));
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.companies set status = 'blacklisted' where id = :id", Map.of("id", vendor.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("blacklistReason", "companies_blacklist_reason_check")));
    }

    @Test
    void takingACompanyOffTheBlacklistClearsTheReason(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Second Chance Live");
        Company vendor = CompanyFixtures.vendor(acme, "Reformed Staging");
        acme.asOwner(tx -> new CompanyService(tx).blacklist(vendor.id(), "Late twice"));

        // when
        Company active = acme.asOwner(tx -> new CompanyService(tx).changeStatus(vendor.id(), CompanyStatus.ACTIVE));

        // then
        assertThat(active.status()).isEqualTo(CompanyStatus.ACTIVE);
        assertThat(active.blacklistReason()).isEmpty();
    }

    @Test
    void theRatingIsTheAverageOfTheRatingsAndIsNotWrittenByHand(Fixtures fixtures) {
        // given: ratings of 5, 4 and 3 after a completed festival
        OrganizationFixture acme = fixtures.organization("Rated Live");
        Company vendor = CompanyFixtures.vendor(acme, "Festival Power");
        Project festival = CompanyFixtures.completedFestival(acme, vendor);
        CompanyFixtures.ratingsAfterFestival(acme, vendor, festival);

        // when
        RawSql.execute(acme, "update atlvs.companies set rating = 1.5 where id = :id", Map.of("id", vendor.id()));
        Company written = acme.asOwner(tx -> new CompanyService(tx).update(Company.builder().from(new CompanyService(tx).get(vendor.id()))
                .rating(new BigDecimal("5.00")).build()));

        // then
        assertThat(written.rating()).contains(new BigDecimal("4.00"));
        assertThat(acme.asOwner(tx -> new CompanyService(tx).get(vendor.id())).rating()).contains(new BigDecimal("4.00"));
    }

    @Test
    void deletingARatingRecomputesTheCompanyRating(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Rerated Live");
        Company vendor = CompanyFixtures.vendor(acme, "Festival Power");
        Project festival = CompanyFixtures.completedFestival(acme, vendor);
        var ratings = CompanyFixtures.ratingsAfterFestival(acme, vendor, festival);

        // when: the 3 for timeliness goes
        acme.asOwner(tx -> {
            tx.repository(dev.atlvs.people.company.rating.CompanyRatingRepository.class).delete(ratings.get(2));
            return null;
        });

        // then
        assertThat(acme.asOwner(tx -> new CompanyService(tx).get(vendor.id())).rating()).contains(new BigDecimal("4.50"));
        assertThat(ratings.get(2).category()).isEqualTo(RatingCategory.TIMELINESS);
    }

    @Test
    void likelyDuplicatesArePairedWithTheirReason(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Duplicate Live");
        Company first = add(acme, Company.builder().organizationId(acme.id()).name("Nordlicht Bühnen GmbH").website("https://www.nordlicht.example/en"));
        Company second = add(acme, Company.builder().organizationId(acme.id()).name("nordlicht buhnen").website("https://nordlicht-buehnen.example"));
        Company third = add(acme, Company.builder().organizationId(acme.id()).name("Lichtwerk Events").website("http://nordlicht.example"));
        Company harbour = add(acme, Company.builder().organizationId(acme.id()).name("Harbour Audio Ltd").taxId("GB111"));
        Company audio = add(acme, Company.builder().organizationId(acme.id()).name("Harbor Sound").taxId("GB111"));
        add(acme, Company.builder().organizationId(acme.id()).name("Unrelated Catering"));

        // when
        List<DuplicatePair> pairs = acme.asOwner(tx -> new CompanyService(tx).likelyDuplicates());

        // then
        assertThat(pairs).containsExactlyInAnyOrder(
                new DuplicatePair(first.id(), second.id(), DuplicatePair.Reason.SAME_NAME),
                new DuplicatePair(first.id(), third.id(), DuplicatePair.Reason.SAME_DOMAIN),
                new DuplicatePair(harbour.id(), audio.id(), DuplicatePair.Reason.SAME_TAX_ID));
    }

    @Test
    void similarNamesArePairedWhenASimilarityIsAskedFor(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Similar Live");
        Company first = add(acme, Company.builder().organizationId(acme.id()).name("Skyline Rigging Services"));
        Company second = add(acme, Company.builder().organizationId(acme.id()).name("Skyline Riging Service"));
        add(acme, Company.builder().organizationId(acme.id()).name("Quayside Catering"));

        // when
        List<DuplicatePair> exact = acme.asOwner(tx -> new CompanyService(tx).likelyDuplicates());
        List<DuplicatePair> similar = acme.asOwner(tx -> new CompanyService(tx).likelyDuplicates(0.5));

        // then
        assertThat(exact).isEmpty();
        assertThat(similar).containsExactly(new DuplicatePair(first.id(), second.id(), DuplicatePair.Reason.SIMILAR_NAME));
    }

    private static Company add(OrganizationFixture org, ImmutableCompany.Builder company) {
        return org.asOwner(tx -> new CompanyService(tx).add(company.build()));
    }
}
