package dev.atlvs.people.profile;

/** What an identity or HR document of a person is. */
public enum DocumentType {
    PASSPORT, ID, VISA, TAX_FORM, RIGHT_TO_WORK, NDA, OTHER
}
