package dev.atlvs.projects.project;

/** What kind of engagement a project is. */
public enum ProjectType {
    /** Work for the organization itself. */
    INTERNAL,
    /** Work for a client. */
    CLIENT,
    /** Upkeep of something already delivered. */
    MAINTENANCE,
    RESEARCH,
    DEVELOPMENT,
    /** A touring production. */
    TOUR,
    /** A festival build and run. */
    FESTIVAL,
    /** A brand activation. */
    ACTIVATION,
    /** A corporate show, conference or gala. */
    CORPORATE_EVENT
}
