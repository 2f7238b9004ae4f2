package dev.atlvs.people.role;

/** A crew role is active or archived; it moves freely between the two. */
public enum CrewRoleStatus {
    ACTIVE, ARCHIVED
}
