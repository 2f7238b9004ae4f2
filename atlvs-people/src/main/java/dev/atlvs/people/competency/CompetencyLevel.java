package dev.atlvs.people.competency;

/** How well a person masters a competency, from beginner to expert; the order is the ranking. */
public enum CompetencyLevel {
    BEGINNER, INTERMEDIATE, ADVANCED, EXPERT;

    /** Whether this level is at least {@code minimum}. */
    public boolean atLeast(CompetencyLevel minimum) {
        return compareTo(minimum) >= 0;
    }
}
