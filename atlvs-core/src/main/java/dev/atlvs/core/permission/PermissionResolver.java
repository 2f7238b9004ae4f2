package dev.atlvs.core.permission;

import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.permission.PermissionSet.ResourceRef;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Computes effective permissions: the member's base role ∪ the patterns of its unexpired custom-role
 * assignments ∪ its unexpired direct grants, in one query.
 */
public final class PermissionResolver {

    private static final String GRANTS = """
            select unnest(r.permissions) as permission, ur.scope_type as resource_type, ur.scope_id as resource_id
              from atlvs.user_roles ur
              join atlvs.custom_roles r on r.organization_id = ur.organization_id and r.id = ur.role_id
             where ur.organization_id = :organizationId and ur.user_id = :userId
               and (ur.expires_at is null or ur.expires_at > :now)
            union all
            select p.permission, p.resource_type, p.resource_id
              from atlvs.user_permissions p
             where p.organization_id = :organizationId and p.user_id = :userId
               and (p.expires_at is null or p.expires_at > :now)
            """;

    private PermissionResolver() {}

    /** The effective permissions of {@code userId} with base role {@code role}, at {@code now}. */
    public static PermissionSet resolve(Handle handle, UUID organizationId, UUID userId, MemberRole role, Instant now) {
        Set<String> patterns = new HashSet<>(role.permissions());
        Map<ResourceRef, Set<String>> scoped = new HashMap<>();
        List<Map<String, Object>> rows = handle.createQuery(GRANTS)
                .bind("organizationId", organizationId)
                .bind("userId", userId)
                .bind("now", now.atOffset(java.time.ZoneOffset.UTC))
                .mapToMap()
                .list();
        for (Map<String, Object> row : rows) {
            String permission = (String) row.get("permission");
            Object resourceType = row.get("resource_type");
            if (resourceType == null) {
                patterns.add(permission);
            } else {
                scoped.computeIfAbsent(new ResourceRef((String) resourceType, (UUID) row.get("resource_id")), k -> new HashSet<>())
                        .add(permission);
            }
        }
        return new PermissionSet(patterns, scoped);
    }
}
