package dev.atlvs.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Transactions that race each other, made deterministic: each racer runs on a thread of its own and calls
 * {@link Gate#meet()} inside its transaction, once the transaction has started (and, under REPEATABLE READ
 * or SERIALIZABLE, taken its snapshot). No racer passes the gate before every racer has reached it, so
 * each transaction has begun before any of them writes. A racer that the SDK's retry loop runs again
 * passes the gate at once.
 *
 * <pre>{@code
 * List<Race.Outcome<Dependency>> outcomes = Race.run(List.of(
 *         gate -> atlvs.inTenant(org, owner, tx -> { gate.meet(); return new DependencyService(tx).link(aToB); }),
 *         gate -> atlvs.inTenant(org, owner, tx -> { gate.meet(); return new DependencyService(tx).link(bToA); })));
 * assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
 * }</pre>
 */
public final class Race {
    private static final long TIMEOUT_SECONDS = 60;

    private Race() {}

    /** One racer: the work of one thread, given the gate to meet the others at. */
    @FunctionalInterface
    public interface Racer<R> {
        /** Runs the racer's transaction; calls {@code gate.meet()} once inside it. */
        R run(Gate gate) throws Exception;
    }

    /** Where racers wait for each other; each thread waits at its first meeting only. */
    public static final class Gate {
        private final CountDownLatch arrivals;
        private final ThreadLocal<Boolean> met = ThreadLocal.withInitial(() -> false);

        private Gate(int racers) {
            this.arrivals = new CountDownLatch(racers);
        }

        /**
         * Waits until every racer has reached the gate; returns at once on a thread that met already (a
         * transaction run again after a serialization failure).
         *
         * @throws IllegalStateException when another racer does not arrive within a minute
         */
        public void meet() {
            if (met.get()) {
                return;
            }
            met.set(true);
            arrivals.countDown();
            try {
                if (!arrivals.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a racer never reached the gate");
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting at the gate", interrupted);
            }
        }
    }

    /**
     * What one racer came to: its result, or the exception its work ended with.
     *
     * @param result the result, when the racer's work returned
     * @param failure the exception, when it threw
     */
    public record Outcome<R>(Optional<R> result, Optional<Throwable> failure) {
        public Outcome {
            requireNonNull(result, "result is null");
            requireNonNull(failure, "failure is null");
        }

        /** Whether the racer's work returned. */
        public boolean won() {
            return failure.isEmpty();
        }
    }

    /**
     * Runs {@code racers} at once, one thread each, and returns their outcomes in the same order once all
     * have finished.
     *
     * @throws IllegalStateException when a racer is still running after a minute
     */
    public static <R> List<Outcome<R>> run(List<Racer<R>> racers) throws InterruptedException {
        requireNonNull(racers, "racers is null");
        Gate gate = new Gate(racers.size());
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, racers.size()));
        List<Future<R>> running = new ArrayList<>();
        try {
            for (Racer<R> racer : racers) {
                running.add(threads.submit(() -> racer.run(gate)));
            }
        } finally {
            threads.shutdown();
        }
        if (!threads.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            threads.shutdownNow();
            throw new IllegalStateException("the racers did not finish within a minute");
        }
        List<Outcome<R>> outcomes = new ArrayList<>();
        for (Future<R> future : running) {
            try {
                outcomes.add(new Outcome<>(Optional.ofNullable(future.get()), Optional.empty()));
            } catch (ExecutionException failure) {
                outcomes.add(new Outcome<>(Optional.empty(), Optional.of(failure.getCause())));
            }
        }
        return outcomes;
    }
}
