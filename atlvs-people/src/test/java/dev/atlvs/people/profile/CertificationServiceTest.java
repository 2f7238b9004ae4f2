package dev.atlvs.people.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.RawSql;
import dev.atlvs.people.certification.Certification;
import dev.atlvs.people.certification.CertificationRepository;
import dev.atlvs.people.certification.CertificationService;
import dev.atlvs.people.credential.CredentialStatus;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Certifications through L-CREDENTIAL: recorded pending, verified to active, suspended, reinstated and revoked; the
 * expiry run; reads that treat an active certification past its expiry date as expired; and the expiry ≥ issue rule.
 */
@AtlvsTest
class CertificationServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Test
    void verifyingAPendingCertificationMakesItActiveAndRecordsTheVerifier(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Verified Rigging");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        Certification pending = acme.asOwner(tx -> new CertificationService(tx).add(Certification.builder().organizationId(acme.id())
                .personId(ben.id()).name("IPAF 3a+3b").issuingOrganization("IPAF").issueDate(TODAY.minusYears(1))
                .expiryDate(TODAY.plusYears(4)).build()));

        // when
        Certification verified = acme.asOwner(tx -> new CertificationService(tx).verify(pending.id()));

        // then
        assertThat(pending.status()).isEqualTo(CredentialStatus.PENDING);
        assertThat(verified).usingRecursiveComparison().ignoringFields("version", "updatedAt", "updatedBy", "status", "verifiedBy", "verifiedAt")
                .isEqualTo(pending);
        assertThat(verified.status()).isEqualTo(CredentialStatus.ACTIVE);
        assertThat(verified.verifiedBy()).contains(acme.owner().id());
        assertThat(verified.verifiedAt()).isPresent();
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Certification.TABLE, pending.id()));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(history.get(1).changedFields()).contains("status", "verified_by", "verified_at");
        assertThat(history.get(1).actorId()).contains(acme.owner().id());
    }

    @Test
    void aRevokedCertificationCannotBeReinstated(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Revoked Rigging");
        Certification ipaf = PeopleFixtures.certification(acme, PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger"), "IPAF 3a+3b", "IPAF",
                Optional.empty(), TODAY.minusYears(1), TODAY.plusYears(4));
        acme.asOwner(tx -> new CertificationService(tx).revoke(ipaf.id()));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new CertificationService(tx).reinstate(ipaf.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.CERTIFICATION_TRANSITION_INVALID);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("certifications_status_transition");
                });
        assertThat(acme.<CredentialStatus>asOwner(tx -> tx.repository(CertificationRepository.class).get(ipaf.id()).status())).isEqualTo(CredentialStatus.REVOKED);
    }

    @Test
    void aSuspendedCertificationIsReinstatedToActive(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Suspended Rigging");
        Certification ipaf = PeopleFixtures.certification(acme, PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger"), "IPAF 3a+3b", "IPAF",
                Optional.empty(), TODAY.minusYears(1), TODAY.plusYears(4));

        // when
        Certification suspended = acme.asOwner(tx -> new CertificationService(tx).suspend(ipaf.id()));
        Certification reinstated = acme.asOwner(tx -> new CertificationService(tx).reinstate(ipaf.id()));

        // then
        assertThat(suspended.status()).isEqualTo(CredentialStatus.SUSPENDED);
        assertThat(reinstated.status()).isEqualTo(CredentialStatus.ACTIVE);
    }

    @Test
    void theExpiryRunExpiresOnlyActiveCertificationsPastTheirExpiryDateAndOnlyOnce(Fixtures fixtures) {
        // given: Caro's first aid lapsed yesterday, Ben's IPAF lasts through today, Ana's rigging card was revoked long ago
        OrganizationFixture acme = fixtures.organization("Expiring Crew");
        Certification lapsed = PeopleFixtures.certification(acme, PeopleFixtures.person(acme, "Caro", "Lindqvist", "Stage Manager"),
                "First Aid at Work", "St John Ambulance", Optional.empty(), TODAY.minusYears(3), TODAY.minusDays(1));
        Certification lastDay = PeopleFixtures.certification(acme, PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger"), "IPAF 3a+3b",
                "IPAF", Optional.empty(), TODAY.minusYears(5), TODAY);
        Certification revoked = PeopleFixtures.certification(acme, PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger"),
                "Rigging Level 2", "NRC", Optional.empty(), TODAY.minusYears(4), TODAY.minusYears(1));
        acme.asOwner(tx -> new CertificationService(tx).revoke(revoked.id()));

        // when
        List<Certification> first = acme.asOwner(tx -> new CertificationService(tx).expirePast(TODAY));
        List<Certification> second = acme.asOwner(tx -> new CertificationService(tx).expirePast(TODAY));

        // then
        assertThat(first).extracting(Certification::id, Certification::status).containsExactly(tuple(lapsed.id(), CredentialStatus.EXPIRED));
        assertThat(second).isEmpty();
        assertThat(acme.<CredentialStatus>asOwner(tx -> tx.repository(CertificationRepository.class).get(lastDay.id()).status())).isEqualTo(CredentialStatus.ACTIVE);
        assertThat(acme.<CredentialStatus>asOwner(tx -> tx.repository(CertificationRepository.class).get(revoked.id()).status())).isEqualTo(CredentialStatus.REVOKED);
    }

    @Test
    void anActiveCertificationPastItsExpiryDateReadsAsExpiredBeforeTheExpiryRun(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Stale Cards");
        Person caro = PeopleFixtures.person(acme, "Caro", "Lindqvist", "Stage Manager");
        Certification lapsed = PeopleFixtures.certification(acme, caro, "First Aid at Work", "St John Ambulance", Optional.empty(),
                TODAY.minusYears(3), TODAY.minusDays(10));

        // when
        List<Certification> read = acme.asOwner(tx -> new CertificationService(tx).of(caro.id(), TODAY));

        // then
        assertThat(lapsed.status()).isEqualTo(CredentialStatus.ACTIVE);
        assertThat(read).extracting(Certification::id, Certification::status).containsExactly(tuple(lapsed.id(), CredentialStatus.EXPIRED));
        assertThat(lapsed.validOn(TODAY)).isFalse();
        assertThat(lapsed.validOn(TODAY.minusDays(10))).isTrue();
    }

    @Test
    void aCertificationExpiringBeforeItIsIssuedIsRefusedThroughTheSdkAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Backwards Cards");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        long before = Rows.count(database, "certifications");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new CertificationService(tx).add(Certification.builder().organizationId(acme.id())
                .personId(ben.id()).name("IPAF 3a+3b").issueDate(TODAY).expiryDate(TODAY.minusDays(1)).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("expiryDate", "certifications_expiry_date_check"));
                });
        assertThat(Rows.count(database, "certifications")).isEqualTo(before);
    }

    @Test
    void aCertificationExpiringBeforeItIsIssuedIsRefusedByTheDatabase(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Backwards Raw Cards");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        long before = Rows.count(database, "certifications");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.certifications (organization_id, person_id, name, issue_date, expiry_date)
                values (:organizationId, :person, 'IPAF 3a+3b', date '2026-09-01', date '2026-08-31')
                """, Map.of("person", ben.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("expiryDate", "certifications_expiry_date_check")));
        assertThat(Rows.count(database, "certifications")).isEqualTo(before);
    }
}
