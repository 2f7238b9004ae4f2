package dev.atlvs.programming.workshop;

/** What an instructor does in a workshop. */
public enum InstructorRole {
    LEAD, ASSISTANT
}
