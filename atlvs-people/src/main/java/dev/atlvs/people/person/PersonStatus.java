package dev.atlvs.people.person;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.people.PeopleErrorCode;

/**
 * Where a person stands with the organization: active (takes on work), inactive, on leave, or terminated.
 * Active ↔ inactive and on leave; any of them → terminated; terminated → active (rehired). Only an active
 * person is booked, shortlisted or matched.
 */
public enum PersonStatus {
    ACTIVE, INACTIVE, ON_LEAVE, TERMINATED;

    /** The transition table; a refused move is {@link PeopleErrorCode#PERSON_TRANSITION_INVALID}. */
    public static final Lifecycle<Person, PersonStatus> LIFECYCLE = Lifecycle.of(PersonStatus.class, Person::status)
            .entity("person").table("people").code(PeopleErrorCode.PERSON_TRANSITION_INVALID)
            .initial(ACTIVE)
            .allow(ACTIVE, INACTIVE, ON_LEAVE, TERMINATED)
            .allow(INACTIVE, ACTIVE, TERMINATED)
            .allow(ON_LEAVE, ACTIVE, INACTIVE, TERMINATED)
            .allow(TERMINATED, ACTIVE)
            .build();

    /** Whether a person in this status may take on new work. */
    public boolean assignable() {
        return this == ACTIVE;
    }
}
