package dev.atlvs.people.company.qualification;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.people.PeopleErrorCode;

/**
 * The L-CREDENTIAL lifecycle: pending → active (verified) or revoked (refused); active → expired (by date,
 * {@link QualificationService#expireDue}), suspended or revoked; suspended → active or revoked. Expired and revoked are
 * final: a renewed certificate is a new qualification. "Expiring soon" is derived from the expiry date, never stored.
 */
public enum QualificationStatus {
    PENDING, ACTIVE, EXPIRED, SUSPENDED, REVOKED;

    /** The transition table; a refused move is {@link PeopleErrorCode#QUALIFICATION_TRANSITION_INVALID}. */
    public static final Lifecycle<CompanyQualification, QualificationStatus> LIFECYCLE = Lifecycle
            .of(QualificationStatus.class, CompanyQualification::status)
            .entity("qualification").table("company_qualifications").code(PeopleErrorCode.QUALIFICATION_TRANSITION_INVALID)
            .initial(PENDING)
            .allow(PENDING, ACTIVE, REVOKED)
            .allow(ACTIVE, EXPIRED, SUSPENDED, REVOKED)
            .allow(SUSPENDED, ACTIVE, REVOKED)
            .build();
}
