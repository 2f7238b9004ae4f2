package dev.atlvs.core.user;

/** Whether a user is a live identity or has been anonymized on erasure. */
public enum UserStatus {
    ACTIVE, ANONYMIZED
}
