package dev.atlvs.people.company;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.company.qualification.CompanyQualification;
import dev.atlvs.people.company.qualification.CompanyQualificationRepository;
import dev.atlvs.people.company.qualification.QualificationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The vendor eligibility check: a company may be engaged through an end date when it is active, not blacklisted, and
 * holds each required qualification active today, covering the required amount in its currency, and valid through the
 * end of the engagement.
 *
 * <pre>{@code
 * Eligibility eligibility = new VendorEligibility(tx).check(vendor.id(), LocalDate.of(2026, 8, 31),
 *         List.of(RequiredQualification.covering(QualificationType.INSURANCE, new BigDecimal("5000000"), "GBP")));
 * if (!eligibility.eligible()) { eligibility.reasons().forEach(reason -> log.info(reason.message())); }
 * }</pre>
 */
public final class VendorEligibility {
    private final TenantTransaction tx;

    public VendorEligibility(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Whether the company may be engaged until {@code engagementEnd}, with every reason against it. */
    public Eligibility check(UUID companyId, LocalDate engagementEnd, List<RequiredQualification> required) {
        requireNonNull(companyId, "companyId is null");
        requireNonNull(engagementEnd, "engagementEnd is null");
        requireNonNull(required, "required is null");
        Company company = tx.repository(CompanyRepository.class).get(companyId);
        LocalDate today = LocalDate.now(tx.clock());
        List<Eligibility.Reason> reasons = new ArrayList<>();
        switch (company.status()) {
            case ACTIVE -> { }
            case BLACKLISTED -> reasons.add(new Eligibility.Reason(Eligibility.Problem.BLACKLISTED, Optional.empty(), "the company is blacklisted"));
            case PENDING, INACTIVE -> reasons.add(new Eligibility.Reason(Eligibility.Problem.NOT_ACTIVE, Optional.empty(),
                    "the company is " + company.status().name().toLowerCase(Locale.ROOT) + ", not active"));
        }
        List<CompanyQualification> held = tx.repository(CompanyQualificationRepository.class).ofCompany(companyId);
        for (RequiredQualification requirement : required) {
            String kind = requirement.type().name().toLowerCase(Locale.ROOT);
            List<CompanyQualification> active = held.stream()
                    .filter(q -> q.type() == requirement.type() && q.effectiveStatus(today) == QualificationStatus.ACTIVE)
                    .toList();
            if (active.isEmpty()) {
                reasons.add(new Eligibility.Reason(Eligibility.Problem.QUALIFICATION_MISSING, Optional.of(requirement.type()),
                        "no active " + kind + " qualification"));
                continue;
            }
            List<CompanyQualification> covering = active.stream().filter(q -> covers(q, requirement)).toList();
            if (covering.isEmpty()) {
                reasons.add(new Eligibility.Reason(Eligibility.Problem.COVERAGE_TOO_LOW, Optional.of(requirement.type()),
                        "no active " + kind + " qualification covers " + requirement.minimumCoverage().orElseThrow().toPlainString()
                                + " " + requirement.currency().orElseThrow()));
                continue;
            }
            if (covering.stream().noneMatch(q -> q.validThrough(engagementEnd))) {
                reasons.add(new Eligibility.Reason(Eligibility.Problem.EXPIRES_BEFORE_END, Optional.of(requirement.type()),
                        "the " + kind + " qualification expires before the engagement ends on " + engagementEnd));
            }
        }
        return new Eligibility(companyId, reasons);
    }

    /**
     * The company, when it is eligible; otherwise a {@link PeopleErrorCode#VENDOR_NOT_ELIGIBLE} conflict listing the
     * reasons.
     */
    public Company require(UUID companyId, LocalDate engagementEnd, List<RequiredQualification> required) {
        Eligibility eligibility = check(companyId, engagementEnd, required);
        if (!eligibility.eligible()) {
            throw new ConflictException(PeopleErrorCode.VENDOR_NOT_ELIGIBLE, "companyId", "the vendor is not eligible: "
                    + eligibility.reasons().stream().map(Eligibility.Reason::message).collect(Collectors.joining("; ")));
        }
        return tx.repository(CompanyRepository.class).get(companyId);
    }

    private static boolean covers(CompanyQualification qualification, RequiredQualification requirement) {
        if (requirement.minimumCoverage().isEmpty()) {
            return true;
        }
        return qualification.coverageAmount().isPresent() && qualification.currency().equals(requirement.currency())
                && qualification.coverageAmount().get().compareTo(requirement.minimumCoverage().get()) >= 0;
    }
}
