package dev.atlvs.people.person;

/** How a person works with the organization. */
public enum EmploymentType {
    FULL_TIME, PART_TIME, CONTRACTOR, FREELANCE, INTERN, VOLUNTEER
}
