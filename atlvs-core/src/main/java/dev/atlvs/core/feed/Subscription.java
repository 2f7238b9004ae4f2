package dev.atlvs.core.feed;

import dev.atlvs.core.apikey.ApiKeyPrincipal;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One actor's interest in some tables of one organization; close it to stop receiving changes. It ends by
 * itself when its actor may no longer act in the organization (see {@link ChangeFeed}).
 */
public final class Subscription implements AutoCloseable {

    /** Who a subscription acts for: a member, or the member of an API key (then {@code apiKey} is set). */
    record Actor(UUID organizationId, UUID userId, ApiKeyPrincipal apiKey) {}

    private final ChangeFeed feed;
    private final Actor actor;
    private final Set<String> tables;
    private final ChangeListener listener;
    private volatile long watermark;
    private volatile boolean closed;

    Subscription(ChangeFeed feed, Actor actor, Set<String> tables, ChangeListener listener, long watermark) {
        this.feed = feed;
        this.actor = actor;
        this.tables = tables;
        this.listener = listener;
        this.watermark = watermark;
    }

    /** The organization whose changes are followed. */
    public UUID organizationId() {
        return actor.organizationId();
    }

    /** The member the subscription acts for (the key's member for an API key). */
    public UUID actorId() {
        return actor.userId();
    }

    /** The API key the subscription acts for, if it was made with one. */
    public Optional<UUID> apiKeyId() {
        return Optional.ofNullable(actor.apiKey()).map(ApiKeyPrincipal::apiKeyId);
    }

    /** The tables subscribed to; only those the actor may read at the time are delivered. */
    public Set<String> tables() {
        return tables;
    }

    Actor actor() {
        return actor;
    }

    ChangeListener listener() {
        return listener;
    }

    /** Every change of a transaction with a smaller id than this has been delivered (or withheld from the actor). */
    public long watermark() {
        return watermark;
    }

    void advance(long newWatermark) {
        watermark = newWatermark;
    }

    /** Whether changes are still delivered: not closed, and not ended because the actor lost access. */
    public boolean isOpen() {
        return !closed;
    }

    boolean isClosed() {
        return closed;
    }

    /** Ends the subscription because its actor may no longer act in the organization. */
    void end() {
        close();
    }

    @Override
    public void close() {
        closed = true;
        feed.remove(this);
    }
}
