package dev.atlvs.people.company;

/** The size of a company, as the organization records it. */
public enum CompanySize {
    STARTUP, SMALL, MEDIUM, LARGE, ENTERPRISE
}
