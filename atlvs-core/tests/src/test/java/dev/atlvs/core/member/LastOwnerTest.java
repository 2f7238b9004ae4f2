package dev.atlvs.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberStatus;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An organization always keeps an active owner: the last one can be neither demoted, suspended,
 * removed nor deleted, whatever code writes; with a second active owner each may step down. Two owners
 * stepping each other down at once leave one, at every isolation level the SDK offers.
 */
@AtlvsTest
class LastOwnerTest {

    @Test
    void theLastActiveOwnerCannotBeDemoted(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Sole Owner Demotion");

        // when / then
        assertThatThrownBy(() -> atlvs.platform().changeRole(acme.id(), acme.ownerMembership().id(), MemberRole.ADMIN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.LAST_OWNER));
        assertThat(membership(acme, acme.ownerMembership())).isEqualTo(acme.ownerMembership());
    }

    @Test
    void theLastActiveOwnerCannotBeSuspended(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Sole Owner Suspension");

        // when / then
        assertThatThrownBy(() -> atlvs.platform().suspendMember(acme.id(), acme.ownerMembership().id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.LAST_OWNER));
        assertThat(membership(acme, acme.ownerMembership())).isEqualTo(acme.ownerMembership());
    }

    @Test
    void theLastActiveOwnerCannotBeRemoved(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Sole Owner Removal");

        // when / then
        assertThatThrownBy(() -> atlvs.platform().removeMember(acme.id(), acme.ownerMembership().id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.LAST_OWNER));
        assertThat(membership(acme, acme.ownerMembership())).isEqualTo(acme.ownerMembership());
    }

    @Test
    void theLastActiveOwnersMembershipCannotBeDeleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Sole Owner Deletion");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.repository(MemberRepository.class).delete(acme.ownerMembership());
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.LAST_OWNER));
        assertThat(membership(acme, acme.ownerMembership())).isEqualTo(acme.ownerMembership());
    }

    @Test
    void anOnlyInvitedSecondOwnerDoesNotReleaseTheFirst(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Pending Co-Owner");
        atlvs.platform().inviteMember(acme.id(), fixtures.user().id(), MemberRole.OWNER, acme.owner().id());

        // when / then
        assertThatThrownBy(() -> atlvs.platform().changeRole(acme.id(), acme.ownerMembership().id(), MemberRole.ADMIN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.LAST_OWNER));
    }

    @Test
    void anOwnerMayStepDownOnceASecondOwnerIsActive(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Shared Ownership");
        User coOwner = acme.addMember(MemberRole.OWNER);

        // when
        Member demoted = atlvs.platform().changeRole(acme.id(), acme.ownerMembership().id(), MemberRole.ADMIN);

        // then
        assertThat(demoted.role()).isEqualTo(MemberRole.ADMIN);
        Member remaining = acme.as(coOwner, tx -> tx.repository(MemberRepository.class).findByUser(coOwner.id()).orElseThrow());
        assertThatThrownBy(() -> atlvs.platform().removeMember(acme.id(), remaining.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.LAST_OWNER));
    }

    @Test
    void anOwnerMayBeSuspendedOrRemovedOnceASecondOwnerIsActive(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Rotating Owners");
        acme.addMember(MemberRole.OWNER);

        // when
        Member suspended = atlvs.platform().suspendMember(acme.id(), acme.ownerMembership().id());
        Member removed = atlvs.platform().removeMember(acme.id(), acme.ownerMembership().id());

        // then
        assertThat(suspended.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(removed.status()).isEqualTo(MemberStatus.REMOVED);
    }

    @Test
    void twoOwnersDemotingEachOtherAtOnceLeaveOneOwner(Atlvs atlvs, Fixtures fixtures) throws Exception {
        // given
        OrganizationFixture acme = fixtures.organization("Simultaneous Resignations");
        User coOwner = acme.addMember(MemberRole.OWNER);
        Member second = acme.as(coOwner, tx -> tx.repository(MemberRepository.class).findByUser(coOwner.id()).orElseThrow());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService demoters = Executors.newFixedThreadPool(2);

        // when
        List<Future<Member>> outcomes = new ArrayList<>();
        try {
            for (Member owner : List.of(acme.ownerMembership(), second)) {
                outcomes.add(demoters.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return atlvs.platform().changeRole(acme.id(), owner.id(), MemberRole.ADMIN);
                }));
            }
            start.countDown();
        } finally {
            demoters.shutdown();
            assertThat(demoters.awaitTermination(30, TimeUnit.SECONDS)).as("demotions finished").isTrue();
        }

        // then
        List<Throwable> refused = new ArrayList<>();
        for (Future<Member> outcome : outcomes) {
            try {
                outcome.get();
            } catch (ExecutionException failure) {
                refused.add(failure.getCause());
            }
        }
        assertThat(refused).singleElement().isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(CoreErrorCode.LAST_OWNER));
        long owners = acme.as(coOwner, tx -> tx.repository(MemberRepository.class).countActive(MemberRole.OWNER));
        assertThat(owners).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoOwnersDemotingEachOtherInRacingTransactionsLeaveOneActiveOwner(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given: two active owners, each about to demote the other in a transaction of their own at the level
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Mutual Demotions " + isolation);
        User coOwner = acme.addMember(MemberRole.OWNER);
        Member second = acme.as(coOwner, tx -> tx.repository(MemberRepository.class).findByUser(coOwner.id()).orElseThrow());

        // when: both transactions have begun before either writes
        List<Race.Outcome<Member>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new MemberService(tx).changeRole(second.id(), MemberRole.ADMIN);
                }),
                gate -> atlvs.inTenant(acme.id(), coOwner.id(), tx -> {
                    gate.meet();
                    return new MemberService(tx).changeRole(acme.ownerMembership().id(), MemberRole.ADMIN);
                })));

        // then: one demotion commits; the other is refused, as the last owner's (it waited and saw the first)
        // or, run again after a serialization failure, because its actor is no owner any more
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).satisfiesAnyOf(
                        refused -> assertThat(refused).isInstanceOfSatisfying(ConflictException.class,
                                e -> assertThat(e.code()).isEqualTo(CoreErrorCode.LAST_OWNER)),
                        refused -> assertThat(refused).isInstanceOf(AccessDeniedException.class)));
        // (both stay active members, so either may count)
        long owners = acme.asOwner(tx -> tx.repository(MemberRepository.class).countActive(MemberRole.OWNER));
        assertThat(owners).isEqualTo(1);
    }

    private static Member membership(OrganizationFixture organization, Member member) {
        return organization.asOwner(tx -> tx.repository(MemberRepository.class).get(member.id()));
    }
}
