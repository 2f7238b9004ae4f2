package dev.atlvs.people.role;

/** The seniority of a crew role. */
public enum RoleLevel {
    ENTRY, MID, SENIOR, LEAD, EXECUTIVE
}
