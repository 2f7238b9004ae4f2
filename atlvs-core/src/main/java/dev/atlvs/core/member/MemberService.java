package dev.atlvs.core.member;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.CoreRules;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.permission.PermissionSet;
import java.util.UUID;

/**
 * Membership administration by a member of the organization: needs {@link CorePermissions#MEMBERS_MANAGE}; making,
 * changing or removing an owner needs {@link CorePermissions#OWNERS_MANAGE} (held by owners only, unless granted);
 * nobody raises their own role; the last active owner can be neither demoted nor removed. The database holds the same
 * rules against the transaction's verified actor whatever code writes, and reports them with the same identity
 * ({@link CoreRules#ORGANIZATION_MEMBERS_MANAGE_REQUIRED}, {@link CoreRules#ORGANIZATION_MEMBERS_OWNER_REQUIRED},
 * {@link CoreRules#ORGANIZATION_MEMBERS_SELF_ESCALATION}, {@link CoreRules#ORGANIZATION_MEMBERS_LAST_OWNER}).
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
        requireManage();
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
        Member member = members.get(memberId);
        requireManage();
        requireOwnerFor(role);
        requireOwnerFor(member.role());
        if (member.userId().equals(tx.actorId()) && role.compareTo(member.role()) < 0) {
            throw CoreRules.ORGANIZATION_MEMBERS_SELF_ESCALATION.exception();
        }
        return memberships.changeRole(memberId, role);
    }

    private Member transition(UUID memberId, MemberStatus target) {
        Member member = members.get(memberId);
        requireManage();
        requireOwnerFor(member.role());
        return memberships.transition(memberId, target, tx.now());
    }

    private void requireManage() {
        tx.require(CorePermissions.MEMBERS_MANAGE, CoreRules.ORGANIZATION_MEMBERS_MANAGE_REQUIRED);
    }

    private void requireOwnerFor(MemberRole role) {
        if (role == MemberRole.OWNER) {
            tx.require(CorePermissions.OWNERS_MANAGE, CoreRules.ORGANIZATION_MEMBERS_OWNER_REQUIRED);
        }
    }
}
