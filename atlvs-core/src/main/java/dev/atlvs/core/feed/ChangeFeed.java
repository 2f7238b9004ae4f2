package dev.atlvs.core.feed;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.internal.SystemTransactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real-time feed of committed changes to registered tables, per organization:
 *
 * <pre>{@code
 * try (ChangeFeed feed = ChangeFeed.start(atlvs, Duration.ofMillis(500))) {
 *     feed.subscribe(org, Set.of("project_tasks", "projects"), changes -> push(changes));
 *     ...
 * }
 * }</pre>
 *
 * <p><b>Where changes come from.</b> The store is the audit trail, which PostgreSQL writes for every change
 * of a registered table in the changing transaction. A statement trigger on it sends
 * {@code pg_notify('atlvs_changes', '<organization>:<transaction>')} (identifiers only, far below the
 * 8000-byte limit). The feed listens on a dedicated connection ({@code PGConnection.getNotifications}),
 * and on every notification for a subscribed organization, and at least every poll interval, reads the
 * new audit rows of each subscription under that organization's row-level security.
 *
 * <p><b>Nothing missed, in spite of commit order.</b> Transaction ids and sequences are assigned before
 * commit, so "rows after the last one seen" would skip a row that commits late. Each subscription keeps
 * instead a watermark: the {@code xmin} of a fresh snapshot ({@code pg_snapshot_xmin(pg_current_snapshot())}),
 * below which every transaction has ended. A read takes the rows of transactions in
 * {@code [previous watermark, new watermark)}, which are final: a transaction in that range can no longer
 * add rows. Notifications only wake the feed early; if the listening connection breaks, the feed reconnects
 * by itself and the next read covers the gap. The price is latency, never loss: a long-running
 * transaction holds the watermark back until it ends.
 */
public final class ChangeFeed implements AutoCloseable {
    /** The notification channel. */
    public static final String CHANNEL = "atlvs_changes";

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final SystemTransactions system;
    private final Duration pollInterval;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread thread;
    private volatile Connection listening;
    private volatile long reconnects;

    private ChangeFeed(SystemTransactions system, Duration pollInterval) {
        this.system = system;
        this.pollInterval = pollInterval;
        this.thread = new Thread(this::run, "atlvs-change-feed");
        this.thread.setDaemon(true);
    }

    /** Starts a feed over {@code atlvs} that reads at least every {@code pollInterval}. */
    public static ChangeFeed start(Atlvs atlvs, Duration pollInterval) {
        requireNonNull(pollInterval, "pollInterval is null");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
        ChangeFeed feed = new ChangeFeed(SystemTransactions.Access.of(atlvs), pollInterval);
        feed.thread.start();
        return feed;
    }

    /**
     * Subscribes {@code listener} to the changes of {@code tables} in {@code organizationId} committed from
     * now on. The host decides who may subscribe to what (e.g. only members with read permission).
     */
    public Subscription subscribe(UUID organizationId, Set<String> tables, ChangeListener listener) {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(tables, "tables is null");
        requireNonNull(listener, "listener is null");
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("subscribe to at least one table");
        }
        long start = system.withoutTenant(handle -> handle.createQuery("select atlvs.change_feed_watermark()").mapTo(Long.class).one());
        Subscription subscription = new Subscription(this, organizationId, Set.copyOf(tables), listener, start);
        subscriptions.add(subscription);
        return subscription;
    }

    /** How many times the listening connection was re-established after it broke. */
    public long reconnects() {
        return reconnects;
    }

    void remove(Subscription subscription) {
        subscriptions.remove(subscription);
    }

    @Override
    public void close() {
        closed.set(true);
        thread.interrupt();
        closeQuietly(listening);
    }

    private void run() {
        boolean connectedBefore = false;
        while (!closed.get()) {
            try {
                if (listening == null) {
                    Connection connection = system.dataSource().getConnection();
                    connection.setAutoCommit(true);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("LISTEN " + CHANNEL);
                    }
                    listening = connection;
                    if (connectedBefore) {
                        reconnects++;
                    }
                    connectedBefore = true;
                    readAll(null);
                }
                PGNotification[] notifications = listening.unwrap(PGConnection.class).getNotifications((int) pollInterval.toMillis());
                if (notifications == null || notifications.length == 0) {
                    readAll(null);
                } else {
                    Set<UUID> organizations = new HashSet<>();
                    for (PGNotification notification : notifications) {
                        String payload = notification.getParameter();
                        int colon = payload.indexOf(':');
                        if (colon > 0) {
                            organizations.add(UUID.fromString(payload.substring(0, colon)));
                        }
                    }
                    readAll(organizations);
                }
            } catch (SQLException broken) {
                if (closed.get()) {
                    return;
                }
                LOG.info("the change feed's connection broke; reconnecting and catching up");
                discard(listening);
                listening = null;
                pause();
            } catch (RuntimeException failure) {
                if (closed.get()) {
                    return;
                }
                LOG.warn("a change feed round failed; trying again", failure);
                pause();
            }
        }
        closeQuietly(listening);
    }

    private void readAll(Set<UUID> organizations) {
        for (Subscription subscription : subscriptions) {
            if (organizations == null || organizations.contains(subscription.organizationId())) {
                read(subscription);
            }
        }
    }

    private void read(Subscription subscription) {
        if (subscription.isClosed()) {
            return;
        }
        long from = subscription.watermark();
        record Batch(long watermark, List<Change> changes) {}
        Batch batch = system.inOrganization(subscription.organizationId(), handle -> {
            long to = handle.createQuery("select atlvs.change_feed_watermark()").mapTo(Long.class).one();
            List<Change> changes = handle.createQuery("""
                            select id, organization_id, table_name, record_id, action, transaction_id, sequence
                              from atlvs.audit_logs
                             where organization_id = :organizationId
                               and transaction_id >= :from and transaction_id < :to
                               and table_name = any(:tables)
                             order by transaction_id, sequence
                            """)
                    .bind("from", from)
                    .bind("to", to)
                    .bind("tables", subscription.tables().toArray(String[]::new))
                    .map((row, context) -> new Change(row.getObject("id", UUID.class), row.getObject("organization_id", UUID.class),
                            row.getString("table_name"), row.getObject("record_id", UUID.class),
                            AuditAction.valueOf(row.getString("action").toUpperCase(Locale.ROOT)), row.getLong("transaction_id"),
                            row.getLong("sequence")))
                    .list();
            return new Batch(Math.max(from, to), changes);
        });
        if (!batch.changes().isEmpty()) {
            try {
                subscription.listener().onChanges(batch.changes());
            } catch (RuntimeException failure) {
                LOG.warn("a change feed subscriber failed; its changes are offered again", failure);
                return;
            }
        }
        subscription.advance(batch.watermark());
    }

    private void pause() {
        try {
            Thread.sleep(Math.min(1000, pollInterval.toMillis()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Closes a broken connection so that a pool does not lend it again: notifications are read past the
     * pool's proxy, so a statement through the proxy first lets the pool see the failure and evict it.
     */
    private static void discard(Connection connection) {
        if (connection == null) {
            return;
        }
        try (Statement probe = connection.createStatement()) {
            probe.execute("select 1");
        } catch (SQLException expected) {
            // the pool has seen the connection fail
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is gone already
            }
        }
    }
}
