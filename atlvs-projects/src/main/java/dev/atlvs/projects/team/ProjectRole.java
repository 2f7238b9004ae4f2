package dev.atlvs.projects.team;

/** The role of a person on one project team (independent of their organization-wide member role). */
public enum ProjectRole {
    /** Owns the project; counts as a manager. */
    OWNER,
    /** Runs the project. Every staffed project has at least one manager or owner. */
    MANAGER,
    /** Works on the project. */
    MEMBER,
    /** Follows the project read-only. */
    VIEWER,
    /** One of the client's people. */
    CLIENT;

    /** Whether this role manages the project. */
    public boolean manages() {
        return this == OWNER || this == MANAGER;
    }
}
