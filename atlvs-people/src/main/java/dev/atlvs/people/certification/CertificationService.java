package dev.atlvs.people.certification;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.credential.CredentialStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person's certifications through L-CREDENTIAL ({@link Certification#LIFECYCLE}): recording one (pending, or active
 * when it comes verified), verifying it, suspending, reinstating and revoking it, and the daily run that stores the
 * expiry of active certifications past their expiry date.
 *
 * <pre>{@code
 * CertificationService certifications = new CertificationService(tx);
 * Certification ipaf = certifications.add(Certification.builder().organizationId(tx.organizationId()).personId(ana.id())
 *         .name("IPAF 3a+3b").issuingOrganization("IPAF").issueDate(LocalDate.of(2024, 3, 1))
 *         .expiryDate(LocalDate.of(2029, 3, 1)).build());
 * certifications.verify(ipaf.id());
 * certifications.expirePast(LocalDate.now(tx.clock()));
 * }</pre>
 */
public final class CertificationService {
    private final TenantTransaction tx;

    public CertificationService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Records a certification of a person; it starts pending, or active when recorded as verified. */
    public Certification add(Certification certification) {
        requireNonNull(certification, "certification is null");
        tx.require(PeoplePermissions.PEOPLE_UPDATE);
        if (!Certification.LIFECYCLE.isInitial(certification.status())) {
            throw Certification.LIFECYCLE.refusal(CredentialStatus.PENDING, certification.status());
        }
        return certifications().insert(certification);
    }

    /** Verifies a pending (or re-verifies an active) certification: active, verified by the actor now. */
    public Certification verify(UUID certificationId) {
        tx.require(PeoplePermissions.CREDENTIALS_MANAGE);
        Certification certification = certifications().get(certificationId);
        if (certification.status() != CredentialStatus.ACTIVE) {
            Certification.LIFECYCLE.require(certification, CredentialStatus.ACTIVE);
        }
        return certifications().update(ImmutableCertification.copyOf(certification).withStatus(CredentialStatus.ACTIVE)
                .withVerifiedBy(tx.actorId()).withVerifiedAt(tx.now()));
    }

    /** Suspends an active certification. */
    public Certification suspend(UUID certificationId) {
        return move(certificationId, CredentialStatus.SUSPENDED);
    }

    /** Reinstates a suspended certification. */
    public Certification reinstate(UUID certificationId) {
        return move(certificationId, CredentialStatus.ACTIVE);
    }

    /** Revokes an active certification; revoked is final. */
    public Certification revoke(UUID certificationId) {
        return move(certificationId, CredentialStatus.REVOKED);
    }

    /**
     * Stores the expiry of every active certification whose expiry date is before {@code day}; returns those it moved.
     * Running it again on the same day moves nothing.
     */
    public List<Certification> expirePast(LocalDate day) {
        requireNonNull(day, "day is null");
        tx.require(PeoplePermissions.CREDENTIALS_MANAGE);
        List<Certification> expired = new ArrayList<>();
        for (Certification certification : certifications().pastExpiry(day)) {
            expired.add(certifications().update(ImmutableCertification.copyOf(Certification.LIFECYCLE.require(certification,
                    CredentialStatus.EXPIRED)).withStatus(CredentialStatus.EXPIRED)));
        }
        return List.copyOf(expired);
    }

    /** A person's certifications with their status as of {@code day} (an active one past expiry reads as expired). */
    public List<Certification> of(UUID personId, LocalDate day) {
        requireNonNull(day, "day is null");
        tx.require(PeoplePermissions.PEOPLE_READ);
        return certifications().of(personId).stream()
                .map(c -> c.effectiveStatus(day) == c.status() ? c : ImmutableCertification.copyOf(c).withStatus(c.effectiveStatus(day)))
                .toList();
    }

    private Certification move(UUID certificationId, CredentialStatus target) {
        tx.require(PeoplePermissions.CREDENTIALS_MANAGE);
        Certification certification = certifications().get(certificationId);
        return certifications().update(ImmutableCertification.copyOf(Certification.LIFECYCLE.require(certification, target))
                .withStatus(target));
    }

    private CertificationRepository certifications() {
        return tx.repository(CertificationRepository.class);
    }
}
