package dev.atlvs.projects.cost;

/** A red / amber / green assessment. */
public enum Health {
    GREEN, AMBER, RED;

    /** The worse of this and {@code other}. */
    public Health worst(Health other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
