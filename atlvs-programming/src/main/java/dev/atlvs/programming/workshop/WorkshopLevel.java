package dev.atlvs.programming.workshop;

/** Whom a workshop is for. */
public enum WorkshopLevel {
    BEGINNER, INTERMEDIATE, ADVANCED, ALL_LEVELS
}
