package dev.atlvs.core.member;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a membership: invited → active (accepted) or removed (revoked); active ⇄ suspended;
 * active or suspended → removed. Removed is terminal.
 */
public enum MemberStatus {
    INVITED, ACTIVE, SUSPENDED, REMOVED;

    /** The statuses this one may move to. */
    public Set<MemberStatus> next() {
        return switch (this) {
            case INVITED -> EnumSet.of(ACTIVE, REMOVED);
            case ACTIVE -> EnumSet.of(SUSPENDED, REMOVED);
            case SUSPENDED -> EnumSet.of(ACTIVE, REMOVED);
            case REMOVED -> EnumSet.noneOf(MemberStatus.class);
        };
    }

    /** Whether moving from this status to {@code target} is allowed. */
    public boolean canMoveTo(MemberStatus target) {
        return next().contains(target);
    }
}
