package dev.atlvs.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.permission.PermissionSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link PermissionSet#matches(String, String)} over well-formed permissions
 * ({@code module.resource.action}). Parts are drawn from a tiny alphabet so that generated permissions
 * often share a module, a resource or an action, and near-misses are frequent.
 */
class PermissionPatternPropertyTest {

    @Property
    void theWildcardMatchesEveryPermission(@ForAll("permissions") Permission permission) {
        assertThat(PermissionSet.matches("*", permission.text())).isTrue();
        assertThat(new PermissionSet(Set.of("*"), Map.of()).allows(permission.text())).isTrue();
    }

    @Property
    void anExactPermissionMatchesItselfOnly(@ForAll("permissions") Permission pattern, @ForAll("permissions") Permission permission) {
        assertThat(PermissionSet.matches(pattern.text(), permission.text())).isEqualTo(pattern.equals(permission));
        assertThat(PermissionSet.matches(pattern.text(), pattern.text())).isTrue();
    }

    @Property
    void aModuleWildcardMatchesExactlyThePermissionsOfThatModule(@ForAll("parts") String module,
            @ForAll("permissions") Permission permission) {
        assertThat(PermissionSet.matches(module + ".*", permission.text())).isEqualTo(permission.module().equals(module));
    }

    @Property
    void aResourceWildcardMatchesExactlyThePermissionsOfThatResource(@ForAll("parts") String module, @ForAll("parts") String resource,
            @ForAll("permissions") Permission permission) {
        assertThat(PermissionSet.matches(module + "." + resource + ".*", permission.text()))
                .isEqualTo(permission.module().equals(module) && permission.resource().equals(resource));
    }

    @Property
    void anActionPatternMatchesThatActionInEveryModule(@ForAll("parts") String action, @ForAll("permissions") Permission permission) {
        assertThat(PermissionSet.matches("*.*." + action, permission.text())).isEqualTo(permission.action().equals(action));
    }

    @Property
    void aTwoPartPatternWithoutWildcardMatchesNoPermission(@ForAll("parts") String module, @ForAll("parts") String resource,
            @ForAll("permissions") Permission permission) {
        assertThat(PermissionSet.matches(module + "." + resource, permission.text())).isFalse();
    }

    @Property
    void aSetAllowsAPermissionWhenAnyOfItsPatternsMatches(@ForAll("permissions") Permission granted,
            @ForAll("permissions") Permission asked) {
        PermissionSet set = new PermissionSet(Set.of(granted.module() + ".*", "*.*." + granted.action()), Map.of());
        assertThat(set.allows(asked.text()))
                .isEqualTo(asked.module().equals(granted.module()) || asked.action().equals(granted.action()));
    }

    @Provide
    Arbitrary<String> parts() {
        Arbitrary<Character> first = Arbitraries.of('a', 'b');
        Arbitrary<String> rest = Arbitraries.strings().withChars('a', 'b', '_').ofMinLength(0).ofMaxLength(2);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    @Provide
    Arbitrary<Permission> permissions() {
        return Combinators.combine(parts(), parts(), parts()).as(Permission::new);
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
