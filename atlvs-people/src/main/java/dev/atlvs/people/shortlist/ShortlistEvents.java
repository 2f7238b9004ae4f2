package dev.atlvs.people.shortlist;

/**
 * The domain events shortlists publish (see {@link dev.atlvs.core.event.DomainEvents}), on aggregate type
 * {@value #AGGREGATE}.
 */
public final class ShortlistEvents {

    /** The aggregate type of the events: a shortlist. */
    public static final String AGGREGATE = "shortlist";

    /**
     * A member of a shortlist was selected. Payload: {@code memberId}, {@code personId}, {@code projectId} (or absent)
     * and {@code roleId} (or absent). This is the hook where the module that books crew makes its assignment offer:
     * it listens for the event rather than being called by the shortlist.
     */
    public static final String MEMBER_SELECTED = "shortlist.member_selected";

    private ShortlistEvents() {}
}
