package dev.atlvs.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.CoreRules;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberService;
import dev.atlvs.core.member.MemberStatus;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Membership administration by members: it needs {@code core.members.manage}, and only an owner may
 * make, change or unmake owners.
 */
@AtlvsTest
class MemberServiceTest {

    @ParameterizedTest
    @EnumSource(value = MemberRole.class, names = {"MANAGER", "CONTRIBUTOR", "VIEWER"})
    void aMemberWithoutManagePermissionCannotInvite(MemberRole role, Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("No Invites From " + role);
        User member = acme.addMember(role);
        User guest = fixtures.user();
        long before = Rows.count(database, "organization_members");

        // when / then
        assertThatThrownBy(() -> acme.as(member, tx -> new MemberService(tx).invite(guest.id(), MemberRole.VIEWER)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.PERMISSION_DENIED);
                    assertThat(e.rule()).contains(CoreRules.ORGANIZATION_MEMBERS_MANAGE_REQUIRED.name());
                    assertThat(e.getMessage()).contains(CorePermissions.MEMBERS_MANAGE.name());
                });
        assertThat(Rows.count(database, "organization_members")).isEqualTo(before);
    }

    @Test
    void anAdminInvitesAContributor(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Admin Invites");
        User admin = acme.addMember(MemberRole.ADMIN);
        User guest = fixtures.user();

        // when
        Member invited = acme.as(admin, tx -> new MemberService(tx).invite(guest.id(), MemberRole.CONTRIBUTOR));

        // then
        assertThat(invited.userId()).isEqualTo(guest.id());
        assertThat(invited.role()).isEqualTo(MemberRole.CONTRIBUTOR);
        assertThat(invited.status()).isEqualTo(MemberStatus.INVITED);
        assertThat(invited.invitedBy()).contains(admin.id());
        assertThat(invited.invitedAt()).isPresent();
        assertThat(invited.createdBy()).contains(admin.id());
    }

    @Test
    void anAdminCannotInviteAnOwner(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Admin Owner Invites");
        User admin = acme.addMember(MemberRole.ADMIN);
        User guest = fixtures.user();
        long before = Rows.count(database, "organization_members");

        // when / then
        assertThatThrownBy(() -> acme.as(admin, tx -> new MemberService(tx).invite(guest.id(), MemberRole.OWNER)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.PERMISSION_DENIED);
                    assertThat(e.rule()).contains(CoreRules.ORGANIZATION_MEMBERS_OWNER_REQUIRED.name());
                    assertThat(e.getMessage()).contains("core.owners.manage");
                });
        assertThat(Rows.count(database, "organization_members")).isEqualTo(before);
    }

    @Test
    void anAdminCannotPromoteAMemberToOwner(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Admin Promotions");
        User admin = acme.addMember(MemberRole.ADMIN);
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Member membership = membershipOf(acme, crew);

        // when / then
        assertThatThrownBy(() -> acme.as(admin, tx -> new MemberService(tx).changeRole(membership.id(), MemberRole.OWNER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(membershipOf(acme, crew).role()).isEqualTo(MemberRole.CONTRIBUTOR);
    }

    @Test
    void anAdminCannotSuspendAnOwner(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Admin Coup");
        User admin = acme.addMember(MemberRole.ADMIN);
        acme.addMember(MemberRole.OWNER);

        // when / then
        assertThatThrownBy(() -> acme.as(admin, tx -> new MemberService(tx).suspend(acme.ownerMembership().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(membershipOf(acme, acme.owner()).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void anAdminSuspendsAndReactivatesAContributor(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Admin Discipline");
        User admin = acme.addMember(MemberRole.ADMIN);
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Member membership = membershipOf(acme, crew);

        // when
        Member suspended = acme.as(admin, tx -> new MemberService(tx).suspend(membership.id()));
        Member reactivated = acme.as(admin, tx -> new MemberService(tx).activate(membership.id()));

        // then
        assertThat(suspended.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(reactivated.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(reactivated.updatedBy()).contains(admin.id());
    }

    @Test
    void anOwnerInvitesAnotherOwner(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Owner Invites");
        User guest = fixtures.user();

        // when
        Member invited = acme.asOwner(tx -> new MemberService(tx).invite(guest.id(), MemberRole.OWNER));

        // then
        assertThat(invited.role()).isEqualTo(MemberRole.OWNER);
        assertThat(invited.status()).isEqualTo(MemberStatus.INVITED);
    }

    @Test
    void anOwnerPromotesAnAdminToOwner(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Owner Promotions");
        User admin = acme.addMember(MemberRole.ADMIN);
        Member membership = membershipOf(acme, admin);

        // when
        Member promoted = acme.asOwner(tx -> new MemberService(tx).changeRole(membership.id(), MemberRole.OWNER));

        // then
        assertThat(promoted.role()).isEqualTo(MemberRole.OWNER);
        assertThat(promoted.version()).isEqualTo(membership.version() + 1);
    }

    private static Member membershipOf(OrganizationFixture organization, User user) {
        return organization.asOwner(tx -> tx.repository(MemberRepository.class).findByUser(user.id()).orElseThrow());
    }
}
