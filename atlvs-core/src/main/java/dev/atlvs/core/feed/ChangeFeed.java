package dev.atlvs.core.feed;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.apikey.ApiKey;
import dev.atlvs.core.apikey.ApiKeyPrincipal;
import dev.atlvs.core.apikey.ApiKeyRepository;
import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.internal.SystemTransactions;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.permission.PermissionSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real-time feed of committed changes to registered tables, per organization, for an actor:
 *
 * <pre>{@code
 * try (ChangeFeed feed = ChangeFeed.start(atlvs, Duration.ofMillis(500))) {
 *     feed.subscribe(org, userId, Set.of("project_tasks", "projects"), changes -> push(changes));
 *     feed.subscribe(apiKeyPrincipal, Set.of("invoices"), changes -> push(changes));
 *     ...
 * }
 * }</pre>
 *
 * <p><b>Who sees what.</b> A subscription acts for an actor, a member or an API key, like
 * {@link Atlvs#inTenant}: the actor must be an active member of the organization (a key unrevoked and
 * unexpired), and must hold the read permission of each table subscribed to (declared per table by its
 * module, {@link dev.atlvs.core.module.AtlvsModule#readPermissions()}; bounded by the key's scopes). Both are
 * checked when subscribing and again, in a tenant transaction of the actor, at every read: the changes of a
 * table whose permission the actor no longer holds are not delivered, and a subscription whose actor is no
 * longer a member (or whose key was revoked or expired) ends.
 *
 * <p><b>Where changes come from.</b> The store is the audit trail, which PostgreSQL writes for every change
 * of a registered table in the changing transaction. The audit trigger, after writing a statement's rows, sends
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

    private final Atlvs atlvs;
    private final SystemTransactions system;
    private final Duration pollInterval;
    /** The longest the feed's thread waits for notifications at a time, so that it sees a close soon. */
    private static final Duration WAKE = Duration.ofMillis(200);
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread thread;
    private volatile Connection listening;
    private volatile long reconnects;

    private ChangeFeed(Atlvs atlvs, Duration pollInterval) {
        this.atlvs = atlvs;
        this.system = SystemTransactions.Access.of(atlvs);
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
        requireNonNull(atlvs, "atlvs is null");
        ChangeFeed feed = new ChangeFeed(atlvs, pollInterval);
        feed.thread.start();
        return feed;
    }

    /**
     * Subscribes {@code listener}, acting for member {@code actorId}, to the changes of {@code tables} in
     * {@code organizationId} committed from now on. Call it outside any transaction of the same thread.
     *
     * @throws AccessDeniedException ({@link CoreErrorCode#NOT_A_MEMBER}) when the actor is not an active member;
     *         ({@link CoreErrorCode#PERMISSION_DENIED}, naming the permission) when the actor may not read one of the tables
     * @throws ValidationException (field {@code tables}, rule {@code ReadableTable}) for a table that is not one of
     *         the installed modules' tables with a read permission
     */
    public Subscription subscribe(UUID organizationId, UUID actorId, Set<String> tables, ChangeListener listener) {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(actorId, "actorId is null");
        return subscribe(new Subscription.Actor(organizationId, actorId, null), tables, listener);
    }

    /**
     * Subscribes {@code listener}, acting for an authenticated API key ({@link dev.atlvs.core.apikey.ApiKeys#authenticate}),
     * to the changes of {@code tables} in the key's organization committed from now on; the key's scopes bound
     * what it may read. Call it outside any transaction of the same thread.
     *
     * @throws AccessDeniedException when the key's member is no longer an active member, the key was revoked or
     *         has expired ({@link CoreErrorCode#REVOKED_API_KEY}, {@link CoreErrorCode#EXPIRED_API_KEY}), or the key
     *         may not read one of the tables
     * @throws ValidationException (field {@code tables}, rule {@code ReadableTable}) for a table without a read permission
     */
    public Subscription subscribe(ApiKeyPrincipal principal, Set<String> tables, ChangeListener listener) {
        requireNonNull(principal, "principal is null");
        return subscribe(new Subscription.Actor(principal.organizationId(), principal.userId(), principal), tables, listener);
    }

    private Subscription subscribe(Subscription.Actor actor, Set<String> tables, ChangeListener listener) {
        requireNonNull(tables, "tables is null");
        requireNonNull(listener, "listener is null");
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("subscribe to at least one table");
        }
        Set<String> requested = Set.copyOf(tables);
        for (String table : new TreeSet<>(requested)) {
            if (AtlvsModules.installed().readPermission(table).isEmpty()) {
                throw ValidationException.of("Subscription", "tables", "ReadableTable",
                        "must name tables of the installed modules whose changes can be followed");
            }
        }
        long start = inTenant(actor, tx -> {
            PermissionSet held = tx.permissions();
            for (String table : new TreeSet<>(requested)) {
                Permission read = AtlvsModules.installed().readPermission(table).orElseThrow();
                held.require(read);
            }
            return tx.handle().createQuery("select atlvs.change_feed_watermark()").mapTo(Long.class).one();
        });
        Subscription subscription = new Subscription(this, actor, requested, listener, start);
        subscriptions.add(subscription);
        return subscription;
    }

    /**
     * Runs {@code work} in a tenant transaction of the subscription's actor: a member's own, or the API key's
     * (whose key must still be usable).
     */
    private <R> R inTenant(Subscription.Actor actor, dev.atlvs.core.TenantWork<R> work) {
        if (actor.apiKey() == null) {
            return atlvs.inTenant(actor.organizationId(), actor.userId(), work);
        }
        return atlvs.inTenant(actor.apiKey(), tx -> {
            requireUsableKey(tx, actor.apiKey());
            return work.run(tx);
        });
    }

    private static void requireUsableKey(TenantTransaction tx, ApiKeyPrincipal principal) {
        Optional<ApiKey> key = tx.repository(ApiKeyRepository.class).find(principal.apiKeyId());
        if (key.isEmpty() || key.get().revokedAt().isPresent()) {
            throw new AccessDeniedException(CoreErrorCode.REVOKED_API_KEY, null, "the API key was revoked");
        }
        if (!key.get().isUsableAt(tx.now())) {
            throw new AccessDeniedException(CoreErrorCode.EXPIRED_API_KEY, null, "the API key has expired");
        }
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
        // The feed's thread waits for notifications a short while at a time (WAKE), sees the feed closed and
        // returns its connection to the pool itself: the connection is never used from two threads.
        if (Thread.currentThread() != thread) {
            try {
                thread.join(2 * WAKE.toMillis() + 1_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        boolean connectedBefore = false;
        long nextPoll = System.nanoTime() + pollInterval.toNanos();
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
                    nextPoll = System.nanoTime() + pollInterval.toNanos();
                }
                long waitMillis = Math.max(1, Math.min(WAKE.toMillis(), (nextPoll - System.nanoTime()) / 1_000_000));
                PGNotification[] notifications = listening.unwrap(PGConnection.class).getNotifications((int) waitMillis);
                if (closed.get()) {
                    break;
                }
                if (notifications != null && notifications.length > 0) {
                    readAll(organizationsNamed(notifications));
                    nextPoll = System.nanoTime() + pollInterval.toNanos();
                } else if (System.nanoTime() - nextPoll >= 0) {
                    readAll(null);
                    nextPoll = System.nanoTime() + pollInterval.toNanos();
                }
            } catch (SQLException broken) {
                if (closed.get()) {
                    break;
                }
                LOG.info("the change feed's connection broke; reconnecting and catching up");
                discard(listening);
                listening = null;
                pause();
            } catch (RuntimeException failure) {
                if (closed.get()) {
                    break;
                }
                LOG.warn("a change feed round failed; trying again", failure);
                pause();
            }
        }
        closeQuietly(listening);
    }

    /**
     * The organizations the notifications name, or {@code null} (read every subscription) when one of them cannot be
     * read as such: a payload is only a hint of where to look, and anyone may notify the channel.
     */
    private static Set<UUID> organizationsNamed(PGNotification[] notifications) {
        Set<UUID> organizations = new HashSet<>();
        for (PGNotification notification : notifications) {
            String payload = notification.getParameter();
            int colon = payload == null ? -1 : payload.indexOf(':');
            if (colon == 0) {
                continue; // a change outside any organization's context
            }
            if (colon < 0) {
                return null;
            }
            try {
                organizations.add(UUID.fromString(payload.substring(0, colon)));
            } catch (IllegalArgumentException notAnIdentifier) {
                return null;
            }
        }
        return organizations;
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
        Batch batch;
        try {
            batch = inTenant(subscription.actor(), tx -> {
                long to = tx.handle().createQuery("select atlvs.change_feed_watermark()").mapTo(Long.class).one();
                String[] readable = readable(tx.permissions(), subscription.tables());
                if (readable.length == 0) {
                    return new Batch(Math.max(from, to), List.of());
                }
                List<Change> changes = tx.handle().createQuery("""
                                select id, organization_id, table_name, record_id, action, transaction_id, sequence
                                  from atlvs.audit_logs
                                 where organization_id = :organizationId
                                   and transaction_id >= :from and transaction_id < :to
                                   and table_name = any(:tables)
                                 order by transaction_id, sequence
                                """)
                        .bind("from", from)
                        .bind("to", to)
                        .bind("tables", readable)
                        .map((row, context) -> new Change(row.getObject("id", UUID.class), row.getObject("organization_id", UUID.class),
                                row.getString("table_name"), row.getObject("record_id", UUID.class),
                                AuditAction.valueOf(row.getString("action").toUpperCase(Locale.ROOT)), row.getLong("transaction_id"),
                                row.getLong("sequence")))
                        .list();
                return new Batch(Math.max(from, to), changes);
            });
        } catch (AccessDeniedException ended) {
            LOG.info("a change feed subscription ended: its actor may no longer act in the organization ({})", ended.code());
            subscription.end();
            return;
        }
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

    /** The subscribed tables whose read permission {@code held} grants, sorted. */
    private static String[] readable(PermissionSet held, Set<String> tables) {
        return tables.stream()
                .filter(table -> AtlvsModules.installed().readPermission(table).map(held::allows).orElse(false))
                .sorted()
                .toArray(String[]::new);
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
