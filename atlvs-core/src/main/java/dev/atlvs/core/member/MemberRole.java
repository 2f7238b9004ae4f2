package dev.atlvs.core.member;

import java.util.Set;

/**
 * The base access role of a membership. Each role grants a fixed set of permission patterns (see
 * {@link dev.atlvs.core.permission.PermissionSet}); custom roles and direct grants add to it.
 */
public enum MemberRole {
    /** Everything, including managing owners and deleting the organization. */
    OWNER(Set.of("*")),
    /** Everything except what is reserved to owners, including the books: posting, reversing, issuing, voiding. */
    ADMIN(Set.of("*.*.read", "*.*.create", "*.*.update", "*.*.delete", "*.*.approve", "*.*.manage", "*.*.export", "*.*.post",
            "*.*.reverse", "*.*.issue", "*.*.void")),
    /** Runs the work: reads, writes and approves across modules; no organization administration. */
    MANAGER(Set.of("*.*.read", "*.*.create", "*.*.update", "*.*.delete", "*.*.approve", "*.*.export")),
    /** Does the work: reads, creates and updates. */
    CONTRIBUTOR(Set.of("*.*.read", "*.*.create", "*.*.update")),
    /** Reads only. */
    VIEWER(Set.of("*.*.read"));

    private final Set<String> permissions;

    MemberRole(Set<String> permissions) {
        this.permissions = permissions;
    }

    /** The permission patterns this role grants. */
    public Set<String> permissions() {
        return permissions;
    }
}
