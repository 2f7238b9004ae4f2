package dev.atlvs.people.shortlist;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.people.PeopleErrorCode;
import java.util.List;

/**
 * The funnel a shortlist member moves through. Forward: candidate → contacted → interviewed → offered → selected,
 * where a stage may be skipped (a known freelancer is interviewed without being contacted first, selected straight
 * after the interview). Out of the funnel: the production rejects a candidate at any stage before selection, and a
 * contacted, interviewed, offered or selected person declines. Rejected and declined are final for this round: the
 * only move out of them is back to candidate, when the person is reconsidered. Selected persons only decline.
 */
public enum ShortlistMemberStatus {
    CANDIDATE, CONTACTED, INTERVIEWED, OFFERED, SELECTED, REJECTED, DECLINED;

    /** The transition table; a refused move is {@link PeopleErrorCode#SHORTLIST_MEMBER_TRANSITION_INVALID}. */
    public static final Lifecycle<ShortlistMember, ShortlistMemberStatus> LIFECYCLE = Lifecycle
            .of(ShortlistMemberStatus.class, ShortlistMember::status)
            .entity("shortlist member").table("shortlist_members").code(PeopleErrorCode.SHORTLIST_MEMBER_TRANSITION_INVALID)
            .initial(CANDIDATE)
            .allow(CANDIDATE, CONTACTED, INTERVIEWED, REJECTED)
            .allow(CONTACTED, INTERVIEWED, REJECTED, DECLINED)
            .allow(INTERVIEWED, OFFERED, SELECTED, REJECTED, DECLINED)
            .allow(OFFERED, SELECTED, REJECTED, DECLINED)
            .allow(SELECTED, DECLINED)
            .allow(REJECTED, CANDIDATE)
            .allow(DECLINED, CANDIDATE)
            .build();

    /** The stages of the funnel, in order: candidate, contacted, interviewed, offered, selected. */
    public static final List<ShortlistMemberStatus> FUNNEL = List.of(CANDIDATE, CONTACTED, INTERVIEWED, OFFERED, SELECTED);

    /** Whether the member has left the funnel (rejected or declined). */
    public boolean isOut() {
        return this == REJECTED || this == DECLINED;
    }
}
