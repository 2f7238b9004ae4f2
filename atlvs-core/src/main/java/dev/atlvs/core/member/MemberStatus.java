package dev.atlvs.core.member;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.lifecycle.Lifecycle;

/**
 * The lifecycle of a membership: invited → active (accepted) or removed (revoked); active ⇄ suspended;
 * active or suspended → removed. Removed is terminal. A membership starts invited, or active for the
 * first owner of a new organization.
 */
public enum MemberStatus {
    INVITED, ACTIVE, SUSPENDED, REMOVED;

    /** The transition table; a refused move is {@link CoreErrorCode#MEMBER_TRANSITION_INVALID}. */
    public static final Lifecycle<Member, MemberStatus> LIFECYCLE = Lifecycle.of(MemberStatus.class, Member::status)
            .entity("membership").table("organization_members").code(CoreErrorCode.MEMBER_TRANSITION_INVALID)
            .initial(INVITED, ACTIVE)
            .allow(INVITED, ACTIVE, REMOVED)
            .allow(ACTIVE, SUSPENDED, REMOVED)
            .allow(SUSPENDED, ACTIVE, REMOVED)
            .build();
}
