package dev.atlvs.core.member;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.permission.PermissionSet;
import java.util.UUID;

/**
 * Membership administration by a member of the organization: needs {@link CorePermissions#MEMBERS_MANAGE}, and making or
 * unmaking owners needs {@link dev.atlvs.core.CorePermissions#OWNERS_MANAGE} (held by owners only, unless granted).
 * The last active owner can be neither demoted nor removed.
 */
public final class MemberService {

    private final TenantTransaction tx;
    private final Memberships memberships;
    private final MemberRepository members;

    public MemberService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.members = tx.repository(MemberRepository.class);
        this.memberships = new Memberships(members);
    }

    public Member invite(UUID userId, MemberRole role) {
        tx.require(CorePermissions.MEMBERS_MANAGE);
        requireOwnerFor(role);
        return memberships.invite(tx.organizationId(), userId, role, tx.actorId(), tx.now());
    }

    public Member activate(UUID memberId) {
        return transition(memberId, MemberStatus.ACTIVE);
    }

    public Member suspend(UUID memberId) {
        return transition(memberId, MemberStatus.SUSPENDED);
    }

    public Member remove(UUID memberId) {
        return transition(memberId, MemberStatus.REMOVED);
    }

    public Member changeRole(UUID memberId, MemberRole role) {
        tx.require(CorePermissions.MEMBERS_MANAGE);
        requireOwnerFor(role);
        requireOwnerFor(members.get(memberId).role());
        return memberships.changeRole(memberId, role);
    }

    private Member transition(UUID memberId, MemberStatus target) {
        tx.require(CorePermissions.MEMBERS_MANAGE);
        requireOwnerFor(members.get(memberId).role());
        return memberships.transition(memberId, target, tx.now());
    }

    private void requireOwnerFor(MemberRole role) {
        if (role == MemberRole.OWNER) {
            tx.require(dev.atlvs.core.CorePermissions.OWNERS_MANAGE);
        }
    }
}
