package dev.atlvs.core.permission;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.CoreRules;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.permission.PermissionSet.ResourceRef;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Custom roles, their assignments and direct grants, changed by a member of the organization. Every change needs
 * {@link CorePermissions#MEMBERS_MANAGE}; nobody assigns a role or grants a permission to themselves; and nobody
 * gives what they do not hold: a role gains, an assignment confers and a grant names only permissions the actor
 * holds (organization-wide, or on the record the assignment or grant is scoped to). Revoking needs
 * {@code core.members.manage} only.
 *
 * <p>The database holds the same rules against the transaction's verified actor, whatever code writes (a
 * repository, raw SQL through {@link TenantTransaction#handle()}); this service checks them first, so a refusal
 * comes before any write, with the same code, field and rule name (the privilege rules of
 * {@link dev.atlvs.core.CoreRules}):
 *
 * <pre>{@code
 * PrivilegeService privileges = new PrivilegeService(tx);
 * CustomRole approver = privileges.createRole("Finance Approver", Optional.empty(), List.of("finance.invoices.*"));
 * privileges.assignRole(userId, approver.id(), Optional.empty(), Optional.empty());
 * privileges.grant(userId, "projects.budgets.approve", Optional.of(new ResourceRef("project", projectId)), Optional.empty());
 * }</pre>
 */
public final class PrivilegeService {

    private final TenantTransaction tx;
    private final CustomRoleRepository roles;
    private final UserRoleRepository assignments;
    private final UserPermissionRepository grants;

    public PrivilegeService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.roles = tx.repository(CustomRoleRepository.class);
        this.assignments = tx.repository(UserRoleRepository.class);
        this.grants = tx.repository(UserPermissionRepository.class);
    }

    /** Creates a custom role with {@code permissions}, each held by the actor. */
    public CustomRole createRole(String name, Optional<String> description, Collection<String> permissions) {
        CustomRole role = tx.validate("CustomRole", CustomRole.builder()
                .organizationId(tx.organizationId())
                .name(name)
                .description(description)
                .permissions(permissions)
                .build());
        requireManage(CoreRules.CUSTOM_ROLES_MANAGE_REQUIRED);
        requireHeld(role.permissions(), null, CoreRules.CUSTOM_ROLES_PERMISSIONS_HELD);
        return roles.insert(role);
    }

    /**
     * Renames the role, or changes its description or permissions; every permission it gains is held by the actor
     * (those it keeps or loses need nothing more than {@code core.members.manage}). System roles never change.
     */
    public CustomRole changeRole(UUID roleId, String name, Optional<String> description, Collection<String> permissions) {
        CustomRole current = roles.get(roleId);
        CustomRole changed = tx.validate("CustomRole", ImmutableCustomRole.copyOf(current)
                .withName(name)
                .withDescription(description)
                .withPermissions(permissions));
        requireManage(CoreRules.CUSTOM_ROLES_MANAGE_REQUIRED);
        Set<String> gained = new HashSet<>(changed.permissions());
        gained.removeAll(current.permissions());
        requireHeld(gained, null, CoreRules.CUSTOM_ROLES_PERMISSIONS_HELD);
        requireNotSystem(current);
        return roles.update(changed);
    }

    /** Deletes a custom role that is assigned to nobody; system roles are never deleted. */
    public void deleteRole(UUID roleId) {
        CustomRole role = roles.get(roleId);
        requireManage(CoreRules.CUSTOM_ROLES_MANAGE_REQUIRED);
        requireNotSystem(role);
        roles.delete(role);
    }

    /**
     * Assigns the custom role {@code roleId} to the member {@code userId}, organization-wide or on the record
     * {@code scope}, until {@code expiresAt} if given. The actor holds every permission of the role (on that record).
     */
    public UserRole assignRole(UUID userId, UUID roleId, Optional<ResourceRef> scope, Optional<Instant> expiresAt) {
        requireNonNull(scope, "scope is null");
        UserRole assignment = tx.validate("UserRole", UserRole.builder()
                .organizationId(tx.organizationId())
                .userId(userId)
                .roleId(roleId)
                .scopeType(scope.map(ResourceRef::type))
                .scopeId(scope.map(ResourceRef::id))
                .grantedBy(tx.actorId())
                .grantedAt(tx.now())
                .expiresAt(expiresAt)
                .build());
        requireManage(CoreRules.USER_ROLES_MANAGE_REQUIRED);
        requireNotSelf(userId, CoreRules.USER_ROLES_SELF_GRANT);
        requireHeld(roles.get(roleId).permissions(), scope.orElse(null), CoreRules.USER_ROLES_PERMISSIONS_HELD);
        return assignments.insert(assignment);
    }

    /** Removes a role assignment (the member's own included). */
    public void unassignRole(UUID assignmentId) {
        UserRole assignment = assignments.get(assignmentId);
        requireManage(CoreRules.USER_ROLES_MANAGE_REQUIRED);
        assignments.delete(assignment);
    }

    /**
     * Grants {@code permission} (a permission or a pattern) to the member {@code userId}, organization-wide or on the
     * record {@code resource}, until {@code expiresAt} if given. The actor holds it (on that record).
     */
    public UserPermission grant(UUID userId, String permission, Optional<ResourceRef> resource, Optional<Instant> expiresAt) {
        requireNonNull(resource, "resource is null");
        UserPermission grant = tx.validate("UserPermission", UserPermission.builder()
                .organizationId(tx.organizationId())
                .userId(userId)
                .permission(permission)
                .resourceType(resource.map(ResourceRef::type))
                .resourceId(resource.map(ResourceRef::id))
                .grantedBy(tx.actorId())
                .grantedAt(tx.now())
                .expiresAt(expiresAt)
                .build());
        requireManage(CoreRules.USER_PERMISSIONS_MANAGE_REQUIRED);
        requireNotSelf(userId, CoreRules.USER_PERMISSIONS_SELF_GRANT);
        requireHeld(List.of(grant.permission()), resource.orElse(null), CoreRules.USER_PERMISSIONS_PERMISSION_HELD);
        return grants.insert(grant);
    }

    /** Revokes a direct grant (the member's own included). */
    public void revoke(UUID grantId) {
        UserPermission grant = grants.get(grantId);
        requireManage(CoreRules.USER_PERMISSIONS_MANAGE_REQUIRED);
        grants.delete(grant);
    }

    /** The role assignments of {@code userId}, expired or not; needs {@link CorePermissions#MEMBERS_READ}. */
    public List<UserRole> assignmentsOf(UUID userId) {
        tx.require(CorePermissions.MEMBERS_READ);
        return assignments.ofUser(userId);
    }

    /** The direct grants of {@code userId}, expired or not; needs {@link CorePermissions#MEMBERS_READ}. */
    public List<UserPermission> grantsOf(UUID userId) {
        tx.require(CorePermissions.MEMBERS_READ);
        return grants.ofUser(userId);
    }

    private void requireManage(Rule rule) {
        tx.require(CorePermissions.MEMBERS_MANAGE, rule);
    }

    private void requireNotSelf(UUID userId, Rule rule) {
        if (userId.equals(tx.actorId())) {
            throw rule.exception();
        }
    }

    private void requireHeld(Collection<String> wanted, ResourceRef resource, Rule rule) {
        PermissionSet held = tx.permissions();
        for (String pattern : wanted) {
            if (!held.covers(pattern, resource)) {
                throw rule.exception();
            }
        }
    }

    private static void requireNotSystem(CustomRole role) {
        if (role.isSystem()) {
            throw CoreRules.CUSTOM_ROLES_SYSTEM_ROLE.exception();
        }
    }
}
