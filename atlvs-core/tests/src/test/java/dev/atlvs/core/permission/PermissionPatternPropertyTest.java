package dev.atlvs.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.permission.PermissionSet;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.util.Map;
import java.util.Set;

/**
 * Properties of {@link PermissionSet#matches(String, String)} over well-formed permissions
 * ({@code module.resource.action}). Parts are drawn from a tiny alphabet so that generated permissions
 * often share a module, a resource or an action, and near-misses are frequent.
 */
class PermissionPatternPropertyTest {

    @PropertyTest
    void theWildcardMatchesEveryPermission(Gen gen) {
        Permission permission = permission(gen);

        assertThat(PermissionSet.matches("*", permission.text())).isTrue();
        assertThat(new PermissionSet(Set.of("*"), Map.of()).allows(permission.text())).isTrue();
    }

    @PropertyTest
    void anExactPermissionMatchesItselfOnly(Gen gen) {
        Permission pattern = permission(gen);
        Permission permission = permission(gen);

        assertThat(PermissionSet.matches(pattern.text(), permission.text())).isEqualTo(pattern.equals(permission));
        assertThat(PermissionSet.matches(pattern.text(), pattern.text())).isTrue();
    }

    @PropertyTest
    void aModuleWildcardMatchesExactlyThePermissionsOfThatModule(Gen gen) {
        String module = part(gen);
        Permission permission = permission(gen);

        assertThat(PermissionSet.matches(module + ".*", permission.text())).isEqualTo(permission.module().equals(module));
    }

    @PropertyTest
    void aResourceWildcardMatchesExactlyThePermissionsOfThatResource(Gen gen) {
        String module = part(gen);
        String resource = part(gen);
        Permission permission = permission(gen);

        assertThat(PermissionSet.matches(module + "." + resource + ".*", permission.text()))
                .isEqualTo(permission.module().equals(module) && permission.resource().equals(resource));
    }

    @PropertyTest
    void anActionPatternMatchesThatActionInEveryModule(Gen gen) {
        String action = part(gen);
        Permission permission = permission(gen);

        assertThat(PermissionSet.matches("*.*." + action, permission.text())).isEqualTo(permission.action().equals(action));
    }

    @PropertyTest
    void aTwoPartPatternWithoutWildcardMatchesNoPermission(Gen gen) {
        String module = part(gen);
        String resource = part(gen);
        Permission permission = permission(gen);

        assertThat(PermissionSet.matches(module + "." + resource, permission.text())).isFalse();
    }

    @PropertyTest
    void aSetAllowsAPermissionWhenAnyOfItsPatternsMatches(Gen gen) {
        Permission granted = permission(gen);
        Permission asked = permission(gen);

        PermissionSet set = new PermissionSet(Set.of(granted.module() + ".*", "*.*." + granted.action()), Map.of());
        assertThat(set.allows(asked.text()))
                .isEqualTo(asked.module().equals(granted.module()) || asked.action().equals(granted.action()));
    }

    /** A part: {@code a} or {@code b}, then up to two of {@code a}, {@code b} and {@code _}. */
    private static String part(Gen gen) {
        return gen.oneOf('a', 'b') + gen.string("ab_", 0, 2);
    }

    private static Permission permission(Gen gen) {
        return new Permission(part(gen), part(gen), part(gen));
    }

    /** A well-formed permission, {@code module.resource.action}. */
    record Permission(String module, String resource, String action) {
        String text() {
            return module + "." + resource + "." + action;
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
