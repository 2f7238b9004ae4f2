package dev.atlvs.core.member;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The membership lifecycle on one repository, without permission checks: {@link MemberService} adds
 * them for tenant callers, and the platform API uses this directly. The database keeps the last active
 * owner in place whatever code writes.
 */
public final class Memberships {
    private final MemberRepository members;

    public Memberships(MemberRepository members) {
        this.members = requireNonNull(members, "members is null");
    }

    /** Invites {@code userId} with {@code role}; a second invitation of the same user is a duplicate. */
    public Member invite(UUID organizationId, UUID userId, MemberRole role, UUID invitedBy, Instant now) {
        if (members.findByUser(userId).isPresent()) {
            throw new DuplicateException("Member", List.of("userId"), "organization_members_user_unique", null);
        }
        return members.insert(Member.builder()
                .organizationId(organizationId)
                .userId(userId)
                .role(role)
                .status(MemberStatus.INVITED)
                .invitedBy(invitedBy)
                .invitedAt(now)
                .build());
    }

    /** Adds {@code userId} as an active member straight away (the first owner of a new organization). */
    public Member admit(UUID organizationId, UUID userId, MemberRole role, Instant now) {
        return members.insert(Member.builder()
                .organizationId(organizationId)
                .userId(userId)
                .role(role)
                .status(MemberStatus.ACTIVE)
                .joinedAt(now)
                .build());
    }

    /**
     * Moves the membership to {@code target} if the lifecycle allows it.
     *
     * @throws ConflictException ({@link CoreErrorCode#MEMBER_TRANSITION_INVALID}, field {@code status}, rule
     *         {@code organization_members_status_transition}) when {@link MemberStatus#LIFECYCLE} does not allow the move
     */
    public Member transition(UUID memberId, MemberStatus target, Instant now) {
        Member member = MemberStatus.LIFECYCLE.require(members.get(memberId), target);
        ImmutableMember.Builder changed = ImmutableMember.builder().from(member).status(target);
        if (target == MemberStatus.ACTIVE && member.joinedAt().isEmpty()) {
            changed.joinedAt(now);
        }
        return members.update(changed.build());
    }

    /** Gives the membership another base role. */
    public Member changeRole(UUID memberId, MemberRole role) {
        Member member = members.get(memberId);
        if (member.status() == MemberStatus.REMOVED) {
            throw new ConflictException(CoreErrorCode.ILLEGAL_TRANSITION, "role", "a removed membership cannot change role");
        }
        return members.update(ImmutableMember.copyOf(member).withRole(role));
    }
}
