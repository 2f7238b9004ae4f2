package dev.atlvs.people.shortlist;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.people.PeopleErrorCode;

/**
 * The lifecycle of a shortlist: active (candidates are added and moved) → closed; closed → active (reopened) or
 * archived; archived is final. A shortlist starts active.
 */
public enum ShortlistStatus {
    ACTIVE, CLOSED, ARCHIVED;

    /** The transition table; a refused move is {@link PeopleErrorCode#SHORTLIST_TRANSITION_INVALID}. */
    public static final Lifecycle<Shortlist, ShortlistStatus> LIFECYCLE = Lifecycle.of(ShortlistStatus.class, Shortlist::status)
            .entity("shortlist").table("people_shortlists").code(PeopleErrorCode.SHORTLIST_TRANSITION_INVALID)
            .initial(ACTIVE)
            .allow(ACTIVE, CLOSED)
            .allow(CLOSED, ACTIVE, ARCHIVED)
            .build();
}
