package dev.atlvs.core.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.apikey.ApiKeyPrincipal;
import dev.atlvs.core.apikey.ApiKeyService;
import dev.atlvs.core.apikey.IssuedApiKey;
import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.feed.Subscription;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.permission.UserPermission;
import dev.atlvs.core.permission.UserPermissionRepository;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.MutableClock;
import dev.atlvs.core.feed.Change;
import dev.atlvs.core.feed.ChangeFeed;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The change feed delivers every committed change once, across reconnects, and only to an actor who may see it: an
 * active member (or a usable API key) holding the read permission of each table, checked when subscribing and again
 * at every read.
 */
@AtlvsTest
class ChangeFeedTest {

    @Test
    void aSubscriberReceivesEveryChangeOnceEvenWhenTheListeningConnectionIsKilled(Atlvs atlvs, Fixtures fixtures, TestDatabase database)
            throws Exception {
        OrganizationFixture org = fixtures.organization();
        OrganizationFixture other = fixtures.organization();
        List<Change> received = new CopyOnWriteArrayList<>();
        try (ChangeFeed feed = ChangeFeed.start(atlvs, Duration.ofMillis(100))) {
            feed.subscribe(org.id(), org.owner().id(), Set.of("locations"), received::addAll);
            waitForListener(database);

            List<UUID> written = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int n = i;
                written.add(org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                        .organizationId(org.id()).name("Stage " + n).type(LocationType.VENUE).build()).id()));
                other.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                        .organizationId(other.id()).name("Other stage " + n).type(LocationType.VENUE).build()));
                if (i % 10 == 5) {
                    killListener(database);
                }
            }

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (distinctRecords(received).size() < written.size() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(feed.reconnects()).as("the feed reconnected by itself").isPositive();
        }

        Set<UUID> changeIds = new HashSet<>();
        received.forEach(change -> changeIds.add(change.id()));
        List<Change> unique = received.stream().filter(distinctById()).toList();
        assertThat(unique).hasSize(changeIds.size());
        assertThat(unique).allSatisfy(change -> {
            assertThat(change.organizationId()).isEqualTo(org.id());
            assertThat(change.table()).isEqualTo("locations");
            assertThat(change.action()).isEqualTo(AuditAction.INSERT);
        });
        assertThat(unique).extracting(Change::recordId).containsExactlyInAnyOrderElementsOf(distinctRecords(received));
        assertThat(distinctRecords(received)).hasSize(30);
    }

    @Test
    void aNotificationWhosePayloadNamesNoOrganizationStillDeliversTheChangesItArrivesWith(Atlvs atlvs, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given a feed that would not poll again for an hour: only a notification brings changes now
        OrganizationFixture org = fixtures.organization();
        List<Change> received = new CopyOnWriteArrayList<>();
        try (ChangeFeed feed = ChangeFeed.start(atlvs, Duration.ofHours(1))) {
            feed.subscribe(org.id(), org.owner().id(), Set.of("locations"), received::addAll);
            waitForListener(database);

            // when a transaction writes a location and, as anyone may, notifies the channel with a foreign payload
            UUID record = org.asOwner(tx -> {
                UUID id = tx.repository(LocationRepository.class).insert(Location.builder()
                        .organizationId(org.id()).name("Main stage").type(LocationType.VENUE).build()).id();
                tx.handle().execute("select pg_notify(?, 'not-an-organization:42')", ChangeFeed.CHANNEL);
                return id;
            });

            // then the change arrives with it, and the feed is still listening
            awaitRecord(received, record);
            assertThat(listenerPid(database)).as("the feed's listening connection").isNotNull();
        }
    }

    @Test
    void aUserWhoIsNotAMemberCannotSubscribeToTheOrganization(Atlvs atlvs, Fixtures fixtures) {
        // given: the owner of another organization
        OrganizationFixture org = fixtures.organization();
        OrganizationFixture other = fixtures.organization();

        // when / then
        try (ChangeFeed feed = ChangeFeed.start(atlvs, Duration.ofMillis(100))) {
            assertThatThrownBy(() -> feed.subscribe(org.id(), other.owner().id(), Set.of("locations"), changes -> { }))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NOT_A_MEMBER));
        }
    }

    @Test
    void aTableWithoutAReadPermissionCannotBeSubscribedTo(Atlvs atlvs, Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();

        try (ChangeFeed feed = ChangeFeed.start(atlvs, Duration.ofMillis(100))) {
            for (String table : List.of("audit_logs", "users", "no_such_table")) {
                assertThatThrownBy(() -> feed.subscribe(org.id(), org.owner().id(), Set.of("locations", table), changes -> { }))
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::rule)
                                .containsExactly(tuple("tables", "ReadableTable")));
            }
        }
    }

    @Test
    void anApiKeyCannotSubscribeToATableItsScopesDoNotLetItRead(Atlvs atlvs, Fixtures fixtures) {
        // given: a key that may read locations only
        OrganizationFixture org = fixtures.organization();
        IssuedApiKey issued = org.asOwner(tx -> new ApiKeyService(tx).issue("Venue display", Set.of("core.locations.read"), Optional.empty()));
        ApiKeyPrincipal principal = atlvs.apiKeys().authenticate(issued.secret());

        // when / then
        try (ChangeFeed feed = ChangeFeed.start(atlvs, Duration.ofMillis(100))) {
            assertThatThrownBy(() -> feed.subscribe(principal, Set.of("locations", "comments"), changes -> { }))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.code()).isEqualTo(CoreErrorCode.PERMISSION_DENIED);
                        assertThat(e.permission()).contains("core.comments.read");
                    });
            Subscription locations = feed.subscribe(principal, Set.of("locations"), changes -> { });
            assertThat(locations.apiKeyId()).contains(principal.apiKeyId());
        }
    }

    @Test
    void aMemberWhoLosesTheReadPermissionOfATableGetsNoMoreOfItsChanges(TestDatabase database, Fixtures fixtures) throws Exception {
        // given: a viewer who may follow notifications through a grant that expires in an hour
        MutableClock clock = MutableClock.startingNow();
        Atlvs atlvs = database.atlvsBuilder().clock(clock).build();
        OrganizationFixture org = new Fixtures(atlvs).organization();
        User viewer = org.addMember(MemberRole.VIEWER);
        org.asOwner(tx -> tx.repository(UserPermissionRepository.class).insert(UserPermission.builder().organizationId(org.id())
                .userId(viewer.id()).permission("core.notifications.manage").grantedAt(tx.now())
                .expiresAt(tx.now().plus(Duration.ofHours(1))).build()));
        List<Change> received = new CopyOnWriteArrayList<>();
        try (ChangeFeed feed = ChangeFeed.start(atlvs, Duration.ofMillis(100))) {
            feed.subscribe(org.id(), viewer.id(), Set.of("notifications", "locations"), received::addAll);
            UUID before = notifyOwner(org, "Load-in moved to 05:00");
            UUID firstVenue = venue(org, "Harbour Stage");
            awaitRecord(received, firstVenue);

            // when: the grant expires
            clock.advance(Duration.ofHours(2));
            UUID after = notifyOwner(org, "Load-in moved to 04:30");
            UUID secondVenue = venue(org, "Dock Stage");
            awaitRecord(received, secondVenue);

            // then: the notification changed after the grant expired is withheld, the readable table still flows
            assertThat(distinctRecords(received)).contains(before, firstVenue, secondVenue).doesNotContain(after);
        }
    }

    @Test
    void aSubscriptionEndsWhenItsMemberLeavesTheOrganization(Atlvs atlvs, Fixtures fixtures) throws Exception {
        // given
        OrganizationFixture org = fixtures.organization();
        User crew = org.addMember(MemberRole.CONTRIBUTOR);
        Member membership = org.as(crew, tx -> tx.repository(MemberRepository.class).findByUser(crew.id()).orElseThrow());
        List<Change> received = new CopyOnWriteArrayList<>();
        try (ChangeFeed feed = ChangeFeed.start(atlvs, Duration.ofMillis(100))) {
            Subscription subscription = feed.subscribe(org.id(), crew.id(), Set.of("locations"), received::addAll);
            UUID seen = venue(org, "Harbour Stage");
            awaitRecord(received, seen);

            // when
            atlvs.platform().removeMember(org.id(), membership.id());
            UUID unseen = venue(org, "Dock Stage");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (subscription.isOpen() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            // then
            assertThat(subscription.isOpen()).isFalse();
            assertThat(distinctRecords(received)).contains(seen).doesNotContain(unseen);
        }
    }

    @Test
    void anAuditedStatementWakesTheFeedWithItsTenantAndTransactionOnlyWhenItChangedRows(Fixtures fixtures, TestDatabase database)
            throws Exception {
        // given a connection listening on the feed's channel
        OrganizationFixture org = fixtures.organization();
        try (Connection listening = database.adminDataSource().getConnection(); Statement statement = listening.createStatement()) {
            statement.execute("LISTEN " + ChangeFeed.CHANNEL);

            // when one transaction runs an audited update that changes no row, and the next writes two locations
            org.asOwner(tx -> tx.handle().execute("update atlvs.locations set name = 'Nowhere' where id = ?", UUID.randomUUID()));
            String writer = org.asOwner(tx -> {
                tx.repository(LocationRepository.class).insert(Location.builder()
                        .organizationId(org.id()).name("Main stage").type(LocationType.VENUE).build());
                tx.repository(LocationRepository.class).insert(Location.builder()
                        .organizationId(org.id()).name("Second stage").type(LocationType.VENUE).build());
                return tx.handle().createQuery("select pg_current_xact_id()::text").mapTo(String.class).one();
            });

            // then the channel carries one notification, the writer's: notifications arrive in commit order, so one
            // from the first transaction would come before it
            assertThat(received(listening)).containsExactly(org.id() + ":" + writer);
        }
    }

    @Test
    void aStatementOnATableWithRedactedColumnsWakesTheFeedToo(Fixtures fixtures, TestDatabase database) throws Exception {
        // given a connection listening on the feed's channel
        OrganizationFixture org = fixtures.organization();
        try (Connection listening = database.adminDataSource().getConnection(); Statement statement = listening.createStatement()) {
            statement.execute("LISTEN " + ChangeFeed.CHANNEL);

            // when a transaction issues an API key, whose key hash the trail seals
            String writer = org.asOwner(tx -> {
                new ApiKeyService(tx).issue("Venue display", Set.of("core.locations.read"), Optional.empty());
                return tx.handle().createQuery("select pg_current_xact_id()::text").mapTo(String.class).one();
            });

            // then the channel carries the writer's notification, once
            assertThat(received(listening)).containsExactly(org.id() + ":" + writer);
        }
    }

    /** The payloads that arrive on {@code listening}: waits up to ten seconds for the first, then a little for more. */
    private static List<String> received(Connection listening) throws SQLException {
        List<String> payloads = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (payloads.isEmpty() && System.nanoTime() < deadline) {
            payloads.addAll(payloads(listening, 500));
        }
        payloads.addAll(payloads(listening, 200));
        return payloads;
    }

    private static List<String> payloads(Connection listening, int waitMillis) throws SQLException {
        List<String> payloads = new ArrayList<>();
        PGNotification[] notifications = listening.unwrap(PGConnection.class).getNotifications(waitMillis);
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                payloads.add(notification.getParameter());
            }
        }
        return payloads;
    }

    private static UUID notifyOwner(OrganizationFixture org, String title) {
        return org.asOwner(tx -> new NotificationService(tx).notify(List.of(org.owner().id()),
                NotificationRequest.builder().type("job.assignment").title(title).build()).get(0).id());
    }

    private static UUID venue(OrganizationFixture org, String name) {
        return org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name(name).type(LocationType.VENUE).build()).id());
    }

    private static void awaitRecord(List<Change> received, UUID record) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!distinctRecords(received).contains(record) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(distinctRecords(received)).as("the feed delivered the change of " + record).contains(record);
    }

    private static java.util.function.Predicate<Change> distinctById() {
        Set<UUID> seen = new HashSet<>();
        return change -> seen.add(change.id());
    }

    private static Set<UUID> distinctRecords(List<Change> changes) {
        Set<UUID> records = new HashSet<>();
        changes.forEach(change -> records.add(change.recordId()));
        return records;
    }

    private static void waitForListener(TestDatabase database) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (listenerPid(database) == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static void killListener(TestDatabase database) throws Exception {
        waitForListener(database);
        Integer pid = listenerPid(database);
        assertThat(pid).as("the feed's listening connection").isNotNull();
        try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("select pg_terminate_backend(" + pid + ")");
        }
    }

    private static Integer listenerPid(TestDatabase database) throws SQLException {
        try (Connection admin = database.adminDataSource().getConnection();
                Statement statement = admin.createStatement();
                ResultSet rows = statement.executeQuery("select pid from pg_stat_activity where datname = current_database() "
                        + "and query = 'LISTEN " + ChangeFeed.CHANNEL + "' and state = 'idle'")) {
            return rows.next() ? rows.getInt(1) : null;
        }
    }
}
