package dev.atlvs.core.module;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What the generated guardrail suites need of a module to probe each of its tenant tables: a sample
 * row written through the SDK (tenant isolation, audit), an ordinary update of that row (audit and
 * revert), and the tables whose rows a tenant may not delete. The suites fail for a registered tenant
 * table without a sample or a mutation, so a new table cannot go unprobed.
 *
 * <pre>{@code
 * Guardrails.builder()
 *         .table("project_tasks",
 *                 org -> ProjectFixtures.task(org, ProjectFixtures.project(org), "Submit the event permit").id(),
 *                 (org, id) -> org.asOwner(tx -> ...update the row...))
 *         .build();
 * }</pre>
 */
public final class Guardrails {
    private static final Guardrails NONE = new Guardrails(Map.of(), Map.of(), Set.of());

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

    private Guardrails(Map<String, Sample> samples, Map<String, Mutation> mutations, Set<String> undeletable) {
        this.samples = Map.copyOf(samples);
        this.mutations = Map.copyOf(mutations);
        this.undeletable = Set.copyOf(undeletable);
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

    /** Builds a {@link Guardrails}. */
    public static final class Builder {
        private final Map<String, Sample> samples = new LinkedHashMap<>();
        private final Map<String, Mutation> mutations = new LinkedHashMap<>();
        private final Set<String> undeletable = new TreeSet<>();

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

        public Guardrails build() {
            return new Guardrails(samples, mutations, undeletable);
        }
    }
}
