package dev.atlvs.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, for schedules (expiry, backoff, leases) tested
 * without waiting. Give it to {@code Atlvs.builder(...).clock(clock)}.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** A clock standing at the current instant. */
    public static MutableClock startingNow() {
        return new MutableClock(Instant.now());
    }

    /** Moves the clock forward by {@code amount}. */
    public Instant advance(Duration amount) {
        return now.updateAndGet(instant -> instant.plus(amount));
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
