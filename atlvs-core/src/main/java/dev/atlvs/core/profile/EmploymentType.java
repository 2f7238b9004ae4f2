package dev.atlvs.core.profile;

/** How a person is engaged by the organization. */
public enum EmploymentType {
    FULL_TIME, PART_TIME, CONTRACT, FREELANCE, INTERN
}
