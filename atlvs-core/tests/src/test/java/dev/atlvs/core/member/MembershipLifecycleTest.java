package dev.atlvs.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.Platform;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.member.ImmutableMember;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberStatus;
import dev.atlvs.core.organization.ImmutableOrganization;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Organizations are created with an active owner, and memberships move only along their lifecycle:
 * invited → active or removed; active ⇄ suspended; active or suspended → removed; removed is final.
 */
@AtlvsTest
class MembershipLifecycleTest {

    private static final Map<MemberStatus, Set<MemberStatus>> ALLOWED = Map.of(
            MemberStatus.INVITED, EnumSet.of(MemberStatus.ACTIVE, MemberStatus.REMOVED),
            MemberStatus.ACTIVE, EnumSet.of(MemberStatus.SUSPENDED, MemberStatus.REMOVED),
            MemberStatus.SUSPENDED, EnumSet.of(MemberStatus.ACTIVE, MemberStatus.REMOVED),
            MemberStatus.REMOVED, EnumSet.noneOf(MemberStatus.class));

    @Test
    void creatingAnOrganizationMakesItsOwnerAnActiveOwner(Atlvs atlvs, Fixtures fixtures) {
        // given
        User founder = fixtures.user();
        Organization organization = fixtures.organizationBuilder("Founders Stage").build();

        // when
        Platform.CreatedOrganization created = atlvs.platform().createOrganization(organization, founder.id());

        // then
        Member owner = created.owner();
        assertThat(owner).isEqualTo(ImmutableMember.builder()
                .from(owner)
                .organizationId(organization.id())
                .userId(founder.id())
                .role(MemberRole.OWNER)
                .status(MemberStatus.ACTIVE)
                .version(1)
                .build());
        assertThat(owner.joinedAt()).isPresent();
        assertThat(owner.invitedAt()).isEmpty();
        Organization stored = created.organization();
        assertThat(stored).isEqualTo(ImmutableOrganization.copyOf(organization)
                .withVersion(1)
                .withCreatedAt(stored.createdAt().orElseThrow())
                .withCreatedBy(founder.id())
                .withUpdatedAt(stored.createdAt().orElseThrow())
                .withUpdatedBy(founder.id()));
        Member read = atlvs.inTenant(organization.id(), founder.id(),
                tx -> tx.repository(MemberRepository.class).findByUser(founder.id()).orElseThrow());
        assertThat(read).isEqualTo(owner);
    }

    @Test
    void anOrganizationCannotBeCreatedForAnUnknownOwner(Atlvs atlvs, Fixtures fixtures, TestDatabase database) {
        // given
        long before = Rows.count(database, "organizations");

        // when / then
        assertThatThrownBy(() -> atlvs.platform().createOrganization(fixtures.organizationBuilder("Ownerless").build(), Ids.newId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(Rows.count(database, "organizations")).isEqualTo(before);
    }

    @Test
    void theLifecycleAllowsExactlyTheDocumentedMoves() {
        for (MemberStatus from : MemberStatus.values()) {
            for (MemberStatus to : MemberStatus.values()) {
                assertThat(MemberStatus.LIFECYCLE.allows(from, to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyMove")
    void aMembershipMovesOnlyAlongItsLifecycle(MemberStatus from, MemberStatus to, Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Lifecycle " + from + " " + to);
        Member member = memberIn(atlvs, fixtures, acme, from);

        // when / then
        if (ALLOWED.get(from).contains(to)) {
            Member moved = move(atlvs, acme, member, to);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.version()).isEqualTo(member.version() + 1);
        } else {
            assertThatThrownBy(() -> move(atlvs, acme, member, to))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo(CoreErrorCode.MEMBER_TRANSITION_INVALID);
                        assertThat(e.field()).contains("status");
                        assertThat(e.rule()).contains("organization_members_status_transition");
                    });
            MemberStatus stored = acme.asOwner(tx -> tx.repository(MemberRepository.class).get(member.id()).status());
            assertThat(stored).isEqualTo(from);
        }
    }

    @Test
    void activatingAnInvitationStampsTheJoinDateAndReactivationKeepsIt(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Join Dates");
        User guest = fixtures.user();
        Member invited = atlvs.platform().inviteMember(acme.id(), guest.id(), MemberRole.VIEWER, acme.owner().id());

        // when
        Member active = atlvs.platform().activateMember(acme.id(), invited.id());
        atlvs.platform().suspendMember(acme.id(), invited.id());
        Member reactivated = atlvs.platform().activateMember(acme.id(), invited.id());

        // then
        assertThat(invited.joinedAt()).isEmpty();
        assertThat(invited.invitedBy()).contains(acme.owner().id());
        assertThat(active.joinedAt()).isPresent();
        assertThat(reactivated.joinedAt()).isEqualTo(active.joinedAt());
        assertThat(reactivated.version()).isEqualTo(4);
    }

    @Test
    void aRemovedMembershipCannotChangeRole(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Removed Roles");
        Member removed = memberIn(atlvs, fixtures, acme, MemberStatus.REMOVED);

        // when / then
        assertThatThrownBy(() -> atlvs.platform().changeRole(acme.id(), removed.id(), MemberRole.ADMIN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ILLEGAL_TRANSITION));
    }

    static Stream<Arguments> everyMove() {
        return Stream.of(MemberStatus.values()).flatMap(from -> Stream.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED, MemberStatus.REMOVED)
                .map(to -> Arguments.of(from, to)));
    }

    private static Member memberIn(Atlvs atlvs, Fixtures fixtures, OrganizationFixture organization, MemberStatus status) {
        User user = fixtures.user();
        Member member = atlvs.platform().inviteMember(organization.id(), user.id(), MemberRole.CONTRIBUTOR, organization.owner().id());
        return switch (status) {
            case INVITED -> member;
            case ACTIVE -> atlvs.platform().activateMember(organization.id(), member.id());
            case SUSPENDED -> {
                atlvs.platform().activateMember(organization.id(), member.id());
                yield atlvs.platform().suspendMember(organization.id(), member.id());
            }
            case REMOVED -> atlvs.platform().removeMember(organization.id(), member.id());
        };
    }

    private static Member move(Atlvs atlvs, OrganizationFixture organization, Member member, MemberStatus to) {
        return switch (to) {
            case ACTIVE -> atlvs.platform().activateMember(organization.id(), member.id());
            case SUSPENDED -> atlvs.platform().suspendMember(organization.id(), member.id());
            case REMOVED -> atlvs.platform().removeMember(organization.id(), member.id());
            case INVITED -> throw new IllegalArgumentException("no operation moves a membership back to invited");
        };
    }
}
