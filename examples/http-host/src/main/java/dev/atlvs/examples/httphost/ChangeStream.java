package dev.atlvs.examples.httphost;

import static dev.atlvs.examples.httphost.ApiKeyAuthentication.principal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.apikey.ApiKeyPrincipal;
import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.feed.Change;
import dev.atlvs.core.feed.ChangeFeed;
import dev.atlvs.core.feed.Subscription;
import dev.atlvs.core.module.AtlvsModules;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /changes}: the {@link ChangeFeed} of the key's organization as server-sent events. The subscription
 * acts for the API key, so it sees only its organization, and only the tables its key may read; it is made
 * before the stream starts, so a refused subscription is an ordinary JSON error. The stream opens with a
 * {@code ready} event, then sends one {@code change} event per committed change (its id is the change's id, for
 * de-duplication), and a comment every {@code heartbeat} so that proxies keep the connection open.
 *
 * <p>Changes are written to the client on the feed's thread, which is simple and keeps their order; a host
 * serving many slow clients would hand them to a bounded queue per client instead.
 */
final class ChangeStream implements AutoCloseable {
    /** The tables followed when the request names none: those of them the key may read. */
    static final List<String> DEFAULT_TABLES = List.of("projects", "project_tasks", "invoices");

    private final Atlvs atlvs;
    private final ObjectMapper mapper;
    private final ChangeFeed feed;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats;

    ChangeStream(Atlvs atlvs, ObjectMapper mapper, Duration pollInterval, Duration heartbeat) {
        this.atlvs = atlvs;
        this.mapper = mapper;
        this.feed = ChangeFeed.start(atlvs, pollInterval);
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "http-host-sse-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeats.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A change as the stream sends it. */
    record ChangeView(UUID id, String table, UUID recordId, AuditAction action, long transactionId, long sequence) {
        static ChangeView of(Change change) {
            return new ChangeView(change.id(), change.table(), change.recordId(), change.action(), change.transactionId(), change.sequence());
        }
    }

    /** {@code GET /changes?tables=projects,project_tasks}, with {@code Accept: text/event-stream}. */
    void handle(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 406);
            body.put("message", "the change feed is a stream of server-sent events; ask for it with Accept: text/event-stream");
            ctx.status(406).json(body);
            return;
        }
        ApiKeyPrincipal principal = principal(ctx);
        Set<String> tables = tables(principal, ctx.queryParam("tables"));
        Stream stream = new Stream(tables);
        stream.subscription = feed.subscribe(principal, tables, stream::deliver);
        try {
            new SseHandler(stream::attach).handle(ctx);
        } catch (RuntimeException failure) {
            stream.end();
            throw failure;
        }
    }

    private Set<String> tables(ApiKeyPrincipal principal, String requested) {
        if (requested != null && !requested.isBlank()) {
            Set<String> tables = new LinkedHashSet<>();
            Arrays.stream(requested.split(",")).map(String::trim).filter(table -> !table.isEmpty()).forEach(tables::add);
            return tables;
        }
        Set<String> readable = atlvs.inTenant(principal, tx -> {
            Set<String> allowed = new LinkedHashSet<>();
            for (String table : DEFAULT_TABLES) {
                AtlvsModules.installed().readPermission(table).filter(tx.permissions()::allows).ifPresent(read -> allowed.add(table));
            }
            return allowed;
        });
        if (readable.isEmpty()) {
            throw new AccessDeniedException(CoreErrorCode.PERMISSION_DENIED, null,
                    "the key may read none of the tables the change feed follows by default: " + DEFAULT_TABLES);
        }
        return readable;
    }

    private void beat() {
        for (Stream stream : open) {
            stream.heartbeat();
        }
    }

    /** Ends every open stream and the feed. */
    @Override
    public void close() {
        heartbeats.shutdownNow();
        for (Stream stream : open) {
            stream.end();
        }
        feed.close();
    }

    /** One client's stream: changes that arrive before the client is attached wait in order. */
    private final class Stream {
        private final Set<String> tables;
        private final List<Change> waiting = new ArrayList<>();
        private volatile Subscription subscription;
        private SseClient client;

        Stream(Set<String> tables) {
            this.tables = tables;
        }

        synchronized void attach(SseClient newClient) {
            client = newClient;
            open.add(this);
            client.onClose(this::end);
            client.keepAlive();
            client.sendEvent("ready", json(Map.of("tables", tables)));
            send(waiting);
            waiting.clear();
        }

        synchronized void deliver(List<Change> changes) {
            if (client == null) {
                waiting.addAll(changes);
            } else {
                send(changes);
            }
        }

        synchronized void heartbeat() {
            if (client == null) {
                return;
            }
            if (subscription == null || !subscription.isOpen()) {
                client.close();
            } else if (!client.terminated()) {
                client.sendComment("keep-alive");
            }
        }

        private void send(List<Change> changes) {
            for (Change change : changes) {
                if (client.terminated()) {
                    return;
                }
                client.sendEvent("change", json(ChangeView.of(change)), change.id().toString());
            }
        }

        void end() {
            open.remove(this);
            Subscription current = subscription;
            if (current != null) {
                current.close();
            }
            SseClient attached;
            synchronized (this) {
                attached = client;
            }
            if (attached != null && !attached.terminated()) {
                attached.close();
            }
        }

        private String json(Object value) {
            try {
                return mapper.writeValueAsString(value);
            } catch (JsonProcessingException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }
}
