package dev.atlvs.core.module;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.lifecycle.Lifecycle;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Lifecycle} a module declares in its {@link Guardrails}, with what the generated lifecycle check
 * needs to drive a row of its table through the states. The check compares the lifecycle's states with the
 * value set of the status column; where a database trigger guards the moves (it raises the lifecycle's
 * {@link Lifecycle#rule() rule}), it also brings a sample row into every state along allowed moves and tries
 * every move out of it with raw SQL, expecting the database to refuse exactly the moves the lifecycle refuses.
 *
 * <p>A move into some states needs more than the new status: a stamp that a CHECK constraint ties to the
 * state, or a reference. {@link Builder#alsoSet} gives those column values as SQL assignments, added to
 * every update that moves the probed row into that state; they may read the row's current columns.
 *
 * <pre>{@code
 * Guardrails.builder()
 *         .lifecycle(ExpenseStatus.LIFECYCLE, probe -> probe
 *                 // the database stamps the approver; the probe's submitter must be someone else
 *                 .alsoSet(ExpenseStatus.APPROVED, "submitted_by = '6f1c0e52-9a7b-4c1d-8e2f-3a4b5c6d7e8f'"))
 * }</pre>
 *
 * @param <S> the status enum
 */
public final class LifecycleProbe<S extends Enum<S>> {
    private final Lifecycle<?, S> lifecycle;
    private final Guardrails.Sample sample;
    private final Map<S, String> alsoSet;

    private LifecycleProbe(Builder<S> builder) {
        this.lifecycle = builder.lifecycle;
        this.sample = builder.sample;
        this.alsoSet = new EnumMap<>(builder.alsoSet);
    }

    /** A probe of {@code lifecycle} that needs nothing but the new status and the table's guardrail sample. */
    public static <S extends Enum<S>> LifecycleProbe<S> of(Lifecycle<?, S> lifecycle) {
        return new Builder<>(lifecycle).build();
    }

    /** Starts a probe of {@code lifecycle}. */
    public static <S extends Enum<S>> Builder<S> builder(Lifecycle<?, S> lifecycle) {
        return new Builder<>(lifecycle);
    }

    /** The lifecycle. */
    public Lifecycle<?, S> lifecycle() {
        return lifecycle;
    }

    /** The row to probe, when it is not the guardrail sample of the lifecycle's table. */
    public Optional<Guardrails.Sample> sample() {
        return Optional.ofNullable(sample);
    }

    /** The SQL assignments added to a move into {@code target}, if any. */
    public Optional<String> alsoSet(S target) {
        return Optional.ofNullable(alsoSet.get(requireNonNull(target, "target is null")));
    }

    /** Builds a {@link LifecycleProbe}. */
    public static final class Builder<S extends Enum<S>> {
        private final Lifecycle<?, S> lifecycle;
        private Guardrails.Sample sample;
        private final Map<S, String> alsoSet;

        private Builder(Lifecycle<?, S> lifecycle) {
            this.lifecycle = requireNonNull(lifecycle, "lifecycle is null");
            this.alsoSet = new EnumMap<>(lifecycle.type());
        }

        /**
         * Probes the row {@code sample} writes instead of the table's guardrail sample: for a row whose moves
         * need other records first (an invoice to invoice revenue on).
         */
        public Builder<S> sample(Guardrails.Sample rowSample) {
            this.sample = requireNonNull(rowSample, "rowSample is null");
            return this;
        }

        /**
         * Adds {@code assignments} ({@code "paid_at = now(), payment_method = 'card'"}) to every probe update that
         * moves the row into {@code target}.
         */
        public Builder<S> alsoSet(S target, String assignments) {
            requireNonNull(target, "target is null");
            requireNonNull(assignments, "assignments is null");
            if (assignments.isBlank()) {
                throw new IllegalArgumentException("the assignments for " + target + " are blank");
            }
            alsoSet.put(target, assignments);
            return this;
        }

        /** The probe. */
        public LifecycleProbe<S> build() {
            return new LifecycleProbe<>(this);
        }
    }
}
