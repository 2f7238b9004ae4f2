package dev.atlvs.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberService;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.permission.CustomRole;
import dev.atlvs.core.permission.CustomRoleRepository;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A second record with the same unique key is a {@link DuplicateException} naming the key's fields. */
@AtlvsTest
class DuplicateTest {

    @Test
    void aSecondOrganizationWithTheSameSlugIsADuplicateOfTheSlug(Atlvs atlvs, Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture first = fixtures.organization("Slug Owners");
        User otherOwner = fixtures.user();
        long before = Rows.count(database, "organizations");

        // when / then
        assertThatThrownBy(() -> atlvs.platform().createOrganization(
                        Organization.builder().name("Slug Thieves").slug(first.organization().slug()).build(), otherOwner.id()))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.DUPLICATE);
                    assertThat(e.fields()).containsExactly("slug");
                    assertThat(e.entity()).isEqualTo("Organization");
                    assertThat(e.getMessage()).doesNotContain(first.organization().slug());
                });
        assertThat(Rows.count(database, "organizations")).isEqualTo(before);
    }

    @Test
    void aUserWithTheSameEmailInAnotherCaseIsADuplicateOfTheEmail(Atlvs atlvs, Fixtures fixtures, TestDatabase database) {
        // given
        User registered = fixtures.user();
        String shouted = registered.email().toUpperCase(Locale.ROOT);
        long before = Rows.count(database, "users");

        // when / then
        assertThatThrownBy(() -> atlvs.platform().registerUser(User.builder().email(shouted).displayName("Same Person").build()))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.fields()).containsExactly("email");
                    assertThat(e.getMessage()).doesNotContainIgnoringCase(registered.email());
                });
        assertThat(Rows.count(database, "users")).isEqualTo(before);
    }

    @Test
    void aDuplicateEmailLeavesTheEmailOutOfTheWholeExceptionChain(Atlvs atlvs, Fixtures fixtures) {
        // given: a host logs the exception with its stack trace, which prints the message of every cause
        User registered = fixtures.user();

        // when / then
        assertThatThrownBy(() -> atlvs.platform().registerUser(User.builder().email(registered.email()).displayName("Copy Cat").build()))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(messagesOfTheChain(e))
                        .as("messages of the exception and its causes")
                        .noneMatch(message -> message.contains(registered.email())));
    }

    @Test
    void anEmailIsFoundWhateverItsCase(Atlvs atlvs, Fixtures fixtures) {
        // given
        User registered = fixtures.user();

        // when / then
        assertThat(atlvs.platform().findUserByEmail(registered.email().toUpperCase(Locale.ROOT))).contains(registered);
    }

    @Test
    void invitingAMemberTwiceIsADuplicateOfTheUser(Atlvs atlvs, Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Double Invites");
        User guest = fixtures.user();
        atlvs.platform().inviteMember(acme.id(), guest.id(), MemberRole.VIEWER, acme.owner().id());
        long before = Rows.count(database, "organization_members");

        // when / then
        assertThatThrownBy(() -> atlvs.platform().inviteMember(acme.id(), guest.id(), MemberRole.MANAGER, acme.owner().id()))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("userId"));
        assertThatThrownBy(() -> acme.asOwner(tx -> new MemberService(tx).invite(guest.id(), MemberRole.CONTRIBUTOR)))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("userId"));
        assertThat(Rows.count(database, "organization_members")).isEqualTo(before);
    }

    @Test
    void invitingAnActiveMemberIsADuplicate(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Already Here");
        User member = acme.addMember(MemberRole.CONTRIBUTOR);

        // when / then
        assertThatThrownBy(() -> atlvs.platform().inviteMember(acme.id(), member.id(), MemberRole.VIEWER, acme.owner().id()))
                .isInstanceOf(DuplicateException.class);
        Member membership = acme.asOwner(tx -> tx.repository(MemberRepository.class).findByUser(member.id())).orElseThrow();
        assertThat(membership.role()).isEqualTo(MemberRole.CONTRIBUTOR);
    }

    @Test
    void aCustomRoleWithTheSameNameIsADuplicateOfTheName(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Role Namers");
        acme.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(role(acme, "Site Lead")));
        long before = Rows.count(database, "custom_roles");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(role(acme, "Site Lead"))))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.fields()).containsExactly("name");
                    assertThat(e.entity()).isEqualTo("CustomRole");
                });
        assertThat(Rows.count(database, "custom_roles")).isEqualTo(before);
    }

    @Test
    void twoOrganizationsMayEachHaveARoleOfTheSameName(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Role Twins A");
        OrganizationFixture globex = fixtures.organization("Role Twins B");
        acme.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(role(acme, "Stage Manager")));

        // when
        CustomRole other = globex.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(role(globex, "Stage Manager")));

        // then
        assertThat(other.version()).isEqualTo(1);
    }

    private static CustomRole role(OrganizationFixture organization, String name) {
        return CustomRole.builder().organizationId(organization.id()).name(name).permissions(List.of("core.locations.*")).build();
    }

    private static List<String> messagesOfTheChain(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
            for (Throwable suppressed : t.getSuppressed()) {
                messages.add(String.valueOf(suppressed.getMessage()));
            }
        }
        return messages;
    }
}
