package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.organization.ImmutableOrganization;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.organization.OrganizationRepository;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.core.user.ImmutableUser;
import dev.atlvs.core.user.User;
import dev.atlvs.core.user.UserRepository;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A tenant transaction admits only active members, shows and accepts only its organization's rows,
 * and leaves nothing behind: no tenant on the pooled connection, no rows when it fails, no usable
 * repositories once it has ended.
 */
@AtlvsTest
class TenantTransactionTest {

    @Test
    void aUserWhoIsNotAMemberIsDenied(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Members Only");
        User outsider = fixtures.user();

        // when / then
        assertThatThrownBy(() -> atlvs.inTenant(acme.id(), outsider.id(), TenantTransaction::organizationId))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.NOT_A_MEMBER);
                    assertThat(e.permission()).isEmpty();
                });
    }

    @Test
    void aMemberOfAnotherOrganizationIsDenied(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Gated Acme");
        OrganizationFixture globex = fixtures.organization("Gated Globex");

        // when / then
        assertThatThrownBy(() -> atlvs.inTenant(acme.id(), globex.owner().id(), TenantTransaction::organizationId))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NOT_A_MEMBER));
    }

    @Test
    void anInvitedMemberIsDeniedUntilActivated(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Invitation Pending");
        User guest = fixtures.user();
        Member invited = atlvs.platform().inviteMember(acme.id(), guest.id(), MemberRole.CONTRIBUTOR, acme.owner().id());

        // when / then
        assertThatThrownBy(() -> atlvs.inTenant(acme.id(), guest.id(), TenantTransaction::organizationId))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NOT_A_MEMBER));
        atlvs.platform().activateMember(acme.id(), invited.id());
        assertThat(atlvs.inTenant(acme.id(), guest.id(), TenantTransaction::role)).isEqualTo(MemberRole.CONTRIBUTOR);
    }

    @Test
    void aSuspendedMemberIsDenied(Atlvs atlvs, Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Suspensions Ltd");
        User crew = acme.addMember(MemberRole.MANAGER);
        Member membership = acme.asOwner(tx -> tx.repository(MemberRepository.class).findByUser(crew.id())).orElseThrow();
        atlvs.platform().suspendMember(acme.id(), membership.id());

        // when / then
        assertThatThrownBy(() -> acme.as(crew, TenantTransaction::organizationId))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NOT_A_MEMBER));
    }

    @Test
    void aTransactionSeesOnlyItsOwnOrganization(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Visible Acme");
        OrganizationFixture globex = fixtures.organization("Invisible Globex");

        // when
        List<Organization> visible = acme.asOwner(tx -> tx.repository(OrganizationRepository.class).page(PageRequest.first()).items());
        List<UUID> rawVisible = acme.asOwner(tx -> tx.handle().createQuery("select id from atlvs.organizations").mapTo(UUID.class).list());

        // then
        assertThat(visible).containsExactly(acme.organization());
        assertThat(rawVisible).containsExactly(acme.id());
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(OrganizationRepository.class).get(globex.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTransactionSeesNoLocationOfAnotherOrganizationEvenByItsId(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Curious Acme");
        OrganizationFixture globex = fixtures.organization("Private Globex");
        Location secret = globex.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(globex.id()).name("Secret Bunker").type(LocationType.STORAGE).build()));

        // when
        long rawCount = acme.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.locations where id = :id")
                .bind("id", secret.id()).mapTo(Long.class).one());

        // then
        assertThat(rawCount).isZero();
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class).get(secret.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTenantDoesNotOutliveItsTransactionOnThePooledConnection(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture acme = fixtures.organization("No Leaks Allowed");
        int backend = acme.asOwner(tx -> tx.handle().createQuery("select pg_backend_pid()").mapTo(Integer.class).one());

        // when: every connection of the pool is borrowed, so the one that served the transaction is among them
        List<Connection> borrowed = new ArrayList<>();
        List<Integer> backends = new ArrayList<>();
        try {
            while (!backends.contains(backend) && borrowed.size() < 10) {
                Connection connection = database.appDataSource().getConnection();
                borrowed.add(connection);
                backends.add(backendOf(connection));
            }

            // then
            assertThat(backends).contains(backend);
            for (Connection connection : borrowed) {
                assertThat(single(connection, "select coalesce(current_setting('atlvs.tenant_id', true), '')")).isEmpty();
                assertThat(single(connection, "select coalesce(current_setting('atlvs.actor_id', true), '')")).isEmpty();
                assertThat(single(connection, "select count(*)::text from atlvs.organizations")).isEqualTo("0");
                assertThat(single(connection, "select count(*)::text from atlvs.organization_members")).isEqualTo("0");
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
    }

    @Test
    void aTransactionThatFailsLeavesNothingBehind(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Rollback Rehearsals");
        UUID id = Ids.newId();
        long before = Rows.count(database, "locations");

        // when
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.repository(LocationRepository.class).insert(Location.builder()
                    .id(id).organizationId(acme.id()).name("Half-Built Stage").type(LocationType.AREA).build());
            throw new IllegalStateException("the host gave up half-way");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the host gave up half-way");

        // then
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
        assertThat(acme.asOwner(tx -> tx.repository(LocationRepository.class).findIncludingDeleted(id)).isPresent()).isFalse();
    }

    @Test
    void anEndedTransactionHandsOutNoRepository(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Ended Transactions");
        TenantTransaction ended = acme.asOwner(tx -> tx);

        // when / then
        assertThatThrownBy(() -> ended.repository(LocationRepository.class))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NO_TRANSACTION));
        assertThatThrownBy(ended::handle)
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NO_TRANSACTION));
        assertThatThrownBy(ended::permissions)
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NO_TRANSACTION));
    }

    @Test
    void aRepositoryKeptBeyondItsTransactionCannotBeUsed(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Escaped Repositories");
        LocationRepository escaped = acme.asOwner(tx -> tx.repository(LocationRepository.class));
        long before = Rows.count(database, "locations");

        // when / then: refused outside any transaction, and inside a later one (even of the same organization)
        assertThatThrownBy(() -> escaped.page(PageRequest.first()))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NO_TRANSACTION));
        assertThatThrownBy(() -> escaped.insert(Location.builder()
                        .organizationId(acme.id()).name("Too Late").type(LocationType.ROOM).build()))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NO_TRANSACTION));
        assertThatThrownBy(() -> acme.asOwner(tx -> escaped.insert(Location.builder()
                        .organizationId(acme.id()).name("Too Late").type(LocationType.ROOM).build())))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NO_TRANSACTION));
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void aRepositoryHandedToAnotherThreadCannotBeUsedThere(Fixtures fixtures, TestDatabase database) throws Exception {
        // given a repository of an open transaction, and another thread with a transaction of another organization
        OrganizationFixture acme = fixtures.organization("Thread Bound");
        OrganizationFixture other = fixtures.organization("Other Thread");
        long before = Rows.count(database, "locations");

        // when the other thread calls the first transaction's repository inside its own transaction
        Throwable refused = acme.asOwner(tx -> {
            LocationRepository handedOver = tx.repository(LocationRepository.class);
            java.util.concurrent.CompletableFuture<Throwable> outcome = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    other.asOwner(otherTx -> handedOver.insert(Location.builder()
                            .organizationId(acme.id()).name("Smuggled").type(LocationType.ROOM).build()));
                    return null;
                } catch (RuntimeException failure) {
                    return failure;
                }
            });
            return outcome.join();
        });

        // then it is refused, and nothing was written
        assertThat(refused).isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NO_TRANSACTION));
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void threadsSharingTheRepositoriesOfOneInstanceEachSeeOnlyTheirOwnOrganization(Fixtures fixtures) throws Exception {
        // given two organizations with a location each
        OrganizationFixture acme = fixtures.organization("Shared One");
        OrganizationFixture globex = fixtures.organization("Shared Two");
        UUID acmeStage = acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(acme.id()).name("Acme Stage").type(LocationType.VENUE).build()).id());
        UUID globexStage = globex.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(globex.id()).name("Globex Stage").type(LocationType.VENUE).build()).id());

        // when four threads read through the same repository type, alternating organizations, many times over
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> rounds = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                rounds.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        OrganizationFixture org = i % 2 == 0 ? acme : globex;
                        UUID own = org == acme ? acmeStage : globexStage;
                        UUID foreign = org == acme ? globexStage : acmeStage;
                        List<UUID> seen = org.asOwner(tx -> tx.repository(LocationRepository.class).page(PageRequest.first())
                                .items().stream().map(Location::id).toList());
                        boolean foreignVisible = org.asOwner(tx -> tx.repository(LocationRepository.class).find(foreign).isPresent());
                        if (!seen.contains(own) || seen.contains(foreign) || foreignVisible) {
                            mismatches.add(org.id() + " saw " + seen + (foreignVisible ? " and the other's stage by id" : ""));
                        }
                    }
                    return mismatches;
                }));
            }

            // then every read saw its own organization's location and never the other's
            for (java.util.concurrent.Future<List<String>> round : rounds) {
                assertThat(round.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aValueOfAnotherOrganizationCannotBeInserted(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Border Guards");
        OrganizationFixture globex = fixtures.organization("Border Crossers");
        long before = Rows.count(database, "locations");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                        .organizationId(globex.id()).name("Smuggled Room").type(LocationType.ROOM).build())))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.TENANT_VIOLATION));
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void rawSqlCannotInsertIntoAnotherOrganization(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Border Guards");
        OrganizationFixture globex = fixtures.organization("Raw Border Crossers");
        long before = Rows.count(database, "locations");

        // when / then: row-level security refuses what the SDK's own check never sees
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle()
                        .createUpdate("insert into atlvs.locations (organization_id, name, type) values (:other, 'Raw Smuggle', 'room')")
                        .bind("other", globex.id())
                        .execute()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.TENANT_VIOLATION));
        assertThat(Rows.count(database, "locations")).isEqualTo(before);
    }

    @Test
    void anotherOrganizationsOrganizationRecordCannotBeUpdated(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Takeover Attempts");
        OrganizationFixture globex = fixtures.organization("Takeover Targets");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(OrganizationRepository.class)
                        .update(ImmutableOrganization.copyOf(globex.organization()).withName("Owned"))))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.TENANT_VIOLATION));
        assertThat(fixtures.atlvs().platform().getOrganization(globex.id()).name()).isEqualTo("Takeover Targets");
    }

    @Test
    void aTransactionCannotReadAUserWhoIsNotAMemberOfItsOrganization(Fixtures fixtures) {
        // given: a user who belongs to another organization only
        OrganizationFixture acme = fixtures.organization("User Snoopers");
        OrganizationFixture globex = fixtures.organization("User Keepers");

        // when
        List<UUID> listed = acme.asOwner(tx -> tx.repository(UserRepository.class).page(PageRequest.first().limit(1000)).items()
                .stream().map(User::id).toList());

        // then
        assertThat(listed).doesNotContain(globex.owner().id());
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(UserRepository.class).get(globex.owner().id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTransactionCannotChangeAUserWhoIsNotAMemberOfItsOrganization(Atlvs atlvs, Fixtures fixtures) {
        // given: a user who belongs to another organization only
        OrganizationFixture acme = fixtures.organization("Identity Thieves");
        OrganizationFixture globex = fixtures.organization("Identity Owners");
        User victim = globex.owner();

        // when
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(UserRepository.class)
                        .update(ImmutableUser.copyOf(victim).withEmail("attacker@example.com"))))
                .isInstanceOf(AtlvsException.class);

        // then
        assertThat(atlvs.platform().getUser(victim.id()).email()).isEqualTo(victim.email());
    }

    @Test
    void membersListsTheUsersOfTheOrganizationOnly(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Roster Acme");
        OrganizationFixture globex = fixtures.organization("Roster Globex");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);

        // when
        List<UUID> members = acme.asOwner(tx -> tx.repository(UserRepository.class).members().stream().map(User::id).toList());

        // then
        assertThat(members).containsExactlyInAnyOrder(acme.owner().id(), crew.id()).doesNotContain(globex.owner().id());
    }

    private static int backendOf(Connection connection) throws SQLException {
        return Integer.parseInt(single(connection, "select pg_backend_pid()::text"));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
