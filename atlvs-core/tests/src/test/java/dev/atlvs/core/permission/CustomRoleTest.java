package dev.atlvs.core.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.permission.CustomRole;
import dev.atlvs.core.permission.CustomRoleRepository;
import dev.atlvs.core.permission.ImmutableCustomRole;
import dev.atlvs.core.permission.UserRole;
import dev.atlvs.core.permission.UserRoleRepository;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Custom roles: patterns are well-formed, system roles are immutable, and a role still assigned cannot
 * be deleted. The database enforces the last two whatever code writes; the SDK reports them as a
 * validation error (the system-role rule) and a conflict (the reference).
 */
@AtlvsTest
class CustomRoleTest {

    @Test
    void aCustomRoleReadsBackAsStored(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Role Makers");
        CustomRole role = CustomRole.builder()
                .organizationId(acme.id())
                .name("Site Lead")
                .description("Runs a site on show days")
                .permissions(List.of("core.locations.*", "projects.tasks.approve", "assets.*"))
                .build();

        // when
        CustomRole stored = acme.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(role));
        Optional<CustomRole> byName = acme.asOwner(tx -> tx.repository(CustomRoleRepository.class).findByName("Site Lead"));

        // then
        assertThat(stored).isEqualTo(ImmutableCustomRole.copyOf(role)
                .withVersion(1)
                .withCreatedAt(stored.createdAt().orElseThrow())
                .withCreatedBy(acme.owner().id())
                .withUpdatedAt(stored.createdAt().orElseThrow())
                .withUpdatedBy(acme.owner().id()));
        assertThat(byName).contains(stored);
    }

    @Test
    void aMalformedPermissionPatternIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Sloppy Role Makers");
        long before = Rows.count(database, "custom_roles");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(CustomRole.builder()
                        .organizationId(acme.id()).name("Broken").permissions(List.of("core.locations.read", "Finance.Invoices")).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("permissions[1]", "Pattern")));
        assertThat(Rows.count(database, "custom_roles")).isEqualTo(before);
    }

    @Test
    void aSystemRoleCannotBeUpdated(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("System Role Guards");
        CustomRole system = insert(acme, CustomRole.builder()
                .organizationId(acme.id()).name("Auditor").permissions(List.of("core.*")).isSystem(true).build());

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(CustomRoleRepository.class)
                        .update(ImmutableCustomRole.copyOf(system).withPermissions(List.of("core.locations.read", "finance.*")))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.RULE_VIOLATED);
                    assertThat(e.field()).contains("isSystem");
                    assertThat(e.rule()).contains("custom_roles_system_role");
                });
        assertThat(get(acme, system)).isEqualTo(system);
    }

    @Test
    void aSystemRoleCannotBeDeleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("System Role Keepers");
        CustomRole system = insert(acme, CustomRole.builder()
                .organizationId(acme.id()).name("Auditor").permissions(List.of("core.*")).isSystem(true).build());

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.repository(CustomRoleRepository.class).delete(system);
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("custom_roles_system_role"));
        assertThat(get(acme, system)).isEqualTo(system);
    }

    @Test
    void aRoleStillAssignedCannotBeDeleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Assigned Roles");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        CustomRole role = insert(acme, CustomRole.builder()
                .organizationId(acme.id()).name("Rigger").permissions(List.of("assets.rigging.*")).build());
        acme.asOwner(tx -> tx.repository(UserRoleRepository.class).insert(UserRole.builder()
                .organizationId(acme.id()).userId(crew.id()).roleId(role.id()).grantedAt(Instant.parse("2026-01-01T00:00:00Z")).build()));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.repository(CustomRoleRepository.class).delete(role);
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STILL_REFERENCED));
        assertThat(get(acme, role)).isEqualTo(role);
    }

    @Test
    void aRoleNoLongerAssignedCanBeDeleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Unassigned Roles");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        CustomRole role = insert(acme, CustomRole.builder()
                .organizationId(acme.id()).name("Runner").permissions(List.of("projects.tasks.update")).build());
        UserRole assignment = acme.asOwner(tx -> tx.repository(UserRoleRepository.class).insert(UserRole.builder()
                .organizationId(acme.id()).userId(crew.id()).roleId(role.id()).grantedAt(Instant.parse("2026-01-01T00:00:00Z")).build()));

        // when
        acme.asOwner(tx -> {
            tx.repository(UserRoleRepository.class).delete(assignment);
            tx.repository(CustomRoleRepository.class).delete(role);
            return null;
        });

        // then
        Optional<CustomRole> found = acme.asOwner(tx -> tx.repository(CustomRoleRepository.class).find(role.id()));
        assertThat(found).isEmpty();
    }

    private static CustomRole insert(OrganizationFixture organization, CustomRole role) {
        return organization.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(role));
    }

    private static CustomRole get(OrganizationFixture organization, CustomRole role) {
        return organization.asOwner(tx -> tx.repository(CustomRoleRepository.class).get(role.id()));
    }
}
