package dev.atlvs.people.company.qualification;

/** The kind of a company's qualification. */
public enum QualificationType {
    CERTIFICATION, LICENSE, INSURANCE, BOND, SAFETY, OTHER
}
