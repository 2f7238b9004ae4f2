package dev.atlvs.people.credential;

import dev.atlvs.core.repository.Db;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A credential that lapses on a date: a person's certification, a company's qualification. Each lives in a table of its
 * own; this interface is what the expiry monitor ({@link ExpiryMonitor}), verification and the compliance matrix read of
 * any of them.
 *
 * <p>The identity accessors ({@link #credentialId()}, {@link #credentialType()}, {@link #holderKind()}, {@link #holderId()})
 * are derived from each implementation's own columns, never stored ({@code @Db.Transient}).
 *
 * <p>{@link #effectiveStatus(LocalDate)} is the status as of a day: an active credential past its expiry date reads as
 * {@link CredentialStatus#EXPIRED} even before the expiry run has stored that.
 */
public interface ExpiringCredential {

    /** The credential's id in its table. */
    @Db.Transient
    UUID credentialId();

    /** The entity type of the credential's table ({@code certification}), under which alerts point at it. */
    @Db.Transient
    String credentialType();

    @Db.Transient
    HolderKind holderKind();

    /** The person or company holding the credential. */
    @Db.Transient
    UUID holderId();

    /** What the credential is called (IPAF 3a, First Aid at Work). */
    String name();

    Optional<LocalDate> issueDate();

    /** The last day the credential is valid; empty for one that does not expire. */
    Optional<LocalDate> expiryDate();

    /** The stored status. */
    CredentialStatus status();

    /** The status on {@code day}: a stored active credential whose expiry date is before {@code day} is expired. */
    default CredentialStatus effectiveStatus(LocalDate day) {
        if (status() == CredentialStatus.ACTIVE && expiryDate().map(expiry -> expiry.isBefore(day)).orElse(false)) {
            return CredentialStatus.EXPIRED;
        }
        return status();
    }

    /** Whether the credential is active and unexpired on {@code day}. */
    default boolean validOn(LocalDate day) {
        return effectiveStatus(day) == CredentialStatus.ACTIVE;
    }

    /** Days from {@code day} to the expiry date (0 on the last valid day, negative once past); empty without expiry. */
    default Optional<Long> daysUntilExpiry(LocalDate day) {
        return expiryDate().map(expiry -> ChronoUnit.DAYS.between(day, expiry));
    }

    /** Whether the credential is valid on {@code day} and expires within {@code days} days of it (derived, never stored). */
    default boolean expiringSoon(LocalDate day, int days) {
        return validOn(day) && daysUntilExpiry(day).map(left -> left <= days).orElse(false);
    }
}
