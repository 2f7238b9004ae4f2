package dev.atlvs.core.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.permission.CustomRole;
import dev.atlvs.core.permission.CustomRoleRepository;
import dev.atlvs.core.permission.ImmutableUserPermission;
import dev.atlvs.core.permission.ImmutableUserRole;
import dev.atlvs.core.permission.PermissionSet;
import dev.atlvs.core.permission.PermissionSet.ResourceRef;
import dev.atlvs.core.permission.UserPermission;
import dev.atlvs.core.permission.UserPermissionRepository;
import dev.atlvs.core.permission.UserRole;
import dev.atlvs.core.permission.UserRoleRepository;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Effective permissions: the base role's patterns, the patterns of unexpired custom-role assignments
 * and unexpired direct grants, each scoped grant only on its own record. Expiry is judged by the SDK's
 * clock.
 */
@AtlvsTest
class PermissionResolutionTest {
    private static final Instant NOW = Instant.parse("2031-06-15T12:00:00Z");

    @Test
    void aViewerMayReadButNotCreate(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Read Only Crew");
        User viewer = acme.addMember(MemberRole.VIEWER);

        // when
        PermissionSet permissions = acme.as(viewer, tx -> tx.permissions());

        // then
        assertThat(permissions.allows("core.locations.read")).isTrue();
        assertThat(permissions.allows("finance.invoices.read")).isTrue();
        assertThat(permissions.allows("core.locations.create")).isFalse();
        assertThat(permissions.allows("core.locations.update")).isFalse();
        assertThat(permissions.allows("core.members.manage")).isFalse();
    }

