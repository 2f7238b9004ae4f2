package dev.atlvs.people.credential;

/**
 * The stored status of an expiring credential (L-CREDENTIAL): pending until verified, then active; an active credential
 * expires (by date), is suspended or revoked; a suspended one returns to active. "Expiring soon" is derived from the
 * expiry date ({@link ExpiringCredential#daysUntilExpiry}), never stored.
 */
public enum CredentialStatus {
    PENDING, ACTIVE, EXPIRED, SUSPENDED, REVOKED;

    /** Whether a credential in this status counts, before its expiry date is looked at. */
    public boolean counts() {
        return this == ACTIVE;
    }
}
