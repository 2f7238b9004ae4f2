package dev.atlvs.projects.project;

/** How urgent a project or task is. The legacy {@code urgent} maps to {@link #CRITICAL}. */
public enum Priority {
    NONE, LOW, MEDIUM, HIGH, CRITICAL
}
