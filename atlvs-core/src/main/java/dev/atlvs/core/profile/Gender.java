package dev.atlvs.core.profile;

/** Gender as the person states it. */
public enum Gender {
    MALE, FEMALE, NON_BINARY, PREFER_NOT_TO_SAY
}
