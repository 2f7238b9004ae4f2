package dev.atlvs.people.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.company.qualification.CompanyQualification;
import dev.atlvs.people.company.qualification.ExpiringQualification;
import dev.atlvs.people.company.qualification.QualificationService;
import dev.atlvs.people.company.qualification.QualificationStatus;
import dev.atlvs.people.company.qualification.QualificationType;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Company qualifications: verification, the L-CREDENTIAL moves, expiry by date, and the expiring list. */
@AtlvsTest
class QualificationServiceTest {

    @Test
    void verifyingAPendingQualificationActivatesItWithTheVerifier(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Verified Live");
        Company vendor = CompanyFixtures.vendor(acme, "Skyline Rigging");
        CompanyQualification pending = acme.asOwner(tx -> new QualificationService(tx).add(CompanyQualification.builder()
                .organizationId(acme.id()).companyId(vendor.id()).type(QualificationType.LICENSE).name("Rigging license")
                .expiryDate(LocalDate.of(2027, 6, 30)).build()));

        // when
        CompanyQualification active = acme.asOwner(tx -> new QualificationService(tx).verify(pending.id(), LocalDate.of(2026, 7, 1)));

        // then
        assertThat(active).usingRecursiveComparison().ignoringFields("version", "createdAt", "createdBy", "updatedAt", "updatedBy")
                .isEqualTo(CompanyQualification.builder().from(pending).status(QualificationStatus.ACTIVE).verifiedBy(acme.owner().id())
                        .verifiedDate(LocalDate.of(2026, 7, 1)).build());
    }

    @Test
    void aRevokedQualificationIsNotReinstated(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Revoked Live");
        CompanyQualification insurance = CompanyFixtures.qualification(acme, CompanyFixtures.vendor(acme, "Skyline Rigging"),
                QualificationType.INSURANCE, "General liability insurance", "5000000.0000", LocalDate.of(2027, 3, 31));
        acme.asOwner(tx -> new QualificationService(tx).changeStatus(insurance.id(), QualificationStatus.REVOKED));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new QualificationService(tx).changeStatus(insurance.id(), QualificationStatus.ACTIVE)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.QUALIFICATION_TRANSITION_INVALID);
                    assertThat(e.rule()).contains("company_qualifications_status_transition");
                });
    }

    @Test
    void anExpiryBeforeTheIssueIsRefusedThroughTheSdkAndByTheDatabase(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Backwards Live");
        Company vendor = CompanyFixtures.vendor(acme, "Skyline Rigging");
        long before = Rows.count(database, "company_qualifications");

        // when / then
        assertThatThrownBy(() -> CompanyQualification.builder().organizationId(acme.id()).companyId(vendor.id()).type(QualificationType.BOND)
                .name("Performance bond").issueDate(LocalDate.of(2026, 9, 10)).expiryDate(LocalDate.of(2026, 9, 1)).build())
                .isInstanceOfSatisfying(ValidationException.class, QualificationServiceTest::assertExpiryBeforeIssue);
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.company_qualifications (organization_id, company_id, type, name, issue_date, expiry_date)
                values (:organizationId, :company, 'bond', 'Performance bond', date '2026-09-10', date '2026-09-01')
                """, Map.of("company", vendor.id())))
                .isInstanceOfSatisfying(ValidationException.class, QualificationServiceTest::assertExpiryBeforeIssue);
        assertThat(Rows.count(database, "company_qualifications")).isEqualTo(before);
    }

    @Test
    void expiringMovesTheActiveQualificationsPastTheirExpiryOnce(Fixtures fixtures) {
        // given: insurance valid through 31 March 2027 and a license through 30 June 2027
        OrganizationFixture acme = fixtures.organization("Expiry Live");
        Company vendor = CompanyFixtures.vendor(acme, "Skyline Rigging");
        CompanyQualification insurance = CompanyFixtures.qualification(acme, vendor, QualificationType.INSURANCE,
                "General liability insurance", "5000000.0000", LocalDate.of(2027, 3, 31));
        CompanyQualification license = CompanyFixtures.qualification(acme, vendor, QualificationType.LICENSE, "Rigging license", null,
                LocalDate.of(2027, 6, 30));

        // when
        List<CompanyQualification> onTheLastDay = acme.asOwner(tx -> new QualificationService(tx).expireDue(LocalDate.of(2027, 3, 31)));
        List<CompanyQualification> theDayAfter = acme.asOwner(tx -> new QualificationService(tx).expireDue(LocalDate.of(2027, 4, 1)));
        List<CompanyQualification> again = acme.asOwner(tx -> new QualificationService(tx).expireDue(LocalDate.of(2027, 4, 1)));

        // then
        assertThat(onTheLastDay).isEmpty();
        assertThat(theDayAfter).extracting(CompanyQualification::id, CompanyQualification::status)
                .containsExactly(tuple(insurance.id(), QualificationStatus.EXPIRED));
        assertThat(again).isEmpty();
        assertThat(license.effectiveStatus(LocalDate.of(2027, 4, 1))).isEqualTo(QualificationStatus.ACTIVE);
    }

    @Test
    void anActiveQualificationPastItsExpiryReadsExpiredBeforeItIsMoved(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Reads Expired Live");
        Company vendor = CompanyFixtures.vendor(acme, "Skyline Rigging");
        CompanyQualification insurance = CompanyFixtures.qualification(acme, vendor, QualificationType.INSURANCE,
                "General liability insurance", "5000000.0000", LocalDate.of(2027, 3, 31));
        CompanyQualification license = CompanyFixtures.qualification(acme, vendor, QualificationType.LICENSE, "Rigging license", null,
                LocalDate.of(2027, 6, 30));

        // when
        List<ExpiringQualification> expiring = acme.asOwner(tx -> new QualificationService(tx)
                .expiringBetween(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 4, 15)));

        // then
        assertThat(insurance.effectiveStatus(LocalDate.of(2027, 4, 15))).isEqualTo(QualificationStatus.EXPIRED);
        assertThat(expiring).containsExactly(
                new ExpiringQualification(insurance.id(), vendor.id(), vendor.name(), "General liability insurance", LocalDate.of(2027, 3, 31),
                        QualificationStatus.EXPIRED),
                new ExpiringQualification(license.id(), vendor.id(), vendor.name(), "Rigging license", LocalDate.of(2027, 6, 30),
                        QualificationStatus.ACTIVE));
    }

    private static void assertExpiryBeforeIssue(ValidationException e) {
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(tuple("expiryDate", "company_qualifications_expiry_date_check"));
    }
}