    @Test
    void requiringAPermissionTheActorLacksIsDeniedNamingIt(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Denied Crew");
        User viewer = acme.addMember(MemberRole.VIEWER);

        // when / then
        assertThatThrownBy(() -> acme.as(viewer, tx -> {
            tx.require("core.locations.create");
            return null;
        })).isInstanceOfSatisfying(AccessDeniedException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.PERMISSION_DENIED);
            assertThat(e.permission()).contains("core.locations.create");
        });
    }

    @Test
    void anOwnerHoldsEveryPermission(Fixtures fixtures) {
        // when
        OrganizationFixture acme = fixtures.organization("Almighty Owners");
        PermissionSet permissions = acme.asOwner(tx -> tx.permissions());

        // then
        assertThat(List.of("core.members.manage", "core.owners.manage", "billing.subscriptions.delete", "finance.invoices.approve",
                "settings.organization.transfer")).allSatisfy(p -> assertThat(permissions.allows(p)).as(p).isTrue());
    }

    @Test
    void aContributorMayCreateAndUpdateButNotDeleteOrApprove(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Contributor Crew");
        User contributor = acme.addMember(MemberRole.CONTRIBUTOR);

        // when
        PermissionSet permissions = acme.as(contributor, tx -> tx.permissions());

        // then
        assertThat(permissions.allows("projects.tasks.create")).isTrue();
        assertThat(permissions.allows("projects.tasks.update")).isTrue();
        assertThat(permissions.allows("projects.tasks.delete")).isFalse();
        assertThat(permissions.allows("finance.invoices.approve")).isFalse();
    }

    @Test
    void anAdminDoesNotHoldThePermissionReservedToOwners(Fixtures fixtures) {
        // given: MemberService refuses admins owner changes, reporting "core.owners.manage" as missing
        OrganizationFixture acme = fixtures.organization("Admin Limits");
        User admin = acme.addMember(MemberRole.ADMIN);

        // when
        PermissionSet permissions = acme.as(admin, tx -> tx.permissions());

        // then
        assertThat(permissions.allows("core.members.manage")).isTrue();
        assertThat(permissions.allows("core.owners.manage")).isFalse();
    }

    @Test
    void aCustomRoleAddsItsPatterns(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Finance Approvers");
        User viewer = acme.addMember(MemberRole.VIEWER);
        CustomRole approver = acme.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(CustomRole.builder()
                .organizationId(acme.id()).name("Finance Approver").permissions(List.of("finance.invoices.*")).build()));
        acme.asOwner(tx -> tx.repository(UserRoleRepository.class).insert(assignment(acme, viewer, approver).build()));

        // when
        PermissionSet permissions = acme.as(viewer, tx -> tx.permissions());

        // then
        assertThat(permissions.allows("finance.invoices.approve")).isTrue();
        assertThat(permissions.allows("finance.invoices.delete")).isTrue();
        assertThat(permissions.allows("finance.payments.approve")).isFalse();
        assertThat(permissions.allows("projects.tasks.create")).isFalse();
    }

    @Test
    void anExpiredRoleAssignmentAddsNothing(Fixtures fixtures, TestDatabase database) {
        // given
        Atlvs atNow = atlvsAt(database, NOW);
        OrganizationFixture acme = fixtures.organization("Temporary Approvers");
        User viewer = acme.addMember(MemberRole.VIEWER);
        CustomRole approver = acme.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(CustomRole.builder()
                .organizationId(acme.id()).name("Payment Approver").permissions(List.of("finance.payments.approve")).build()));
        acme.asOwner(tx -> tx.repository(UserRoleRepository.class).insert(assignment(acme, viewer, approver)
                .grantedAt(NOW.minus(Duration.ofDays(7)))
                .expiresAt(NOW.minus(Duration.ofDays(1)))
                .build()));

        // when
        PermissionSet permissions = atNow.inTenant(acme.id(), viewer.id(), tx -> tx.permissions());

        // then
        assertThat(permissions.allows("finance.payments.approve")).isFalse();
    }

    @Test
    void anExpiredDirectGrantIsIgnoredWhileAnUnexpiredOneCounts(Fixtures fixtures, TestDatabase database) {
        // given
        Atlvs atNow = atlvsAt(database, NOW);
        OrganizationFixture acme = fixtures.organization("Expiring Grants");
        User viewer = acme.addMember(MemberRole.VIEWER);
        acme.asOwner(tx -> {
            UserPermissionRepository grants = tx.repository(UserPermissionRepository.class);
            grants.insert(grant(acme, viewer, "finance.invoices.approve")
                    .grantedAt(NOW.minus(Duration.ofDays(2))).expiresAt(NOW.minus(Duration.ofHours(1))).build());
            grants.insert(grant(acme, viewer, "finance.payments.approve")
                    .grantedAt(NOW.minus(Duration.ofDays(2))).expiresAt(NOW.plus(Duration.ofHours(1))).build());
            return null;
        });

        // when
        PermissionSet permissions = atNow.inTenant(acme.id(), viewer.id(), tx -> tx.permissions());

        // then
        assertThat(permissions.allows("finance.invoices.approve")).isFalse();
        assertThat(permissions.allows("finance.payments.approve")).isTrue();
    }

    @Test
    void aGrantExpiresAtItsExpiryInstant(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Exact Expiry");
        User viewer = acme.addMember(MemberRole.VIEWER);
        acme.asOwner(tx -> tx.repository(UserPermissionRepository.class).insert(grant(acme, viewer, "assets.vehicles.approve")
                .grantedAt(NOW.minus(Duration.ofDays(1))).expiresAt(NOW).build()));

        // when
        boolean justBefore = atlvsAt(database, NOW.minusMillis(1))
                .inTenant(acme.id(), viewer.id(), tx -> tx.permissions().allows("assets.vehicles.approve"));
        boolean atExpiry = atlvsAt(database, NOW)
                .inTenant(acme.id(), viewer.id(), tx -> tx.permissions().allows("assets.vehicles.approve"));

        // then
        assertThat(justBefore).isTrue();
        assertThat(atExpiry).isFalse();
    }

    @Test
    void aScopedGrantAppliesToItsRecordOnly(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Scoped Grants");
        User viewer = acme.addMember(MemberRole.VIEWER);
        UUID ownProject = Ids.newId();
        UUID otherProject = Ids.newId();
        acme.asOwner(tx -> tx.repository(UserPermissionRepository.class).insert(grant(acme, viewer, "projects.tasks.update")
                .resourceType("projects").resourceId(ownProject).build()));

        // when
        PermissionSet permissions = acme.as(viewer, tx -> tx.permissions());

        // then
        assertThat(permissions.allows("projects.tasks.update", new ResourceRef("projects", ownProject))).isTrue();
        assertThat(permissions.allows("projects.tasks.update", new ResourceRef("projects", otherProject))).isFalse();
        assertThat(permissions.allows("projects.tasks.update", new ResourceRef("events", ownProject))).isFalse();
        assertThat(permissions.allows("projects.tasks.update")).isFalse();
        assertThatThrownBy(() -> permissions.require("projects.tasks.update", new ResourceRef("projects", otherProject)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission()).contains("projects.tasks.update"));
    }

    @Test
    void aScopedRoleAssignmentAppliesToItsRecordOnly(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Scoped Roles");
        User viewer = acme.addMember(MemberRole.VIEWER);
        UUID festival = Ids.newId();
        CustomRole lead = acme.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(CustomRole.builder()
                .organizationId(acme.id()).name("Project Lead").permissions(List.of("projects.*")).build()));
        acme.asOwner(tx -> tx.repository(UserRoleRepository.class).insert(assignment(acme, viewer, lead)
                .scopeType("projects").scopeId(festival).build()));

        // when
        PermissionSet permissions = acme.as(viewer, tx -> tx.permissions());

        // then
        assertThat(permissions.allows("projects.tasks.delete", new ResourceRef("projects", festival))).isTrue();
        assertThat(permissions.allows("projects.tasks.delete", new ResourceRef("projects", Ids.newId()))).isFalse();
        assertThat(permissions.allows("projects.tasks.delete")).isFalse();
    }

    @Test
    void grantsInOneOrganizationDoNotApplyInAnother(Fixtures fixtures) {
        // given: one person, viewer in two organizations, granted approval in the first only
        OrganizationFixture acme = fixtures.organization("Granting Org");
        OrganizationFixture globex = fixtures.organization("Stingy Org");
        User person = acme.addMember(MemberRole.VIEWER);
        var invited = fixtures.atlvs().platform().inviteMember(globex.id(), person.id(), MemberRole.VIEWER, globex.owner().id());
        fixtures.atlvs().platform().activateMember(globex.id(), invited.id());
        acme.asOwner(tx -> tx.repository(UserPermissionRepository.class).insert(grant(acme, person, "finance.invoices.approve").build()));

        // when
        boolean inAcme = acme.as(person, tx -> tx.permissions().allows("finance.invoices.approve"));
        boolean inGlobex = globex.as(person, tx -> tx.permissions().allows("finance.invoices.approve"));

        // then
        assertThat(inAcme).isTrue();
        assertThat(inGlobex).isFalse();
    }

    private static Atlvs atlvsAt(TestDatabase database, Instant instant) {
        return Atlvs.builder(database.appDataSource()).contextKey(database.contextKey()).clock(Clock.fixed(instant, ZoneOffset.UTC)).strict(true).build();
    }

    private static ImmutableUserRole.Builder assignment(OrganizationFixture organization, User user, CustomRole role) {
        return UserRole.builder()
                .organizationId(organization.id())
                .userId(user.id())
                .roleId(role.id())
                .grantedBy(organization.owner().id())
                .grantedAt(NOW.minus(Duration.ofDays(30)));
    }

    private static ImmutableUserPermission.Builder grant(OrganizationFixture organization, User user,
            String permission) {
        return UserPermission.builder()
                .organizationId(organization.id())
                .userId(user.id())
                .permission(permission)
                .grantedBy(organization.owner().id())
                .grantedAt(NOW.minus(Duration.ofDays(30)));
    }
}
