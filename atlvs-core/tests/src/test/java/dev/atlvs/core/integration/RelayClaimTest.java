package dev.atlvs.core.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.event.DomainEvent;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.core.event.EventRelay;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.MutableClock;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's queue is claimed one organization at a time (each claim reads and locks the rows of one
 * organization, as a table distributed by organization needs), yet a round still takes the oldest due work
 * across organizations, and workers claiming at the same time never take the same item nor wait for each other.
 */
@AtlvsTest
class RelayClaimTest {

    private MutableClock clock;
    private Atlvs atlvs;
    private Fixtures fixtures;

    @BeforeEach
    void setUp(TestDatabase database) {
        clock = MutableClock.startingNow();
        atlvs = Atlvs.builder(database.appDataSource()).contextKey(database.contextKey()).clock(clock).strict(true).build();
        fixtures = new Fixtures(atlvs);
    }

    @Test
    void aRoundDispatchesTheOldestDueEventsAcrossOrganizations() {
        // given: events of three organizations, interleaved in time
        List<OrganizationFixture> organizations = List.of(fixtures.organization(), fixtures.organization(), fixtures.organization());
        List<UUID> inOrder = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (OrganizationFixture organization : organizations) {
                clock.advance(Duration.ofSeconds(1));
                inOrder.add(append(organization).id());
            }
        }
        clock.advance(Duration.ofSeconds(1));
        List<DomainEvent> dispatched = new CopyOnWriteArrayList<>();
        try (EventRelay relay = EventRelay.builder(atlvs).listener(dispatched::add).batchSize(4).build()) {
            // when
            int first = relay.runOnce();

            // then: the four oldest, from all three organizations
            assertThat(first).isEqualTo(4);
            assertThat(dispatched).extracting(DomainEvent::id).containsExactlyInAnyOrderElementsOf(inOrder.subList(0, 4));

            assertThat(relay.runOnce()).isEqualTo(2);
            assertThat(dispatched).extracting(DomainEvent::id).containsExactlyInAnyOrderElementsOf(inOrder);
            assertThat(relay.runOnce()).isZero();
        }
    }

    @Test
    void workersClaimingAtTheSameTimeTakeDisjointItemsWithoutWaiting(TestDatabase database) throws SQLException {
        // given: six due events in two organizations
        OrganizationFixture north = fixtures.organization();
        OrganizationFixture south = fixtures.organization();
        Set<UUID> due = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            due.add(append(north).id());
            due.add(append(south).id());
        }
        clock.advance(Duration.ofSeconds(1));

        try (Connection first = database.appDataSource().getConnection(); Connection second = database.appDataSource().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            // when: the first worker's claim is still uncommitted while the second claims
            List<UUID> byFirst = claim(first, UUID.randomUUID(), 4);
            List<UUID> bySecond = claim(second, UUID.randomUUID(), 10);
            first.commit();
            second.commit();

            // then
            assertThat(byFirst).hasSize(4);
            assertThat(bySecond).hasSize(2).doesNotContainAnyElementsOf(byFirst);
            Set<UUID> all = new HashSet<>(byFirst);
            all.addAll(bySecond);
            assertThat(all).isEqualTo(due);
        }
    }

    private DomainEvent append(OrganizationFixture organization) {
        return organization.asOwner(tx -> new DomainEvents(tx).append("comment", UUID.randomUUID(), "comment.posted", Map.of("n", 1)));
    }

    /** Claims as the relay does, with a lock wait of nothing: a worker that had to wait for another would fail here. */
    private List<UUID> claim(Connection connection, UUID worker, int batch) throws SQLException {
        try (PreparedStatement timeout = connection.prepareStatement("set local lock_timeout = '1ms'")) {
            timeout.execute();
        }
        List<UUID> items = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select item_id from atlvs.relay_claim('event', ?, ?, interval '2 minutes', ?)")) {
            statement.setObject(1, worker);
            statement.setTimestamp(2, Timestamp.from(clock.instant()));
            statement.setInt(3, batch);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return items;
    }
}
