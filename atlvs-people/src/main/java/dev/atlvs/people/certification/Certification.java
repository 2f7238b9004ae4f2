package dev.atlvs.people.certification;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.PeopleRules;
import dev.atlvs.people.credential.CredentialStatus;
import dev.atlvs.people.credential.ExpiringCredential;
import dev.atlvs.people.credential.HolderKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A person's professional certification (IPAF, rigging, first aid, food hygiene), an {@link ExpiringCredential}. Its
 * status follows {@link #LIFECYCLE} (L-CREDENTIAL); it expires on {@link #expiryDate()}, which is not before
 * {@link #issueDate()}. Users attach the certificate scan to it (entity type {@code certification}).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("certifications")
public interface Certification extends TenantEntity, ExpiringCredential {

    Table<Certification, ImmutableCertification.Builder> TABLE = CertificationTable.TABLE;

    /** The entity type of certifications, under which attachments and alerts point at them. */
    String ENTITY_TYPE = "certification";

    /**
     * L-CREDENTIAL: pending → active (verified); active → expired, suspended, revoked; suspended → active. A refused move
     * is {@link PeopleErrorCode#CERTIFICATION_TRANSITION_INVALID}.
     */
    Lifecycle<Certification, CredentialStatus> LIFECYCLE = Lifecycle.of(CredentialStatus.class, Certification::status)
            .entity("certification").table("certifications").code(PeopleErrorCode.CERTIFICATION_TRANSITION_INVALID)
            .initial(CredentialStatus.PENDING, CredentialStatus.ACTIVE)
            .allow(CredentialStatus.PENDING, CredentialStatus.ACTIVE)
            .allow(CredentialStatus.ACTIVE, CredentialStatus.EXPIRED, CredentialStatus.SUSPENDED, CredentialStatus.REVOKED)
            .allow(CredentialStatus.SUSPENDED, CredentialStatus.ACTIVE)
            .build();

    static ImmutableCertification.Builder builder() {
        return ImmutableCertification.builder();
    }

    @Db.Fixed
    UUID personId();

    @Override
    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    Optional<@NonBlank @Size(max = 200) String> issuingOrganization();

    @Db.Sensitive
    Optional<@NonBlank @Size(max = 100) String> certificationNumber();

    @Override
    Optional<LocalDate> issueDate();

    /** The last day the certification is valid; not before {@link #issueDate()}. */
    @Override
    Optional<LocalDate> expiryDate();

    @Override
    @Db.Sortable
    @Value.Default
    default CredentialStatus status() {
        return CredentialStatus.PENDING;
    }

    Optional<@Size(max = 2048) String> verificationUrl();

    /** The user who verified the certificate. */
    Optional<UUID> verifiedBy();

    Optional<Instant> verifiedAt();

    /** The competency of the taxonomy this certification proves, if any. */
    Optional<UUID> competencyId();

    /** The training module that issued it internally (no foreign key until training modules exist). */
    Optional<UUID> trainingModuleId();

    Optional<@Size(max = 4000) String> notes();

    @Override
    @Db.Transient
    default UUID credentialId() {
        return id();
    }

    @Override
    @Db.Transient
    default String credentialType() {
        return ENTITY_TYPE;
    }

    @Override
    @Db.Transient
    default HolderKind holderKind() {
        return HolderKind.PERSON;
    }

    @Override
    @Db.Transient
    default UUID holderId() {
        return personId();
    }

    @Value.Check
    default void check() {
        Violations.of("Certification")
                .ordered(issueDate(), expiryDate(), PeopleRules.CERTIFICATIONS_EXPIRY_DATE_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
