package dev.atlvs.core.module;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.lifecycle.Lifecycle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * What the generated guardrail suites need of a module to probe each of its tenant tables: a sample
 * row written through the SDK (tenant isolation, audit), an ordinary update of that row (audit and
 * revert), and the tables whose rows a tenant may not delete. The suites fail for a registered tenant
 * table without a sample or a mutation, so a new table cannot go unprobed.
 *
 * <p>It also declares the module's status lifecycles ({@link Lifecycle}), which the suites compare with the
 * database, and the status columns that move freely; a status column of the module with neither fails the
 * suites.
 *
 * <pre>{@code
 * Guardrails.builder()
 *         .table("project_tasks",
 *                 org -> ProjectFixtures.task(org, ProjectFixtures.project(org), "Submit the event permit").id(),
 *                 (org, id) -> org.asOwner(tx -> ...update the row...))
 *         .lifecycle(TaskStatus.LIFECYCLE)
 *         .freeStatus("project_resources", "status")
 *         .build();
 * }</pre>
 */
public final class Guardrails {
    private static final Guardrails NONE = new Guardrails(new Builder());

    /** Writes one row of a table into an organization, as its owner, and returns the row's id. */
    @FunctionalInterface
    public interface Sample {
        UUID insert(FixtureOrganization organization);
    }

    /** Changes the row {@code id} of a table in an organization, in a tenant transaction of its owner. */
    @FunctionalInterface
    public interface Mutation {
        void apply(FixtureOrganization organization, UUID id);
    }

    private final Map<String, Sample> samples;
    private final Map<String, Mutation> mutations;
    private final Set<String> undeletable;
    private final List<LifecycleProbe<?>> lifecycles;
    private final Set<String> freeStatuses;

    private Guardrails(Builder builder) {
        this.samples = Map.copyOf(builder.samples);
        this.mutations = Map.copyOf(builder.mutations);
        this.undeletable = Set.copyOf(builder.undeletable);
        this.lifecycles = List.copyOf(builder.lifecycles);
        this.freeStatuses = Set.copyOf(builder.freeStatuses);
    }

    /** No samples: for a module without tenant tables. */
    public static Guardrails none() {
        return NONE;
    }

    /** Starts a declaration. */
    public static Builder builder() {
        return new Builder();
    }

    /** The tables with a sample. */
    public Set<String> sampledTables() {
        return new TreeSet<>(samples.keySet());
    }

    /** The sample of {@code table}, if declared. */
    public Optional<Sample> sample(String table) {
        return Optional.ofNullable(samples.get(table));
    }

    /** The mutation of {@code table}, if declared. */
    public Optional<Mutation> mutation(String table) {
        return Optional.ofNullable(mutations.get(table));
    }

    /** Whether the suites may delete the sample row of {@code table} as a tenant. */
    public boolean deletable(String table) {
        return !undeletable.contains(table);
    }

    /** The module's status lifecycles, in the order declared. */
    public List<LifecycleProbe<?>> lifecycles() {
        return lifecycles;
    }

    /** The declared lifecycle of {@code column} of {@code table}, if any. */
    public Optional<LifecycleProbe<?>> lifecycle(String table, String column) {
        return lifecycles.stream()
                .filter(probe -> probe.lifecycle().table().equals(table) && probe.lifecycle().column().equals(column))
                .findFirst();
    }

    /** Whether {@code column} of {@code table} is declared a status that moves freely, without a lifecycle. */
    public boolean isFreeStatus(String table, String column) {
        return freeStatuses.contains(table + "." + column);
    }

    /** The status columns declared free, as {@code table.column}. */
    public Set<String> freeStatuses() {
        return new TreeSet<>(freeStatuses);
    }

    /** Builds a {@link Guardrails}. */
    public static final class Builder {
        private final Map<String, Sample> samples = new LinkedHashMap<>();
        private final Map<String, Mutation> mutations = new LinkedHashMap<>();
        private final Set<String> undeletable = new TreeSet<>();
        private final List<LifecycleProbe<?>> lifecycles = new ArrayList<>();
        private final Set<String> freeStatuses = new TreeSet<>();

        private Builder() {}

        /** The sample and the mutation of {@code table}. */
        public Builder table(String table, Sample sample, Mutation mutation) {
            sample(table, sample);
            mutations.put(requireNonNull(table, "table is null"), requireNonNull(mutation, "mutation is null"));
            return this;
        }

        /** A sample only: for tables that are not audited (logs), which need no mutation. */
        public Builder sample(String table, Sample sample) {
            if (samples.put(requireNonNull(table, "table is null"), requireNonNull(sample, "sample is null")) != null) {
                throw new IllegalArgumentException("table " + table + " has two samples");
            }
            return this;
        }

        /** Marks {@code table} as one whose rows a tenant cannot delete (the suites do not probe its delete). */
        public Builder undeletable(String table) {
            undeletable.add(requireNonNull(table, "table is null"));
            return this;
        }

        /**
         * Declares the status lifecycle {@code lifecycle} of the module: the suites compare its states with the
         * value set of its column, and its moves with the database's transition trigger where there is one
         * (probing the guardrail sample of its table).
         */
        public Builder lifecycle(Lifecycle<?, ?> lifecycle) {
            return add(LifecycleProbe.of(lifecycle));
        }

        /**
         * Declares {@code lifecycle} with what the probe of its moves needs beyond the new status: for
         * example {@code probe -> probe.alsoSet(ExpenseStatus.APPROVED, "submitted_by = gen_random_uuid()")}.
         */
        public <S extends Enum<S>> Builder lifecycle(Lifecycle<?, S> lifecycle, UnaryOperator<LifecycleProbe.Builder<S>> probe) {
            return add(requireNonNull(probe, "probe is null").apply(LifecycleProbe.builder(lifecycle)).build());
        }

        /** Declares that {@code column} of {@code table} is a status that moves freely: no lifecycle governs it. */
        public Builder freeStatus(String table, String column) {
            requireNonNull(table, "table is null");
            requireNonNull(column, "column is null");
            if (lifecycles.stream().anyMatch(p -> p.lifecycle().table().equals(table) && p.lifecycle().column().equals(column))) {
                throw new IllegalArgumentException(table + "." + column + " has a lifecycle; it is not free");
            }
            freeStatuses.add(table + "." + column);
            return this;
        }

        private Builder add(LifecycleProbe<?> probe) {
            Lifecycle<?, ?> lifecycle = probe.lifecycle();
            String key = lifecycle.table() + "." + lifecycle.column();
            if (freeStatuses.contains(key)
                    || lifecycles.stream().anyMatch(p -> p.lifecycle().table().equals(lifecycle.table()) && p.lifecycle().column().equals(lifecycle.column()))) {
                throw new IllegalArgumentException(key + " has two declarations");
            }
            lifecycles.add(probe);
            return this;
        }

        public Guardrails build() {
            return new Guardrails(this);
        }
    }
}
