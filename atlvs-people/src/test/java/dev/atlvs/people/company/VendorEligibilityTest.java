package dev.atlvs.people.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.company.qualification.QualificationType;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Vendor eligibility on 1 July 2026 for an engagement through the end of August, requiring £5m of liability insurance. */
@AtlvsTest
class VendorEligibilityTest {

    private static final LocalDate ENGAGEMENT_END = LocalDate.of(2026, 8, 31);
    private static final List<RequiredQualification> GL_5M =
            List.of(RequiredQualification.covering(QualificationType.INSURANCE, new BigDecimal("5000000"), "GBP"));

    @Test
    void anActiveVendorInsuredThroughTheEngagementIsEligible(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Eligible Live");
        Company vendor = CompanyFixtures.insuredVendor(acme, "Skyline Rigging", LocalDate.of(2027, 3, 31));

        // when
        Eligibility eligibility = onJuly1(database).inTenant(acme.id(), acme.owner().id(),
                tx -> new VendorEligibility(tx).check(vendor.id(), ENGAGEMENT_END, GL_5M));

        // then
        assertThat(eligibility).isEqualTo(new Eligibility(vendor.id(), List.of()));
        assertThat(eligibility.eligible()).isTrue();
    }

    @Test
    void insuranceExpiringBeforeTheEngagementEndsIsAReason(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Short Cover Live");
        Company vendor = CompanyFixtures.insuredVendor(acme, "Skyline Rigging", LocalDate.of(2026, 8, 15));

        // when
        Eligibility eligibility = onJuly1(database).inTenant(acme.id(), acme.owner().id(),
                tx -> new VendorEligibility(tx).check(vendor.id(), ENGAGEMENT_END, GL_5M));

        // then
        assertThat(eligibility.reasons()).extracting(Eligibility.Reason::problem, Eligibility.Reason::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Eligibility.Problem.EXPIRES_BEFORE_END, Optional.of(QualificationType.INSURANCE)));
    }

    @Test
    void coverageBelowTheRequiredAmountIsAReason(Fixtures fixtures, TestDatabase database) {
        // given: £2m of cover only
        OrganizationFixture acme = fixtures.organization("Low Cover Live");
        Company vendor = CompanyFixtures.vendor(acme, "Budget Rigging");
        CompanyFixtures.qualification(acme, vendor, QualificationType.INSURANCE, "General liability insurance", "2000000.0000",
                LocalDate.of(2027, 3, 31));

        // when
        Eligibility eligibility = onJuly1(database).inTenant(acme.id(), acme.owner().id(),
                tx -> new VendorEligibility(tx).check(vendor.id(), ENGAGEMENT_END, GL_5M));

        // then
        assertThat(eligibility.reasons()).extracting(Eligibility.Reason::problem).containsExactly(Eligibility.Problem.COVERAGE_TOO_LOW);
    }

    @Test
    void aBlacklistedVendorWithoutInsuranceHasEveryReasonListed(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Ineligible Live");
        Company vendor = CompanyFixtures.vendor(acme, "Shady Staging");
        acme.asOwner(tx -> new CompanyService(tx).blacklist(vendor.id(), "Unsafe rigging"));

        // when
        Eligibility eligibility = onJuly1(database).inTenant(acme.id(), acme.owner().id(),
                tx -> new VendorEligibility(tx).check(vendor.id(), ENGAGEMENT_END, GL_5M));

        // then
        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.reasons()).extracting(Eligibility.Reason::problem)
                .containsExactly(Eligibility.Problem.BLACKLISTED, Eligibility.Problem.QUALIFICATION_MISSING);
    }

    @Test
    void aPendingVendorIsNotActiveAndRequiringItFails(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Pending Vendor Live");
        Company vendor = CompanyFixtures.insuredVendor(acme, "New Rigging", LocalDate.of(2027, 3, 31));
        acme.asOwner(tx -> new CompanyService(tx).changeStatus(vendor.id(), CompanyStatus.PENDING));

        // when / then
        assertThatThrownBy(() -> onJuly1(database).inTenant(acme.id(), acme.owner().id(),
                tx -> new VendorEligibility(tx).require(vendor.id(), ENGAGEMENT_END, GL_5M)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.VENDOR_NOT_ELIGIBLE);
                    assertThat(e.getMessage()).contains("the company is pending, not active");
                });
    }

    @Test
    void insuranceThatExpiredBeforeTodayIsMissingEvenBeforeItIsMovedToExpired(Fixtures fixtures, TestDatabase database) {
        // given: cover ended on 30 June 2026
        OrganizationFixture acme = fixtures.organization("Lapsed Live");
        Company vendor = CompanyFixtures.insuredVendor(acme, "Lapsed Rigging", LocalDate.of(2026, 6, 30));

        // when
        Eligibility eligibility = onJuly1(database).inTenant(acme.id(), acme.owner().id(),
                tx -> new VendorEligibility(tx).check(vendor.id(), ENGAGEMENT_END, GL_5M));

        // then
        assertThat(eligibility.reasons()).extracting(Eligibility.Reason::problem).containsExactly(Eligibility.Problem.QUALIFICATION_MISSING);
    }

    private static Atlvs onJuly1(TestDatabase database) {
        return database.atlvsBuilder().clock(Clock.fixed(Instant.parse("2026-07-01T09:00:00Z"), ZoneOffset.UTC)).build();
    }
}
