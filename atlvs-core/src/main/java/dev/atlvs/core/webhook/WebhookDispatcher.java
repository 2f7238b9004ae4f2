package dev.atlvs.core.webhook;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.event.DomainEvent;
import dev.atlvs.core.internal.DomainEventRows;
import dev.atlvs.core.internal.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLContext;
import org.jdbi.v3.core.Handle;

/**
 * The webhook side of the {@link dev.atlvs.core.event.EventRelay}: turns a dispatched event into one
 * delivery per subscribed endpoint, and makes one attempt of a delivery: prepare (in the organization's
 * transaction), send (outside any transaction), record (in a new transaction of the organization).
 *
 * <p>After a failed attempt the next one is scheduled {@code min(cap, base * 2^(n-1))} later, jittered
 * down by up to half ("equal jitter"), until the endpoint's {@link Webhook#maxAttempts()} are used up and
 * the delivery fails. An endpoint answering 410 Gone, or failing without a success for longer than
 * {@code disableAfter}, is disabled and its pending deliveries are cancelled. Redirects are not followed.
 *
 * <p>Each attempt connects only to addresses the {@link UrlPolicy} checked for it: the host is resolved once,
 * through the policy, every address is checked, and the connection goes to those addresses while TLS and the
 * {@code Host} header keep the host name; an attempt whose addresses the policy refuses is logged as
 * {@code blocked} and sends nothing. The start of the endpoint's answer is kept in the attempt log, at most
 * {@value #RESPONSE_EXCERPT_LENGTH} characters, with anything that looks like a credential redacted.
 */
public final class WebhookDispatcher implements AutoCloseable {
    /** The longest part of a response body kept in the attempt log. */
    public static final int RESPONSE_EXCERPT_LENGTH = 1000;

    /** How long an attempt waits to connect. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final WebhookHttp http;
    private final Duration backoffBase;
    private final Duration backoffCap;
    private final Duration disableAfter;

    /**
     * A dispatcher with the host's webhook settings; {@code tls} is the TLS context of attempts (trusted
     * certificates, protocols), or null for the JVM's default.
     */
    public WebhookDispatcher(WebhookSettings settings, SSLContext tls, Duration backoffBase, Duration backoffCap, Duration disableAfter) {
        requireNonNull(settings, "settings is null");
        this.backoffBase = requireNonNull(backoffBase, "backoffBase is null");
        this.backoffCap = requireNonNull(backoffCap, "backoffCap is null");
        this.disableAfter = requireNonNull(disableAfter, "disableAfter is null");
        this.http = new WebhookHttp(settings.urlPolicy(), tls, CONNECT_TIMEOUT);
    }

