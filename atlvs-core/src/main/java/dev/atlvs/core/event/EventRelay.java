package dev.atlvs.core.event;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.internal.DomainEventRows;
import dev.atlvs.core.internal.SystemTransactions;
import dev.atlvs.core.webhook.WebhookDispatcher;
import dev.atlvs.core.webhook.WebhookSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay: delivers every appended {@link DomainEvent} at least once to the in-process
 * {@link EventListener}s and, through webhook deliveries, to every subscribed endpoint. Run one or
 * several, in one process or many; they share the work without delivering twice what succeeded.
 *
 * <pre>{@code
 * try (EventRelay relay = EventRelay.builder(atlvs).listener(event -> search.index(event)).webhooks(settings).build()) {
 *     relay.start(Duration.ofSeconds(1));
 *     ...
 * }
 * }</pre>
 *
 * <p><b>Across tenants, without weakening them.</b> Work is found in an internal queue that holds only
 * identifiers (filled by triggers when an event or a delivery is written), through the security-definer
 * function {@code atlvs.relay_claim}, which finds the oldest due items across organizations without locking
 * them, then claims them with a lease one organization at a time ({@code FOR UPDATE SKIP LOCKED} on the rows
 * of one organization, so workers never block on each other's items, and a queue distributed by organization
 * on Citus is claimed shard by shard), and refuses to run inside a tenant
 * transaction. Each claimed item is then handled in a transaction of its own organization, where
 * row-level security applies exactly as in a member's transaction; {@code atlvs.relay_finish} removes or
 * reschedules the item there, only for the worker that still holds the lease.
 *
 * <p><b>At least once.</b> An event is marked dispatched in the same transaction that called the listeners
 * and created its webhook deliveries; a worker that dies before commit leaves the lease to expire and the
 * event is claimed again. A webhook attempt is sent outside any transaction and recorded afterwards; a
 * worker that dies in between leaves the delivery to be attempted again, with the same
 * {@code webhook-id}, once its lease expires. Consumers de-duplicate by the event id.
 *
 * <p>Times (due dates, leases, backoff) come from the SDK's clock, so a test drives them without waiting.
 */
