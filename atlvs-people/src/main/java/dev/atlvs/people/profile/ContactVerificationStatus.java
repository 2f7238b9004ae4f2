package dev.atlvs.people.profile;

/** Whether an emergency contact's details were confirmed: pending (not yet tried), verified, unverified (tried, failed). Moves freely. */
public enum ContactVerificationStatus {
    PENDING, VERIFIED, UNVERIFIED
}
