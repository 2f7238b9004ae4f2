package dev.atlvs.people.company.qualification;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.PeoplePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The operations on company qualifications: recording them, verifying, suspending, reinstating and revoking them
 * through {@link QualificationStatus#LIFECYCLE}, and expiring those past their expiry date.
 *
 * <pre>{@code
 * QualificationService qualifications = new QualificationService(tx);
 * CompanyQualification insurance = qualifications.add(CompanyQualification.builder().organizationId(tx.organizationId())
 *         .companyId(vendor.id()).type(QualificationType.INSURANCE).name("Public liability insurance")
 *         .coverageAmount(new BigDecimal("5000000")).currency("GBP").expiryDate(LocalDate.of(2027, 3, 31)).build());
 * qualifications.verify(insurance.id(), LocalDate.of(2026, 4, 2));
 * List<CompanyQualification> expired = qualifications.expireDue(LocalDate.of(2027, 4, 1));
 * }</pre>
 */
public final class QualificationService {
    private final TenantTransaction tx;

    public QualificationService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Records a qualification, pending verification unless given another state. */
    public CompanyQualification add(CompanyQualification qualification) {
        tx.require(PeoplePermissions.COMPANIES_UPDATE);
        return qualifications().insert(qualification);
    }

    /** Verifies a pending (or reinstates a suspended) qualification on {@code date}, by the acting user: → active. */
    public CompanyQualification verify(UUID id, LocalDate date) {
        requireNonNull(date, "date is null");
        tx.require(PeoplePermissions.COMPANIES_UPDATE);
        CompanyQualification qualification = QualificationStatus.LIFECYCLE.require(qualifications().get(id), QualificationStatus.ACTIVE);
        return qualifications().update(ImmutableCompanyQualification.copyOf(qualification).withStatus(QualificationStatus.ACTIVE)
                .withVerifiedBy(tx.actorId()).withVerifiedDate(date));
    }

    /** Moves a qualification to another status, as {@link QualificationStatus#LIFECYCLE} allows. */
    public CompanyQualification changeStatus(UUID id, QualificationStatus target) {
        tx.require(PeoplePermissions.COMPANIES_UPDATE);
        CompanyQualification qualification = QualificationStatus.LIFECYCLE.require(qualifications().get(id), target);
        return qualifications().update(ImmutableCompanyQualification.copyOf(qualification).withStatus(target));
    }

    /**
     * Moves every active qualification whose expiry date is before {@code asOf} to expired and returns them as they
     * are now. Idempotent: a second run moves nothing.
     */
    public List<CompanyQualification> expireDue(LocalDate asOf) {
        requireNonNull(asOf, "asOf is null");
        tx.require(PeoplePermissions.COMPANIES_UPDATE);
        List<CompanyQualification> moved = new ArrayList<>();
        for (CompanyQualification qualification : qualifications().activePastExpiry(asOf)) {
            moved.add(qualifications().update(ImmutableCompanyQualification.copyOf(qualification).withStatus(QualificationStatus.EXPIRED)));
        }
        return moved;
    }

    /** The qualifications expiring between two dates, as of {@code asOf} (see {@link CompanyQualificationRepository#expiringBetween}). */
    public List<ExpiringQualification> expiringBetween(LocalDate from, LocalDate to, LocalDate asOf) {
        return qualifications().expiringBetween(requireNonNull(from, "from is null"), requireNonNull(to, "to is null"),
                requireNonNull(asOf, "asOf is null"));
    }

    private CompanyQualificationRepository qualifications() {
        return tx.repository(CompanyQualificationRepository.class);
    }
}
