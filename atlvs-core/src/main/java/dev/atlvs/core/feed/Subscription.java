package dev.atlvs.core.feed;

import java.util.Set;
import java.util.UUID;

/** One subscriber's interest in some tables of one organization; close it to stop receiving changes. */
public final class Subscription implements AutoCloseable {
    private final ChangeFeed feed;
    private final UUID organizationId;
    private final Set<String> tables;
    private final ChangeListener listener;
    private volatile long watermark;
    private volatile boolean closed;

    Subscription(ChangeFeed feed, UUID organizationId, Set<String> tables, ChangeListener listener, long watermark) {
        this.feed = feed;
        this.organizationId = organizationId;
        this.tables = tables;
        this.listener = listener;
        this.watermark = watermark;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public Set<String> tables() {
        return tables;
    }

    ChangeListener listener() {
        return listener;
    }

    /** Every change of a transaction with a smaller id than this has been delivered. */
    public long watermark() {
        return watermark;
    }

    void advance(long newWatermark) {
        watermark = newWatermark;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        feed.remove(this);
    }
}