    /** Closes the HTTP client of attempts. */
    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException ignored) {
            // nothing is left to release
        }
    }

    /** Creates a pending delivery of {@code event} to each active endpoint subscribed to it; returns how many. */
    public int fanOut(Handle handle, DomainEvent event, Instant now) {
        int created = 0;
        for (Webhook webhook : handle.attach(WebhookRepository.class).subscribedTo(event.eventType())) {
            created += handle.createUpdate("""
                            insert into atlvs.webhook_deliveries (organization_id, webhook_id, event_id, event_type, next_attempt_at, created_at)
                            values (:organizationId, :webhookId, :eventId, :eventType, :now, :now)
                            on conflict on constraint webhook_deliveries_event_unique do nothing
                            """)
                    .bind("organizationId", event.organizationId())
                    .bind("webhookId", webhook.id())
                    .bind("eventId", event.id())
                    .bind("eventType", event.eventType())
                    .bind("now", now)
                    .execute();
        }
        return created;
    }

    /** One attempt about to be made: where to, what, signed with which secret (the endpoint's, decrypted). */
    public record Attempt(WebhookDelivery delivery, Webhook webhook, String body, String secret, int number) {
        @Override
        public String toString() {
            return "Attempt[delivery=" + delivery.id() + ", webhook=" + webhook.id() + ", number=" + number + "]";
        }
    }

    /**
     * The next attempt of delivery {@code deliveryId}, or empty when there is nothing to send (it is no
     * longer pending, or its endpoint was disabled: then it is cancelled here). The endpoint is read through the
     * repository engine, which decrypts its secret with the host's field keys.
     */
    public Optional<Attempt> prepare(Handle handle, UUID deliveryId) {
        Optional<WebhookDelivery> found = handle.createQuery(
                        "select * from atlvs.webhook_deliveries where organization_id = :organizationId and id = :id")
                .bind("id", deliveryId)
                .map((row, context) -> WebhookDelivery.map(row))
                .findOne();
        if (found.isEmpty() || found.get().status() != DeliveryStatus.PENDING) {
            return Optional.empty();
        }
        WebhookDelivery delivery = found.get();
        Webhook webhook = handle.attach(WebhookRepository.class).get(delivery.webhookId());
        if (webhook.status() != WebhookStatus.ACTIVE) {
            handle.createUpdate("""
                            update atlvs.webhook_deliveries set status = 'cancelled', next_attempt_at = null
                             where organization_id = :organizationId and id = :id
                            """)
                    .bind("id", deliveryId)
                    .execute();
            return Optional.empty();
        }
        DomainEvent event = handle.createQuery("select * from atlvs.domain_events where organization_id = :organizationId and id = :id")
                .bind("id", delivery.eventId())
                .map((row, context) -> DomainEventRows.map(row))
                .one();
        Map<String, Object> aggregate = new LinkedHashMap<>();
        aggregate.put("type", event.aggregateType());
        aggregate.put("id", event.aggregateId());
        aggregate.put("sequence", event.sequence());
        String body = "{\"type\":" + Json.write(event.eventType())
                + ",\"timestamp\":" + Json.write(event.occurredAt().toString())
                + ",\"organizationId\":" + Json.write(event.organizationId())
                + ",\"aggregate\":" + Json.write(aggregate)
                + ",\"data\":" + event.payload() + "}";
        return Optional.of(new Attempt(delivery, webhook, body, webhook.secret(), delivery.attemptCount() + 1));
    }

    /** What an attempt came to. */
    public record Outcome(String outcome, Optional<Integer> statusCode, int latencyMillis, Optional<String> responseExcerpt,
            Optional<String> error) {
        boolean delivered() {
            return outcome.equals("delivered");
        }
    }

    /**
     * Sends an attempt, signed with {@code now} as its timestamp. The URL's form is checked against the policy
     * again, and its host is resolved anew, once, through the policy: the attempt connects to the addresses
     * checked, or is {@code blocked} without sending anything.
     */
    public Outcome send(Attempt attempt, Instant now) {
        String messageId = attempt.delivery().eventId().toString();
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", messageId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(attempt.secret(), messageId, timestamp, attempt.body()));
        long started = System.nanoTime();
        try {
            WebhookHttp.Response response = http.post(attempt.webhook().url(), headers, attempt.body(),
                    Duration.ofSeconds(attempt.webhook().timeoutSeconds()));
            String excerpt = excerpt(response.bodyStart());
            int latency = millisSince(started);
            int status = response.status();
            String outcome = status >= 200 && status < 300 ? "delivered" : status == 410 ? "gone" : "failed";
            return new Outcome(outcome, Optional.of(status), latency, Optional.of(excerpt).filter(s -> !s.isEmpty()),
                    outcome.equals("failed") ? Optional.of("the endpoint answered HTTP " + status) : Optional.empty());
        } catch (ValidationException refused) {
            return new Outcome("blocked", Optional.empty(), 0, Optional.empty(), Optional.of(refused.violations().get(0).message()));
        } catch (WebhookHttp.Blocked blocked) {
            return new Outcome("blocked", Optional.empty(), millisSince(started), Optional.empty(), Optional.of(blocked.reason()));
        } catch (org.apache.hc.client5.http.ConnectTimeoutException timeout) {
            return new Outcome("timeout", Optional.empty(), millisSince(started), Optional.empty(),
                    Optional.of("could not connect within " + CONNECT_TIMEOUT.toSeconds() + " s"));
        } catch (SocketTimeoutException timeout) {
            return new Outcome("timeout", Optional.empty(), millisSince(started), Optional.empty(),
                    Optional.of("no answer within " + attempt.webhook().timeoutSeconds() + " s"));
        } catch (InterruptedIOException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome("failed", Optional.empty(), millisSince(started), Optional.empty(), Optional.of("interrupted"));
        } catch (IOException failure) {
            return new Outcome("failed", Optional.empty(), millisSince(started), Optional.empty(),
                    Optional.of("could not reach the endpoint: " + failure.getClass().getSimpleName()));
        }
    }

    /** The start of a response body as the attempt log keeps it: credentials redacted, then bounded. */
    static String excerpt(String bodyStart) {
        String redacted = CredentialRedactor.redact(bodyStart);
        if (redacted.length() > RESPONSE_EXCERPT_LENGTH) {
            redacted = redacted.substring(0, RESPONSE_EXCERPT_LENGTH);
            // A surrogate pair cut in two would not be valid text.
            if (Character.isHighSurrogate(redacted.charAt(redacted.length() - 1))) {
                redacted = redacted.substring(0, redacted.length() - 1);
            }
        }
        return redacted;
    }

    /**
     * Records an attempt's outcome: the attempt log row, the delivery's new state and the endpoint's
     * health. Returns when the delivery should be attempted again, or empty when it is done.
     */
    public Optional<Instant> record(Handle handle, Attempt attempt, Outcome outcome, Instant now) {
        WebhookDelivery delivery = attempt.delivery();
        Webhook webhook = attempt.webhook();
        handle.createUpdate("""
                        insert into atlvs.webhook_logs (organization_id, attempted_at, delivery_id, webhook_id, event_id, attempt, outcome,
                                                        status_code, latency_ms, response_excerpt, error)
                        values (:organizationId, :now, :deliveryId, :webhookId, :eventId, :attempt, :outcome,
                                cast(:statusCode as integer), :latency, cast(:excerpt as text), cast(:error as text))
                        """)
                .bind("now", now)
                .bind("deliveryId", delivery.id())
                .bind("webhookId", webhook.id())
                .bind("eventId", delivery.eventId())
                .bind("attempt", attempt.number())
                .bind("outcome", outcome.outcome())
                .bind("statusCode", outcome.statusCode().orElse(null))
                .bind("latency", outcome.latencyMillis())
                .bind("excerpt", outcome.responseExcerpt().orElse(null))
                .bind("error", outcome.error().orElse(null))
                .execute();
        WebhookRepository webhooks = handle.attach(WebhookRepository.class);
        // Relays recording outcomes for the same endpoint at once take turns on its health counters.
        handle.createQuery("select 1 from atlvs.webhooks where organization_id = :organizationId and id = :id for no key update")
                .bind("id", webhook.id())
                .mapTo(Integer.class)
                .findOne();
        Webhook current = webhooks.get(webhook.id());
        if (outcome.delivered()) {
            updateDelivery(handle, delivery.id(), "delivered", attempt.number(), null, now, outcome, now);
            if (current.failureCount() > 0 || current.lastSuccessAt().map(last -> last.plus(Duration.ofMinutes(1)).isBefore(now)).orElse(true)) {
                webhooks.update(ImmutableWebhook.copyOf(current).withFailureCount(0).withFailingSince(Optional.empty()).withLastSuccessAt(now));
            }
            return Optional.empty();
        }
        Webhook failing = webhooks.update(ImmutableWebhook.copyOf(current)
                .withFailureCount(current.failureCount() + 1)
                .withFailingSince(current.failingSince().orElse(now))
                .withLastFailureAt(now));
        String disableReason = null;
        if (outcome.outcome().equals("gone")) {
            disableReason = "the endpoint answered 410 Gone";
        } else if (!failing.failingSince().orElse(now).plus(disableAfter).isAfter(now)) {
            disableReason = "every attempt failed for longer than " + disableAfter;
        }
        if (disableReason != null && failing.status() == WebhookStatus.ACTIVE) {
            updateDelivery(handle, delivery.id(), "failed", attempt.number(), null, now, outcome, null);
            WebhookService.disable(handle, webhooks, failing, disableReason, now);
            return Optional.empty();
        }
        if (attempt.number() >= webhook.maxAttempts()) {
            updateDelivery(handle, delivery.id(), "failed", attempt.number(), null, now, outcome, null);
            return Optional.empty();
        }
        Instant next = now.plus(backoff(attempt.number()));
        updateDelivery(handle, delivery.id(), "pending", attempt.number(), next, now, outcome, null);
        return Optional.of(next);
    }

    /** The delay after failed attempt {@code number}: {@code min(cap, base * 2^(number-1))}, jittered down by up to half. */
    public Duration backoff(int number) {
        return backoff(number, backoffBase, backoffCap);
    }

    /** {@link #backoff(int)} for a given base and cap. */
    public static Duration backoff(int number, Duration base, Duration cap) {
        long ceiling = base.toMillis() << Math.min(Math.max(number - 1, 0), 30);
        long full = Math.min(cap.toMillis(), ceiling < 0 ? Long.MAX_VALUE : ceiling);
        long half = full / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(full - half + 1));
    }

    private static void updateDelivery(Handle handle, UUID id, String status, int attempts, Instant next, Instant now, Outcome outcome,
            Instant deliveredAt) {
        handle.createUpdate("""
                        update atlvs.webhook_deliveries
                           set status = :status, attempt_count = :attempts, next_attempt_at = cast(:next as timestamptz), last_attempt_at = :now,
                               last_status_code = cast(:statusCode as integer), last_error = cast(:error as text), delivered_at = coalesce(cast(:deliveredAt as timestamptz), delivered_at)
                         where organization_id = :organizationId and id = :id
                        """)
                .bind("status", status)
                .bind("attempts", attempts)
                .bind("next", next)
                .bind("now", now)
                .bind("statusCode", outcome.statusCode().orElse(null))
                .bind("error", outcome.error().orElse(null))
                .bind("deliveredAt", deliveredAt)
                .bind("id", id)
                .execute();
    }

    private static int millisSince(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }
}
