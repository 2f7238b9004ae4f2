package dev.atlvs.examples.httphost;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.event.EventRelay;
import dev.atlvs.core.migration.SchemaStatus;
import dev.atlvs.core.webhook.UrlPolicy;
import dev.atlvs.core.webhook.WebhookSettings;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A REST service over the SDK, on Javalin: projects, their tasks, invoices, webhooks and the change feed, for
 * the organization of the API key each request presents.
 *
 * <pre>{@code
 * Atlvs atlvs = Atlvs.builder(dataSource).fieldKeys(keys).build();
 * try (HttpHost host = HttpHost.builder(atlvs).port(8080).adminToken(token).start()) {
 *     ...   // serve until closed
 * }
 * }</pre>
 *
 * <p>Every request but {@code GET /health}, {@code GET /health/ready} and the {@code /admin} paths authenticates with
 * {@code Authorization: Bearer <API key>} and runs in one tenant transaction of the key's organization,
 * acting as the key's member within the key's scopes. Besides the HTTP server the host runs the SDK's
 * {@link EventRelay}, which delivers webhooks on a schedule, and a change feed for the event streams.
 */
public final class HttpHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpHost.class);

    /** How long closing waits for a relay round in progress (a webhook attempt waits at most its endpoint's timeout). */
    private static final Duration RELAY_GRACE = Duration.ofSeconds(30);

    private final Javalin server;
    private final EventRelay relay;
    private final ScheduledExecutorService relayRounds;
    private final ChangeStream changes;
    private final String host;
    private volatile boolean closing;

    private HttpHost(Builder builder) {
        this.host = builder.host;
        Atlvs atlvs = builder.atlvs;
        ObjectMapper mapper = JsonBodies.mapper();
        ApiKeyAuthentication authentication = new ApiKeyAuthentication(atlvs);
        ProjectApi projects = new ProjectApi(atlvs, mapper);
        TaskApi tasks = new TaskApi(atlvs, mapper);
        InvoiceApi invoices = new InvoiceApi(atlvs, mapper);
        WebhookApi webhooks = new WebhookApi(atlvs, mapper, builder.webhooks);
        AdminApi admin = builder.adminToken == null ? null : new AdminApi(atlvs, mapper, builder.adminToken);
        this.changes = new ChangeStream(atlvs, mapper, builder.feedInterval, builder.heartbeat);
        this.relay = EventRelay.builder(atlvs).webhooks(builder.webhooks).build();
        this.relayRounds = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "http-host-event-relay");
            thread.setDaemon(true);
            return thread;
        });
        this.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.jetty.host = builder.host;
            config.jetty.port = builder.port;
            config.routes.beforeMatched(ctx -> {
                if (ctx.path().startsWith("/admin/")) {
                    if (admin != null) {
                        admin.authenticate(ctx);
                    }
                } else if (!ctx.path().startsWith("/health")) {
                    authentication.authenticate(ctx);
                }
            });
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "up")));
            config.routes.get("/health/ready", ctx -> ready(atlvs, ctx));
            config.routes.post("/projects", projects::create);
            config.routes.get("/projects", projects::list);
            config.routes.get("/projects/{projectId}", projects::get);
            config.routes.post("/projects/{projectId}/tasks", tasks::create);
            config.routes.get("/projects/{projectId}/tasks", tasks::list);
            config.routes.get("/tasks/{taskId}", tasks::get);
            config.routes.patch("/tasks/{taskId}", tasks::update);
            config.routes.post("/invoices", invoices::create);
            config.routes.get("/invoices/{invoiceId}", invoices::get);
            config.routes.post("/invoices/{invoiceId}/issue", invoices::issue);
            config.routes.post("/webhooks", webhooks::register);
            config.routes.get("/webhooks/{webhookId}", webhooks::get);
            config.routes.get("/webhooks/{webhookId}/deliveries", webhooks::deliveries);
            config.routes.get("/changes", changes::handle);
            if (admin != null) {
                config.routes.post("/admin/organizations", admin::createOrganization);
            }
            config.routes.exception(ApiKeyAuthentication.Unauthenticated.class,
                    (failure, ctx) -> ErrorResponses.unauthenticated(failure.reason(), ctx));
            config.routes.exception(AtlvsException.class, ErrorResponses::handle);
            config.routes.exception(HttpResponseException.class, HttpHost::httpFailure);
            config.routes.exception(Exception.class, ErrorResponses::unexpected);
        });
        try {
            server.start();
        } catch (RuntimeException failure) {
            changes.close();
            relayRounds.shutdownNow();
            relay.close();
            throw failure;
        }
        relayRounds.scheduleWithFixedDelay(this::relayRound, 0, builder.relayInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One scheduled round of the event relay: events become webhook deliveries, and due deliveries are attempted,
     * until nothing is due. Rounds run on the host's own schedule so that closing lets the current one finish
     * instead of interrupting it halfway through a transaction.
     */
    private void relayRound() {
        try {
            while (!closing && relay.runOnce() > 0) {
                // until nothing is due
            }
        } catch (RuntimeException failure) {
            if (!closing) {
                LOG.warn("an event relay round failed; the next round tries again", failure);
            }
        }
    }

    /** Starts building a host over {@code atlvs}. */
    public static Builder builder(Atlvs atlvs) {
        return new Builder(atlvs);
    }

    /** The port the server listens on (the one chosen when built with port 0). */
    public int port() {
        return server.port();
    }

    /** The address of the server, e.g. {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return URI.create("http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port());
    }

    /**
     * Stops the server (ending every event stream), the change feed and the event relay, after the relay's round in
     * progress, if any, has finished.
     */
    @Override
    public void close() {
        closing = true;
        changes.close();
        server.stop();
        relayRounds.shutdown();
        try {
            if (!relayRounds.awaitTermination(RELAY_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                relayRounds.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            relayRounds.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            relay.close();
        }
    }

    /**
     * {@code GET /health/ready}: 200 when the SDK can serve ({@link Atlvs#checkReady()}: the schema current, the
     * run-time role usable), else 503 with the set-up error's code and name; what to run goes to the log.
     */
    private static void ready(Atlvs atlvs, Context ctx) {
        SchemaStatus status = atlvs.checkReady();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ready");
        body.put("server", status.serverVersion());
        body.put("modules", status.modules().stream().map(module -> module.name() + " " + module.currentVersion().orElse("none")).toList());
        ctx.json(body);
    }

    private static void httpFailure(HttpResponseException failure, Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", failure.getStatus());
        body.put("message", failure.getStatus() == 404 ? "no such path" : failure.getMessage());
        ctx.status(failure.getStatus()).json(body);
    }

    /** Builds and starts an {@link HttpHost}. */
    public static final class Builder {
        private final Atlvs atlvs;
        private String host = "127.0.0.1";
        private int port = 8080;
        private WebhookSettings webhooks = new WebhookSettings(UrlPolicy.publicHttpsOnly());
        private String adminToken;
        private Duration relayInterval = Duration.ofSeconds(1);
        private Duration feedInterval = Duration.ofMillis(500);
        private Duration heartbeat = Duration.ofSeconds(15);

        private Builder(Atlvs atlvs) {
            this.atlvs = requireNonNull(atlvs, "atlvs is null");
        }

        /** The address to listen on. Default {@code 127.0.0.1}; {@code 0.0.0.0} for every interface. */
        public Builder host(String newHost) {
            this.host = requireNonNull(newHost, "host is null");
            return this;
        }

        /** The port to listen on, 0 for any free one. Default 8080. */
        public Builder port(int newPort) {
            if (newPort < 0 || newPort > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535");
            }
            this.port = newPort;
            return this;
        }

        /** The webhook settings: the URL policy of registration and delivery. Default: public https URLs only. */
        public Builder webhooks(WebhookSettings settings) {
            this.webhooks = requireNonNull(settings, "settings is null");
            return this;
        }

        /** The token of the {@code /admin} paths; without one they do not exist. */
        public Builder adminToken(String token) {
            requireNonNull(token, "token is null");
            if (token.length() < 16) {
                throw new IllegalArgumentException("the admin token must have at least 16 characters");
            }
            this.adminToken = token;
            return this;
        }

        /** How long the event relay waits between rounds, each of which delivers everything due. Default 1 s. */
        public Builder relayInterval(Duration interval) {
            this.relayInterval = positive(interval, "relayInterval");
            return this;
        }

        /** How often the change feed reads at least, notifications aside. Default 500 ms. */
        public Builder feedInterval(Duration interval) {
            this.feedInterval = positive(interval, "feedInterval");
            return this;
        }

        /** How often an idle event stream sends a comment to keep its connection open. Default 15 s. */
        public Builder heartbeat(Duration interval) {
            this.heartbeat = positive(interval, "heartbeat");
            return this;
        }

        /** Starts the host: the HTTP server, the event relay and the change feed. */
        public HttpHost start() {
            return new HttpHost(this);
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
