package dev.atlvs.people.availability;

/** Whether a commitment holds the person's time for certain (confirmed) or pencils it in (tentative). */
public enum CommitmentStatus {
    TENTATIVE, CONFIRMED
}
