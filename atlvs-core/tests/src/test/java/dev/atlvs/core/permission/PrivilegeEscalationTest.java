package dev.atlvs.core.permission;

import dev.atlvs.core.error.DatabaseErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.CoreRules;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.member.ImmutableMember;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberService;
import dev.atlvs.core.permission.PermissionSet.ResourceRef;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * Nobody changes roles, memberships or grants beyond what they may: not through the services, not through the public
 * repositories, not by raw SQL through the transaction's handle, and not by raw SQL as the run-time role on a
 * connection of its own. The database checks every change against the transaction's verified actor.
 */
@AtlvsTest
class PrivilegeEscalationTest {

    @Test
    void aViewerCannotMakeItselfOwnerThroughTheMemberRepository(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Escalation Live");
        User viewer = organization.addMember(MemberRole.VIEWER);

        // when
        ThrowingCallable promote = () -> organization.as(viewer, tx -> {
            MemberRepository members = tx.repository(MemberRepository.class);
            return members.update(ImmutableMember.copyOf(members.findByUser(viewer.id()).orElseThrow()).withRole(MemberRole.OWNER));
        });

        // then
        assertRefused(promote, CoreRules.ORGANIZATION_MEMBERS_MANAGE_REQUIRED);
        assertThat(roleOf(organization, viewer)).isEqualTo(MemberRole.VIEWER);
    }

    @Test
    void aViewerCannotMakeItselfOwnerByRawSqlThroughTheHandle(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Handle Escalation Live");
        User viewer = organization.addMember(MemberRole.VIEWER);

        // when
        ThrowingCallable promote = () -> organization.as(viewer, tx -> tx.handle()
                .createUpdate("update atlvs.organization_members set role = 'owner' where user_id = :user")
                .bind("user", viewer.id()).execute());

        // then
        assertRefused(promote, CoreRules.ORGANIZATION_MEMBERS_MANAGE_REQUIRED);
        assertThat(roleOf(organization, viewer)).isEqualTo(MemberRole.VIEWER);
    }

