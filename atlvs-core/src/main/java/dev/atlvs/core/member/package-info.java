/**
 * Memberships: a user's seat in an organization, with a base role and a lifecycle
 * (invited → active ⇄ suspended → removed). The last active owner is never demoted or removed.
 *
 * <pre>{@code
 * Member invited = new MemberService(tx).invite(userId, MemberRole.CONTRIBUTOR);
 * atlvs.platform().activateMember(organizationId, invited.id());
 * }</pre>
 */
package dev.atlvs.core.member;
