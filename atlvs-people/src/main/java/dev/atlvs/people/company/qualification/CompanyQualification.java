package dev.atlvs.people.company.qualification;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleRules;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A company's certification, license, insurance or bond, such as a certificate of general liability insurance with
 * its coverage amount. The status follows {@link QualificationStatus#LIFECYCLE}; an active qualification past its
 * {@link #expiryDate()} counts as expired ({@link #effectiveStatus}) until {@link QualificationService#expireDue} moves it.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("company_qualifications")
public interface CompanyQualification extends TenantEntity {

    Table<CompanyQualification, ImmutableCompanyQualification.Builder> TABLE = CompanyQualificationTable.TABLE;

    static ImmutableCompanyQualification.Builder builder() {
        return ImmutableCompanyQualification.builder();
    }

    @NotNull
    UUID companyId();

    @NotNull
    QualificationType type();

    /** Such as "Public liability insurance" or "LOLER rigging inspection". */
    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    Optional<@Size(max = 4000) String> description();

    Optional<@NonBlank @Size(max = 200) String> issuingAuthority();

    Optional<@NonBlank @Size(max = 100) String> certificateNumber();

    Optional<LocalDate> issueDate();

    /** The last day the qualification is valid; not before {@link #issueDate()}. */
    Optional<LocalDate> expiryDate();

    /** The insured or bonded amount, in {@link #currency()}. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> coverageAmount();

    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP") String> currency();

    @Db.Sortable
    @Value.Default
    default QualificationStatus status() {
        return QualificationStatus.PENDING;
    }

    /** The user who verified the document. */
    Optional<UUID> verifiedBy();

    Optional<LocalDate> verifiedDate();

    Optional<@Size(max = 4000) String> notes();

    /** The status on {@code date}: expired for an active qualification whose expiry date is before it. */
    default QualificationStatus effectiveStatus(LocalDate date) {
        if (status() == QualificationStatus.ACTIVE && expiryDate().map(expiry -> expiry.isBefore(date)).orElse(false)) {
            return QualificationStatus.EXPIRED;
        }
        return status();
    }

    /** Whether the qualification is active and valid through {@code date} (no expiry date: valid). */
    default boolean validThrough(LocalDate date) {
        return status() == QualificationStatus.ACTIVE && expiryDate().map(expiry -> !expiry.isBefore(date)).orElse(true);
    }

    @Value.Check
    default void check() {
        Violations.of("CompanyQualification")
                .ordered(issueDate(), expiryDate(), PeopleRules.COMPANY_QUALIFICATIONS_EXPIRY_DATE_CHECK)
                .require(coverageAmount().isEmpty() || currency().isPresent(), PeopleRules.COMPANY_QUALIFICATIONS_COVERAGE_CURRENCY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
