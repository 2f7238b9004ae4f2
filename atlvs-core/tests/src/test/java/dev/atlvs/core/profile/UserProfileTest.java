package dev.atlvs.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.profile.EmploymentType;
import dev.atlvs.core.profile.ImmutableUserProfile;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Personnel profiles: the completion percentage is derived by the database over thirteen key fields,
 * whatever the caller sends, and the manager chain never loops.
 */
@AtlvsTest
class UserProfileTest {

    @Test
    void anEmptyProfileIsZeroPercentCompleteWhateverTheCallerClaims(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Empty Profiles");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);

        // when
        UserProfile stored = insert(acme, UserProfile.builder().organizationId(acme.id()).userId(crew.id()).profileCompletionPct(99).build());

        // then
        assertThat(stored.profileCompletionPct()).isZero();
    }

    @Test
    void completionGrowsAsKeyFieldsAreFilled(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Growing Profiles");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        UserProfile empty = insert(acme, UserProfile.builder().organizationId(acme.id()).userId(crew.id()).build());

        // when
        UserProfile three = update(acme, ImmutableUserProfile.copyOf(empty)
                .withJobTitle("Lighting Designer").withCity("Leipzig").withPhonePrimary("+49 341 555 0100"));
        UserProfile six = update(acme, ImmutableUserProfile.copyOf(three)
                .withLanguages(List.of("de", "en")).withSkills(List.of("grandMA3")).withLinkedinUrl("https://example.com/in/crew")
                .withEmploymentType(EmploymentType.FREELANCE));

        // then: 3 of 13 is 23 %, 6 of 13 is 46 % (the LinkedIn URL is not a key field)
        assertThat(three.profileCompletionPct()).isEqualTo(23);
        assertThat(six.profileCompletionPct()).isEqualTo(46);
    }

    @Test
    void aProfileWithEveryKeyFieldIsComplete(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Complete Profiles");
        User crew = acme.addMember(MemberRole.MANAGER);

        // when
        UserProfile stored = insert(acme, UserProfile.builder()
                .organizationId(acme.id())
                .userId(crew.id())
                .avatarUrl("https://example.com/avatar.png")
                .dateOfBirth(LocalDate.of(1988, 4, 2))
                .nationality("DE")
                .phonePrimary("+49 30 555 0199")
                .addressLine1("Oranienstraße 1")
                .city("Berlin")
                .country("DE")
                .jobTitle("Production Manager")
                .department("Operations")
                .employmentType(EmploymentType.FULL_TIME)
                .bio("Twenty years of touring.")
                .languages(List.of("de"))
                .skills(List.of("budgeting"))
                .build());

        // then
        assertThat(stored.profileCompletionPct()).isEqualTo(100);
        assertThat(get(acme, stored.id())).isEqualTo(stored);
    }

    @Test
    void twoPeopleCannotManageEachOther(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Circular Management");
        User alice = acme.addMember(MemberRole.MANAGER);
        User bob = acme.addMember(MemberRole.MANAGER);
        insert(acme, profile(acme, bob).managerUserId(alice.id()).build());

        // when / then
        assertThatThrownBy(() -> insert(acme, profile(acme, alice).managerUserId(bob.id()).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("managerUserId", "user_profiles_manager_cycle")));
        assertThat(acme.asOwner(tx -> tx.repository(UserProfileRepository.class).findByUser(alice.id())).isPresent()).isFalse();
    }

    @Test
    void aLongerManagerLoopIsRefusedOnUpdate(Fixtures fixtures) {
        // given: carol reports to bob, bob to alice, alice to nobody
        OrganizationFixture acme = fixtures.organization("Long Loops");
        User alice = acme.addMember(MemberRole.MANAGER);
        User bob = acme.addMember(MemberRole.MANAGER);
        User carol = acme.addMember(MemberRole.CONTRIBUTOR);
        UserProfile aliceProfile = insert(acme, profile(acme, alice).build());
        insert(acme, profile(acme, bob).managerUserId(alice.id()).build());
        insert(acme, profile(acme, carol).managerUserId(bob.id()).build());

        // when / then
        assertThatThrownBy(() -> update(acme, ImmutableUserProfile.copyOf(aliceProfile).withManagerUserId(carol.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule)
                        .containsExactly("user_profiles_manager_cycle"));
        assertThat(get(acme, aliceProfile.id()).managerUserId()).isEmpty();
    }

    @Test
    void aPersonCannotManageThemselves(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Self Managers");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);

        // when / then
        assertThatThrownBy(() -> profile(acme, crew).managerUserId(crew.id()).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("managerUserId", "user_profiles_manager_check")));
    }

    @Test
    void reportsOfListsTheDirectReports(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Reporting Lines");
        User boss = acme.addMember(MemberRole.MANAGER);
        User first = acme.addMember(MemberRole.CONTRIBUTOR);
        User second = acme.addMember(MemberRole.CONTRIBUTOR);
        User indirect = acme.addMember(MemberRole.CONTRIBUTOR);
        UserProfile firstProfile = insert(acme, profile(acme, first).managerUserId(boss.id()).build());
        UserProfile secondProfile = insert(acme, profile(acme, second).managerUserId(boss.id()).build());
        insert(acme, profile(acme, indirect).managerUserId(first.id()).build());

        // when
        List<UserProfile> reports = acme.asOwner(tx -> tx.repository(UserProfileRepository.class).reportsOf(boss.id()));

        // then
        assertThat(reports).containsExactly(firstProfile, secondProfile);
    }

    private static ImmutableUserProfile.Builder profile(OrganizationFixture organization, User user) {
        return UserProfile.builder().organizationId(organization.id()).userId(user.id());
    }

    private static UserProfile insert(OrganizationFixture organization, UserProfile profile) {
        return organization.asOwner(tx -> tx.repository(UserProfileRepository.class).insert(profile));
    }

    private static UserProfile update(OrganizationFixture organization, UserProfile profile) {
        return organization.asOwner(tx -> tx.repository(UserProfileRepository.class).update(profile));
    }

    private static UserProfile get(OrganizationFixture organization, UUID id) {
        return organization.asOwner(tx -> tx.repository(UserProfileRepository.class).get(id));
    }
}
