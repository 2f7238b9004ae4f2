package dev.atlvs.projects.project;

/** Who may see a project. */
public enum Visibility {
    /** Its manager and the people named on it only. */
    PRIVATE,
    /** Its team ({@code project_members}). */
    TEAM,
    /** Every member of the organization. */
    ORGANIZATION,
    /** Anyone, including a public listing. */
    PUBLIC,
    /** The team and the client's people. */
    CLIENT
}
