package dev.atlvs.core.organization;

/** Where an organization stands with its compliance review. */
public enum ComplianceStatus {
    PENDING, COMPLIANT, NON_COMPLIANT
}
