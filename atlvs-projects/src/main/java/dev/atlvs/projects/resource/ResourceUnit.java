package dev.atlvs.projects.resource;

/** The unit a resource's quantity is counted in. */
public enum ResourceUnit {
    HOUR, DAY, EACH
}
