package dev.atlvs.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.permission.UserRole;
import dev.atlvs.core.permission.UserRoleRepository;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A reference to a record that does not exist in the current organization, including one that exists
 * in another organization, is a {@link ReferenceMissingException} naming the field; nothing is written.
 */
@AtlvsTest
class MissingReferenceTest {

    @Test
    void aParentLocationOfAnotherOrganizationIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Parent Borrowers");
        OrganizationFixture globex = fixtures.organization("Parent Lenders");
        Location foreignSite = globex.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(globex.id()).name("Globex Campus").type(LocationType.SITE).build()));
        long before = Rows.count(database, "locations");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                        .organizationId(acme.id()).name("Sneaky Room").type(LocationType.ROOM).parentId(foreignSite.id()).build())))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.REFERENCE_MISSING);
                    assertThat(e.field()).isEqualTo("parentId");
                });
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void aRoleAssignmentOfARoleThatDoesNotExistIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Phantom Roles");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        long before = Rows.count(database, "user_roles");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(UserRoleRepository.class).insert(UserRole.builder()
                        .organizationId(acme.id())
                        .userId(crew.id())
                        .roleId(Ids.newId())
                        .grantedAt(Instant.parse("2026-01-01T00:00:00Z"))
                        .build())))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("roleId"));
        assertThat(Rows.count(database, "user_roles")).isEqualTo(before);
    }

    @Test
    void aProfileOfAUserWhoIsNotAMemberIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given: the user belongs to another organization only
        OrganizationFixture acme = fixtures.organization("Profile Keepers");
        OrganizationFixture globex = fixtures.organization("Profile Strangers");
        User stranger = globex.addMember(MemberRole.VIEWER);
        long before = Rows.count(database, "user_profiles");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(UserProfileRepository.class).insert(UserProfile.builder()
                        .organizationId(acme.id()).userId(stranger.id()).build())))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("userId"));
        assertThat(Rows.count(database, "user_profiles")).isEqualTo(before);
    }
}
