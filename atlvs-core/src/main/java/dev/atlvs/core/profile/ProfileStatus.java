package dev.atlvs.core.profile;

/** Whether a personnel profile is in use. */
public enum ProfileStatus {
    ACTIVE, INACTIVE, PENDING, SUSPENDED
}