    @Test
    void aViewerCannotChangeMembershipsByRawSqlOnAConnectionOfItsOwn(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture organization = fixtures.organization("Raw Escalation Live");
        User viewer = organization.addMember(MemberRole.VIEWER);
        User contributor = organization.addMember(MemberRole.CONTRIBUTOR);

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            SqlContext.of(database).tenant(connection, organization.id(), viewer.id());

            // when / then
            assertThatThrownBy(() -> execute(connection, "update atlvs.organization_members set role = 'owner' where user_id = ?", viewer.id()))
                    .isInstanceOfSatisfying(PSQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("42501");
                        assertThat(DatabaseErrors.constraint(e).orElse(null)).isEqualTo("organization_members_manage_required");
                    });
            connection.rollback();
            SqlContext.of(database).tenant(connection, organization.id(), viewer.id());
            assertThatThrownBy(() -> execute(connection, "delete from atlvs.organization_members where user_id = ?", contributor.id()))
                    .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(DatabaseErrors.constraint(e).orElse(null))
                            .isEqualTo("organization_members_manage_required"));
            connection.rollback();
        }
        assertThat(roleOf(organization, viewer)).isEqualTo(MemberRole.VIEWER);
        assertThat(roleOf(organization, contributor)).isEqualTo(MemberRole.CONTRIBUTOR);
    }

    @Test
    void aViewerCannotGrantItselfPermissionsThroughTheRepository(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Grant Escalation Live");
        User viewer = organization.addMember(MemberRole.VIEWER);

        // when
        for (String permission : List.of("core.owners.manage", "core.*")) {
            ThrowingCallable grant = () -> organization.as(viewer, tx -> tx.repository(UserPermissionRepository.class)
                    .insert(UserPermission.builder().organizationId(tx.organizationId()).userId(viewer.id())
                            .permission(permission).grantedAt(tx.now()).build()));

            // then
            assertRefused(grant, CoreRules.USER_PERMISSIONS_MANAGE_REQUIRED);
        }
        assertThat(grantsOf(organization, viewer)).isEmpty();
        boolean holds = organization.as(viewer, tx -> tx.permissions().allows("core.owners.manage"));
        assertThat(holds).isFalse();
    }

    @Test
    void aViewerCannotAssignItselfACustomRoleByRawSqlThroughTheHandle(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Role Escalation Live");
        User viewer = organization.addMember(MemberRole.VIEWER);
        UUID everything = organization.asOwner(tx -> new PrivilegeService(tx)
                .createRole("Everything", Optional.empty(), List.of("core.*")).id());

        // when
        ThrowingCallable assign = () -> organization.as(viewer, tx -> tx.handle().createUpdate(
                        "insert into atlvs.user_roles (organization_id, user_id, role_id) values (:organization, :user, :role)")
                .bind("organization", organization.id()).bind("user", viewer.id()).bind("role", everything).execute());

        // then
        assertRefused(assign, CoreRules.USER_ROLES_MANAGE_REQUIRED);
        List<UserRole> assignments = organization.asOwner(tx -> new PrivilegeService(tx).assignmentsOf(viewer.id()));
        assertThat(assignments).isEmpty();
    }

    @Test
    void anAdminCannotGrantAPermissionItDoesNotHold(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Reserved Grant Live");
        User admin = organization.addMember(MemberRole.ADMIN);
        User manager = organization.addMember(MemberRole.MANAGER);

        // when
        ThrowingCallable throughTheService = () -> organization.as(admin, tx -> new PrivilegeService(tx)
                .grant(manager.id(), "core.owners.manage", Optional.empty(), Optional.empty()));
        ThrowingCallable throughTheRepository = () -> organization.as(admin, tx -> tx.repository(UserPermissionRepository.class)
                .insert(UserPermission.builder().organizationId(tx.organizationId()).userId(manager.id())
                        .permission("core.organization.delete").grantedAt(tx.now()).build()));

        // then
        assertRefused(throughTheService, CoreRules.USER_PERMISSIONS_PERMISSION_HELD);
        assertRefused(throughTheRepository, CoreRules.USER_PERMISSIONS_PERMISSION_HELD);
        assertThat(grantsOf(organization, manager)).isEmpty();
    }

    @Test
    void anAdminCannotGiveARoleAPermissionItDoesNotHold(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Role Author Live");
        User admin = organization.addMember(MemberRole.ADMIN);
        CustomRole crew = organization.asOwner(tx -> new PrivilegeService(tx)
                .createRole("Crew Lead", Optional.empty(), List.of("projects.*.read")));

        // when
        ThrowingCallable widen = () -> organization.as(admin, tx -> tx.repository(CustomRoleRepository.class)
                .update(ImmutableCustomRole.copyOf(tx.repository(CustomRoleRepository.class).get(crew.id()))
                        .withPermissions("projects.*.read", "core.organization.delete")));

        // then
        assertRefused(widen, CoreRules.CUSTOM_ROLES_PERMISSIONS_HELD);
        List<String> permissions = organization.asOwner(tx -> tx.repository(CustomRoleRepository.class).get(crew.id()).permissions());
        assertThat(permissions).containsExactly("projects.*.read");
    }

    @Test
    void anAdminCannotDemoteAnOwner(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Demotion Live");
        User admin = organization.addMember(MemberRole.ADMIN);
        UUID ownerMembership = organization.ownerMembership().id();

        // when
        ThrowingCallable demote = () -> organization.as(admin, tx -> new MemberService(tx).changeRole(ownerMembership, MemberRole.VIEWER));
        ThrowingCallable demoteByHandle = () -> organization.as(admin, tx -> tx.handle()
                .createUpdate("update atlvs.organization_members set role = 'viewer' where id = :id").bind("id", ownerMembership).execute());

        // then
        assertRefused(demote, CoreRules.ORGANIZATION_MEMBERS_OWNER_REQUIRED);
        assertRefused(demoteByHandle, CoreRules.ORGANIZATION_MEMBERS_OWNER_REQUIRED);
        assertThat(roleOf(organization, organization.owner())).isEqualTo(MemberRole.OWNER);
    }

    @Test
    void aMemberWhoManagesMembersCannotRaiseItsOwnRole(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Self Raise Live");
        User manager = organization.addMember(MemberRole.MANAGER);
        organization.asOwner(tx -> new PrivilegeService(tx).grant(manager.id(), "core.members.manage", Optional.empty(), Optional.empty()));
        UUID own = organization.as(manager, tx -> tx.repository(MemberRepository.class).findByUser(manager.id()).orElseThrow().id());

        // when
        ThrowingCallable raise = () -> organization.as(manager, tx -> new MemberService(tx).changeRole(own, MemberRole.ADMIN));
        ThrowingCallable raiseByHandle = () -> organization.as(manager, tx -> tx.handle()
                .createUpdate("update atlvs.organization_members set role = 'admin' where id = :id").bind("id", own).execute());

        // then
        assertRefused(raise, CoreRules.ORGANIZATION_MEMBERS_SELF_ESCALATION);
        assertRefused(raiseByHandle, CoreRules.ORGANIZATION_MEMBERS_SELF_ESCALATION);
        assertThat(roleOf(organization, manager)).isEqualTo(MemberRole.MANAGER);
    }

    @Test
    void aMemberWhoManagesMembersCanLowerItsOwnRoleAndRevokeItsOwnGrant(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Self Lower Live");
        User admin = organization.addMember(MemberRole.ADMIN);
        UUID grant = organization.asOwner(tx -> new PrivilegeService(tx)
                .grant(admin.id(), "core.locations.export", Optional.empty(), Optional.empty()).id());
        UUID own = organization.as(admin, tx -> tx.repository(MemberRepository.class).findByUser(admin.id()).orElseThrow().id());

        // when
        organization.as(admin, tx -> {
            new PrivilegeService(tx).revoke(grant);
            return new MemberService(tx).changeRole(own, MemberRole.MANAGER);
        });

        // then
        assertThat(roleOf(organization, admin)).isEqualTo(MemberRole.MANAGER);
        assertThat(grantsOf(organization, admin)).isEmpty();
    }

    @Test
    void nobodyGrantsThemselvesAPermissionTheyAlreadyHold(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Self Grant Live");

        // when
        ThrowingCallable grant = () -> organization.asOwner(tx -> new PrivilegeService(tx)
                .grant(organization.owner().id(), "core.locations.read", Optional.empty(), Optional.empty()));

        // then
        assertRefused(grant, CoreRules.USER_PERMISSIONS_SELF_GRANT);
        assertThat(grantsOf(organization, organization.owner())).isEmpty();
    }

    @Test
    void anAdminGivesOthersWhatItHoldsAndTheyHoldItThen(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Delegation Live");
        User admin = organization.addMember(MemberRole.ADMIN);
        User viewer = organization.addMember(MemberRole.VIEWER);

        // when
        organization.as(admin, tx -> {
            PrivilegeService privileges = new PrivilegeService(tx);
            CustomRole approver = privileges.createRole("Budget Approver", Optional.of("Approves budgets"),
                    List.of("projects.budgets.approve", "finance.*.read"));
            privileges.assignRole(viewer.id(), approver.id(), Optional.empty(), Optional.empty());
            return privileges.grant(viewer.id(), "core.locations.create", Optional.empty(), Optional.empty());
        });

        // then
        PermissionSet held = organization.as(viewer, tx -> tx.permissions());
        assertThat(held.allows("projects.budgets.approve")).isTrue();
        assertThat(held.allows("finance.invoices.read")).isTrue();
        assertThat(held.allows("core.locations.create")).isTrue();
        assertThat(held.allows("core.members.manage")).isFalse();
    }

    @Test
    void aPermissionHeldOnOneRecordIsGivenOnThatRecordOnly(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Scoped Delegation Live");
        User lead = organization.addMember(MemberRole.VIEWER);
        User crew = organization.addMember(MemberRole.VIEWER);
        ResourceRef stage = new ResourceRef("location", UUID.randomUUID());
        organization.asOwner(tx -> {
            PrivilegeService privileges = new PrivilegeService(tx);
            privileges.grant(lead.id(), "core.members.manage", Optional.empty(), Optional.empty());
            return privileges.grant(lead.id(), "core.locations.delete", Optional.of(stage), Optional.empty());
        });

        // when
        organization.as(lead, tx -> new PrivilegeService(tx).grant(crew.id(), "core.locations.delete", Optional.of(stage), Optional.empty()));
        ThrowingCallable everywhere = () -> organization.as(lead, tx -> tx.repository(UserPermissionRepository.class)
                .insert(UserPermission.builder().organizationId(tx.organizationId()).userId(crew.id())
                        .permission("core.locations.delete").grantedAt(tx.now()).build()));

        // then
        assertRefused(everywhere, CoreRules.USER_PERMISSIONS_PERMISSION_HELD);
        PermissionSet held = organization.as(crew, tx -> tx.permissions());
        assertThat(held.allows("core.locations.delete", stage)).isTrue();
        assertThat(held.allows("core.locations.delete")).isFalse();
    }

    @Test
    void aMemberEditsTheDescriptiveColumnsOfItsOwnMembership(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Own Title Live");
        User viewer = organization.addMember(MemberRole.VIEWER);

        // when
        Member changed = organization.as(viewer, tx -> {
            MemberRepository members = tx.repository(MemberRepository.class);
            return members.update(ImmutableMember.copyOf(members.findByUser(viewer.id()).orElseThrow())
                    .withTitle("Rigger").withDepartment("Production"));
        });

        // then
        assertThat(changed.title()).contains("Rigger");
        assertThat(changed.role()).isEqualTo(MemberRole.VIEWER);
    }

    @Test
    void aPlatformOperationIsNotBoundByTheActorsPrivileges(Fixtures fixtures) {
        // given
        OrganizationFixture organization = fixtures.organization("Platform Admin Live");

        // when
        User added = organization.addMember(MemberRole.OWNER);

        // then
        assertThat(roleOf(organization, added)).isEqualTo(MemberRole.OWNER);
    }

    private static void assertRefused(ThrowingCallable change, Rule rule) {
        assertThatThrownBy(change).isInstanceOfSatisfying(AccessDeniedException.class, e -> {
            assertThat(e.code()).isEqualTo(rule.code());
            assertThat(e.rule()).contains(rule.name());
            assertThat(e.code()).isIn(CoreErrorCode.PERMISSION_DENIED, CoreErrorCode.PRIVILEGE_ESCALATION);
        });
    }

    private static MemberRole roleOf(OrganizationFixture organization, User user) {
        return organization.asOwner(tx -> tx.repository(MemberRepository.class).findByUser(user.id()).orElseThrow().role());
    }

    private static List<UserPermission> grantsOf(OrganizationFixture organization, User user) {
        return organization.asOwner(tx -> tx.repository(UserPermissionRepository.class).ofUser(user.id()));
    }

    private static void execute(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }
}
