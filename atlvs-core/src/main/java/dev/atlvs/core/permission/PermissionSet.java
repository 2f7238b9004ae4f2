package dev.atlvs.core.permission;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.error.AccessDeniedException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The effective permissions of an actor in one organization: the base role's patterns, the patterns of
 * unexpired custom roles, and unexpired direct grants; grants scoped to one record apply to that record
 * only.
 *
 * <p>A permission is {@code module.resource.action} (e.g. {@code finance.invoices.approve}). A pattern
 * may use {@code *} for any one part, a trailing {@code *} for all remaining parts ({@code projects.*}),
 * and {@code *} alone for everything.
 *
 * <p>The permissions in {@link #RESERVED} (making or unmaking owners, deleting the organization) are not
 * matched by wildcards other than {@code *}: only the owner role, or an explicit grant of exactly that
 * permission, holds them.
 */
public final class PermissionSet {

    private static final Pattern PERMISSION = Pattern.compile("[a-z][a-z_]*\\.[a-z][a-z_]*\\.[a-z][a-z_]*");



    /** Permissions that only {@code *} or an exact grant matches. */
    public static final Set<String> RESERVED = Set.of(CorePermissions.OWNERS_MANAGE.name(), CorePermissions.ORGANIZATION_DELETE.name());

    private final Set<String> patterns;
    private final Map<ResourceRef, Set<String>> scoped;
    private final Set<String> limit;

    public PermissionSet(Set<String> patterns, Map<ResourceRef, Set<String>> scoped) {
        this(patterns, scoped, null);
    }

    private PermissionSet(Set<String> patterns, Map<ResourceRef, Set<String>> scoped, Set<String> limit) {
        this.patterns = Set.copyOf(patterns);
        this.scoped = Map.copyOf(scoped);
        this.limit = limit == null ? null : Set.copyOf(limit);
    }

    /**
     * This set bounded by {@code scopes} (patterns, e.g. the scopes of an API key): a permission is held
     * only when this set holds it and one of the scopes matches it. Bounding twice keeps both bounds.
     */
    public PermissionSet limitedTo(Set<String> scopes) {
        requireNonNull(scopes, "scopes is null");
        if (limit == null) {
            return new PermissionSet(patterns, scoped, scopes);
        }
        Set<String> both = new HashSet<>();
        for (String scope : scopes) {
            if (matchesAny(limit, scope)) {
                both.add(scope);
            }
        }
        return new PermissionSet(patterns, scoped, both);
    }

    /** The scopes that bound this set, if any. */
    public java.util.Optional<Set<String>> limit() {
        return java.util.Optional.ofNullable(limit);
    }

    private boolean withinLimit(String permission) {
        return limit == null || matchesAny(limit, permission);
    }

    /** A record that a scoped grant applies to. */
    public record ResourceRef(String type, java.util.UUID id) {
        public ResourceRef {
            requireNonNull(type, "type is null");
            requireNonNull(id, "id is null");
        }
    }

    /** Whether the actor holds {@code permission}. */
    public boolean allows(Permission permission) {
        return allows(permission.name());
    }

    /** Throws an {@link dev.atlvs.core.error.AccessDeniedException} naming {@code permission} unless the actor holds it. */
    public void require(Permission permission) {
        require(permission.name());
    }

    /** Whether {@code permission} is granted organization-wide. */
    public boolean allows(String permission) {
        checkFormat(permission);
        return matchesAny(patterns, permission) && withinLimit(permission);
    }

    /** Whether {@code permission} is granted on the given record (organization-wide or scoped to it). */
    public boolean allows(String permission, ResourceRef resource) {
        return allows(permission) || (matchesAny(scoped.getOrDefault(resource, Set.of()), permission) && withinLimit(permission));
    }

    /** Throws an {@link AccessDeniedException} naming {@code permission} unless it is granted. */
    public void require(String permission) {
        if (!allows(permission)) {
            throw AccessDeniedException.missing(permission);
        }
    }

    /** Throws an {@link AccessDeniedException} naming {@code permission} unless it is granted on the record. */
    public void require(String permission, ResourceRef resource) {
        if (!allows(permission, resource)) {
            throw AccessDeniedException.missing(permission);
        }
    }

    /** The organization-wide patterns. */
    public Set<String> patterns() {
        return patterns;
    }

    /** Whether {@code pattern} matches {@code permission}. */
    public static boolean matches(String pattern, String permission) {
        if (pattern.equals("*")) {
            return true;
        }
        String[] p = pattern.split("\\.");
        String[] q = permission.split("\\.");
        for (int i = 0; i < q.length; i++) {
            if (i >= p.length) {
                return false;
            }
            if (p[i].equals("*") && i == p.length - 1) {
                return true;
            }
            if (!p[i].equals("*") && !p[i].equals(q[i])) {
                return false;
            }
        }
        return p.length == q.length;
    }

    /**
     * Whether this set holds every permission that {@code pattern} (a permission or a pattern) grants, organization-wide
     * or, when {@code resource} is given, on that record: what granting {@code pattern} to someone else, or putting it
     * into a role, requires of the actor.
     */
    public boolean covers(String pattern, ResourceRef resource) {
        requireNonNull(pattern, "pattern is null");
        boolean held = coversAny(patterns, pattern) || (resource != null && coversAny(scoped.getOrDefault(resource, Set.of()), pattern));
        return held && (limit == null || coversAny(limit, pattern));
    }

    /** Like {@link #covers(String, ResourceRef)}, organization-wide. */
    public boolean covers(String pattern) {
        return covers(pattern, (ResourceRef) null);
    }

    /**
     * Whether the pattern {@code held} grants every permission that {@code wanted} grants. A trailing {@code *} stands
     * for all remaining parts, any other {@code *} for one part, {@code *} alone for everything; the {@link #RESERVED}
     * permissions are covered only by {@code *} and by themselves. The database computes the same
     * ({@code atlvs.permission_covers}) when it checks a change of roles or grants.
     */
    public static boolean patternCovers(String held, String wanted) {
        requireNonNull(held, "held is null");
        requireNonNull(wanted, "wanted is null");
        if (held.equals("*")) {
            return true;
        }
        if (wanted.equals("*")) {
            return false;
        }
        if (RESERVED.contains(wanted)) {
            return held.equals(wanted);
        }
        String[] h = widened(held.split("\\.", -1));
        String[] w = widened(wanted.split("\\.", -1));
        if (w.length != 3) {
            return true; // a pattern of another length grants no permission at all
        }
        if (h.length != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (!h[i].equals("*") && !h[i].equals(w[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] widened(String[] parts) {
        if (parts.length >= 3 || !parts[parts.length - 1].equals("*")) {
            return parts;
        }
        String[] wide = java.util.Arrays.copyOf(parts, 3);
        java.util.Arrays.fill(wide, parts.length, 3, "*");
        return wide;
    }

    private static boolean coversAny(Set<String> held, String wanted) {
        for (String pattern : held) {
            if (patternCovers(pattern, wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(Set<String> patterns, String permission) {
        if (RESERVED.contains(permission)) {
            return patterns.contains("*") || patterns.contains(permission);
        }
        for (String pattern : patterns) {
            if (matches(pattern, permission)) {
                return true;
            }
        }
        return false;
    }

    static void checkFormat(String permission) {
        if (permission == null || !PERMISSION.matcher(permission).matches()) {
            throw new IllegalArgumentException("a permission is module.resource.action in lower case");
        }
    }

    /** A set with the given organization-wide patterns added. */
    public PermissionSet plus(Set<String> more) {
        Set<String> all = new HashSet<>(patterns);
        all.addAll(more);
        return new PermissionSet(all, scoped, limit);
    }

    @Override
    public String toString() {
        return "PermissionSet" + patterns + (limit == null ? "" : " within " + limit);
    }
}
