package dev.atlvs.people.credential;

/** Who holds an expiring credential: a person (certifications) or a company (company qualifications). */
public enum HolderKind {
    PERSON, COMPANY
}
