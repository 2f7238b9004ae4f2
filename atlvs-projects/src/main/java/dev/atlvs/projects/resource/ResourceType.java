package dev.atlvs.projects.resource;

/** What kind of resource a project books. */
public enum ResourceType {
    /** One person (crew, staff). Confirmed bookings never exceed 100% at any moment. */
    PERSON,
    /** A crew role not yet filled ("2 riggers"). */
    ROLE,
    /** An asset; a serialized one's confirmed bookings never exceed 100% at any moment. */
    ASSET,
    /** A vendor's service. */
    VENDOR,
    /** A space (a room, a field, a loading dock). */
    SPACE
}
