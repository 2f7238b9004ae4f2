package dev.atlvs.people.profile;

/** How a past or current job of a person's history was held. */
public enum JobEmploymentType {
    FULL_TIME, PART_TIME, CONTRACT, FREELANCE, INTERNSHIP, TEMPORARY, CONSULTANT
}
