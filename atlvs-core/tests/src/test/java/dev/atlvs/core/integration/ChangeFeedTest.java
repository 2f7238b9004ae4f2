package dev.atlvs.core.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.audit.AuditAction;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

@AtlvsTest
class ChangeFeedTest {

    @Test
    void aSubscriberReceivesEveryChangeOnceEvenWhenTheListeningConnectionIsKilled(Atlvs atlvs, Fixtures fixtures, TestDatabase database)
            throws Exception {
        OrganizationFixture org = fixtures.organization();
        OrganizationFixture other = fixtures.organization();
        List<Change> received = new CopyOnWriteArrayList<>();
        try (ChangeFeed feed = ChangeFeed.start(atlvs, Duration.ofMillis(100))) {
            feed.subscribe(org.id(), Set.of("locations"), received::addAll);
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