public final class EventRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);

    private final SystemTransactions system;
    private final List<EventListener> listeners;
    private final WebhookDispatcher webhooks;
    private final UUID worker;
    private final Duration lease;
    private final int batchSize;
    private final Duration listenerRetry;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Thread thread;

    private EventRelay(Builder builder) {
        this.system = builder.system;
        this.listeners = List.copyOf(builder.listeners);
        this.webhooks = builder.settings == null ? null
                : new WebhookDispatcher(builder.settings, builder.tls, builder.backoffBase, builder.backoffCap, builder.disableAfter);
        this.worker = UUID.randomUUID();
        this.lease = builder.lease;
        this.batchSize = builder.batchSize;
        this.listenerRetry = builder.backoffBase;
    }

    /** Starts building a relay over {@code atlvs}. */
    public static Builder builder(Atlvs atlvs) {
        return new Builder(SystemTransactions.Access.of(atlvs));
    }

    /** This worker's id, recorded as the holder of the leases it takes. */
    public UUID workerId() {
        return worker;
    }

    /**
     * Handles the work due now, once: up to one batch of events to dispatch, then up to one batch of
     * webhook attempts. Returns how many items it handled. Safe to call from several workers at once.
     */
    public int runOnce() {
        int handled = 0;
        for (Claimed item : claim("event")) {
            if (closed.get()) {
                return handled;
            }
            dispatch(item);
            handled++;
        }
        if (webhooks != null) {
            for (Claimed item : claim("webhook")) {
                if (closed.get()) {
                    return handled;
                }
                attempt(item);
                handled++;
            }
        }
        return handled;
    }

    /** Runs {@link #runOnce()} on a background thread, pausing {@code idle} whenever there was nothing to do. */
    public synchronized void start(Duration idle) {
        requireNonNull(idle, "idle is null");
        if (thread != null) {
            throw new IllegalStateException("the relay is already running");
        }
        thread = new Thread(() -> {
            while (!closed.get()) {
                try {
                    if (runOnce() == 0) {
                        Thread.sleep(idle.toMillis());
                    }
                } catch (InterruptedException interrupted) {
                    return;
                } catch (RuntimeException failure) {
                    if (closed.get()) {
                        // Closing interrupted the round (its wait for a connection, say): nothing failed.
                        return;
                    }
                    LOG.warn("event relay round failed; trying again", failure);
                    try {
                        Thread.sleep(idle.toMillis());
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }, "atlvs-event-relay-" + worker);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops the relay at once and closes its webhook client. Work in flight is abandoned, not recorded: its
     * leases expire and another worker takes it up, as if this one had died.
     */
    @Override
    public void close() {
        closed.set(true);
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
        if (webhooks != null) {
            webhooks.close();
        }
    }

    private record Claimed(UUID organizationId, UUID itemId, int claims) {}

    private List<Claimed> claim(String kind) {
        Instant now = system.clock().instant();
        return system.withoutTenant(handle -> handle
                .createQuery("select * from atlvs.relay_claim(:kind, :worker, :now, cast(:lease as interval), :batch)")
                .bind("kind", kind)
                .bind("worker", worker)
                .bind("now", now)
                .bind("lease", lease.toMillis() + " milliseconds")
                .bind("batch", batchSize)
                .map((row, context) -> new Claimed(row.getObject("organization_id", UUID.class), row.getObject("item_id", UUID.class),
                        row.getInt("attempts")))
                .list());
    }

    private void dispatch(Claimed item) {
        Instant now = system.clock().instant();
        try {
            system.inOrganization(item.organizationId(), handle -> {
                if (!finish(handle, "event", item.itemId(), null)) {
                    return null;
                }
                Optional<DomainEvent> event = handle.createQuery(
                                "select * from atlvs.domain_events where organization_id = :organizationId and id = :id")
                        .bind("id", item.itemId())
                        .map((row, context) -> DomainEventRows.map(row))
                        .findOne();
                if (event.isEmpty()) {
                    return null;
                }
                for (EventListener listener : listeners) {
                    listener.onEvent(event.get());
                }
                if (webhooks != null) {
                    webhooks.fanOut(handle, event.get(), now);
                }
                if (closed.get()) {
                    throw new Abandoned();
                }
                return null;
            });
        } catch (Abandoned abandoned) {
            return;
        } catch (RuntimeException failure) {
            if (closed.get()) {
                return;
            }
            LOG.warn("dispatching an event failed; it is offered again later", failure);
            Instant retry = now.plus(WebhookDispatcher.backoff(item.claims(), listenerRetry, Duration.ofHours(1)));
            system.inOrganization(item.organizationId(), handle -> finish(handle, "event", item.itemId(), retry));
        }
    }

    private void attempt(Claimed item) {
        Optional<WebhookDispatcher.Attempt> prepared = system.inOrganization(item.organizationId(), handle -> {
            Optional<WebhookDispatcher.Attempt> attempt = webhooks.prepare(handle, item.itemId());
            if (attempt.isEmpty()) {
                finish(handle, "webhook", item.itemId(), null);
            }
            return attempt;
        });
        if (prepared.isEmpty() || closed.get()) {
            return;
        }
        WebhookDispatcher.Outcome outcome = webhooks.send(prepared.get(), system.clock().instant());
        if (closed.get()) {
            return;
        }
        Instant now = system.clock().instant();
        try {
            system.inOrganization(item.organizationId(), handle -> {
                Optional<Instant> next = webhooks.record(handle, prepared.get(), outcome, now);
                if (!finish(handle, "webhook", item.itemId(), next.orElse(null))) {
                    throw new Abandoned();
                }
                return null;
            });
        } catch (Abandoned leaseLost) {
            LOG.debug("the lease of a webhook delivery expired before its attempt was recorded; another worker repeats it");
        }
    }

    private boolean finish(Handle handle, String kind, UUID item, Instant next) {
        return handle.createQuery("select atlvs.relay_finish(:kind, :item, :worker, cast(:next as timestamptz))")
                .bind("kind", kind)
                .bind("item", item)
                .bind("worker", worker)
                .bind("next", next)
                .mapTo(Boolean.class)
                .one();
    }

    /** Rolls back the organization's transaction of work this worker no longer owns. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }

    /** Builds an {@link EventRelay}. */
    public static final class Builder {
        private final SystemTransactions system;
        private final List<EventListener> listeners = new ArrayList<>();
        private WebhookSettings settings;
        private javax.net.ssl.SSLContext tls;
        private Duration lease = Duration.ofMinutes(2);
        private int batchSize = 50;
        private Duration backoffBase = Duration.ofSeconds(30);
        private Duration backoffCap = Duration.ofHours(6);
        private Duration disableAfter = Duration.ofDays(5);

        private Builder(SystemTransactions system) {
            this.system = system;
        }

        /** An in-process subscriber of every event. */
        public Builder listener(EventListener listener) {
            listeners.add(requireNonNull(listener, "listener is null"));
            return this;
        }

        /**
         * Deliver webhooks, with the host's URL policy; secrets are decrypted with the {@code Atlvs}'s field keys.
         * Without it, no webhook is attempted.
         */
        public Builder webhooks(WebhookSettings newSettings) {
            this.settings = requireNonNull(newSettings, "settings is null");
            return this;
        }

        /**
         * The TLS context of webhook attempts: which certificates are trusted (a private CA, a test's own
         * certificate), which protocols. Default: the JVM's. Attempts are made by the SDK's own client, bound
         * to the {@link WebhookSettings#urlPolicy() URL policy}: it connects only to the addresses the policy
         * checked, verifies the certificate against the URL's host name, uses no proxy and follows no redirect.
         */
        public Builder webhookTls(javax.net.ssl.SSLContext context) {
            this.tls = requireNonNull(context, "context is null");
            return this;
        }

        /** How long a claimed item stays this worker's before another may take it. Default 2 minutes; longer than any attempt. */
        public Builder lease(Duration newLease) {
            this.lease = positive(newLease, "lease");
            return this;
        }

        /** How many items of each kind one round claims. Default 50. */
        public Builder batchSize(int size) {
            if (size < 1 || size > 1000) {
                throw new IllegalArgumentException("batchSize must be between 1 and 1000");
            }
            this.batchSize = size;
            return this;
        }

        /** Backoff after failed attempts: {@code min(cap, base * 2^(n-1))}, jittered. Default 30 s and 6 h. */
        public Builder backoff(Duration base, Duration cap) {
            this.backoffBase = positive(base, "base");
            this.backoffCap = positive(cap, "cap");
            return this;
        }

        /** How long an endpoint may fail without a success before it is disabled. Default 5 days. */
        public Builder disableAfter(Duration duration) {
            this.disableAfter = positive(duration, "disableAfter");
            return this;
        }

        public EventRelay build() {
            return new EventRelay(this);
        }

        private static Duration positive(Duration duration, String name) {
            requireNonNull(duration, name + " is null");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return duration;
        }
    }
}
