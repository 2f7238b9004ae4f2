package dev.atlvs.people.availability;

/** Why a person is away. */
public enum LeaveKind {
    VACATION, SICK, PERSONAL, PARENTAL, UNPAID, TRAINING, OTHER
}
