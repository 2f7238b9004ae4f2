package dev.atlvs.core.module;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.lifecycle.Lifecycle;
import java.util.ArrayList;
import dev.atlvs.core.Platform;
import dev.atlvs.core.TenantTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * What the generated guardrail suites need of a module to probe each of its tenant tables and rules: a
 * sample row written through the SDK (tenant isolation, audit), an ordinary update of that row (audit and
 * revert), the tables whose rows a tenant may not delete, and for every registered rule
 * ({@link AtlvsModule#rules()}) a probe that breaks it once through the SDK and once by raw SQL. The suites
 * fail for a registered tenant table without a sample or a mutation and for a registered rule without a
 * probe, so a new table or rule cannot go unprobed.
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
 *         .rule("project_tasks_due_date_check",
 *                 (tx, id) -> tasks(tx).update(ImmutableTask.copyOf(tasks(tx).get(id)).withDueDate(...)),
 *                 (tx, id) -> tx.handle().execute("update atlvs.project_tasks set due_date = start_date - 1 where id = ?", id))
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

    /**
     * Breaks a rule on the row {@code id} (the probe's set-up row), in a tenant transaction of the organization's
     * owner that the suite rolls back afterwards. It either throws (the SDK's or the database's refusal) or leaves a
     * deferred rule broken for the suite to check at once.
     */
    @FunctionalInterface
    public interface Breach {
        void apply(TenantTransaction tx, UUID id);
    }

    /** Breaks a rule of platform-wide rows (users, an organization itself) through the SDK's {@link Platform} operations. */
    @FunctionalInterface
    public interface PlatformBreach {
        void apply(Platform platform, UUID id);
    }

    /**
     * Opens a verified context on the raw connection of a {@link SqlBreach}, as the SDK's own platform operations do
     * (a setting written by hand gives no tenant at all).
     */
    public interface RawScope {
        /** The context of a platform operation scoped to {@code organizationId} (no membership check). */
        void organization(UUID organizationId) throws SQLException;

        /** The context of a platform operation on platform-wide rows (users). */
        void platform() throws SQLException;
    }

    /**
     * Breaks a rule by raw SQL on a connection of the run-time role, in a transaction the suite rolls back: for rules
     * no tenant transaction can reach. The breach opens the scope it needs itself through {@code scope}.
     */
    @FunctionalInterface
    public interface SqlBreach {
        void apply(Connection connection, RawScope scope, UUID id) throws SQLException;
    }

    /**
     * The member a tenant probe breaks its rule as, made in the probe's organization: the owner unless the rule is about
     * what other members may not do (for example {@code organization -> organization.addMember(MemberRole.VIEWER)}).
     */
    @FunctionalInterface
    public interface ProbeActor {
        dev.atlvs.core.user.User of(FixtureOrganization organization);

        /** The organization's owner. */
        ProbeActor OWNER = FixtureOrganization::owner;
    }

    /** How the suites break one registered rule: {@link TenantProbe} or {@link PlatformProbe}. */
    public sealed interface RuleProbe permits TenantProbe, PlatformProbe {}

    /**
     * A rule broken in tenant transactions: the row to break (written and committed first; the sample of the rule's
     * table when none is given), broken once through the SDK (a service, a repository's generic {@code update}) and once
     * by raw SQL on {@link TenantTransaction#handle()}. When one path cannot break the rule at all (the SDK never writes
     * the column after the insert; the database derives the column whatever is written), the probe has the other path
     * only, and the reason why; when neither can, the reason only.
     *
     * @param setup   the row to break, or empty for the guardrail sample of the rule's table
     * @param sdk     the break through the SDK, empty when none exists
     * @param sql     the break by raw SQL, empty when none exists
     * @param without why a path is missing, when one is
     * @param actor   the member both breaks run as ({@link ProbeActor#OWNER} unless the rule is about other members)
     */
    public record TenantProbe(Optional<Sample> setup, Optional<Breach> sdk, Optional<Breach> sql, Optional<String> without,
            ProbeActor actor) implements RuleProbe {
        /** A probe breaking its rule as the organization's owner. */
        public TenantProbe(Optional<Sample> setup, Optional<Breach> sdk, Optional<Breach> sql, Optional<String> without) {
            this(setup, sdk, sql, without, ProbeActor.OWNER);
        }

        public TenantProbe {
            requireNonNull(actor, "actor is null");
            requireNonNull(setup, "setup is null");
            requireNonNull(sdk, "sdk is null");
            requireNonNull(sql, "sql is null");
            requireNonNull(without, "without is null");
            if ((sdk.isPresent() && sql.isPresent()) == without.isPresent()) {
                throw new IllegalArgumentException("a probe breaks a rule both ways, or says why it cannot");
            }
        }
    }

    /**
     * A rule of platform-wide rows: the row to break, broken through the platform operations of the SDK and by raw
     * SQL; or, when no SDK operation can break it at all, by raw SQL alone, with the reason.
     *
     * @param setup      the row to break
     * @param sdk        the break through the SDK, empty when none exists
     * @param sql        the break by raw SQL
     * @param withoutSdk why no SDK operation can break the rule, when {@code sdk} is empty
     */
    public record PlatformProbe(Sample setup, Optional<PlatformBreach> sdk, SqlBreach sql, Optional<String> withoutSdk)
            implements RuleProbe {
        public PlatformProbe {
            requireNonNull(setup, "setup is null");
            requireNonNull(sdk, "sdk is null");
            requireNonNull(sql, "sql is null");
            requireNonNull(withoutSdk, "withoutSdk is null");
            if (sdk.isEmpty() == withoutSdk.isEmpty()) {
                throw new IllegalArgumentException("a platform probe has an SDK break or the reason why none exists");
            }
        }
    }

    private final Map<String, Sample> samples;
    private final Map<String, Mutation> mutations;
    private final Set<String> undeletable;
    private final List<LifecycleProbe<?>> lifecycles;
    private final Set<String> freeStatuses;
    private final Map<String, RuleProbe> probes;
    private final Map<String, String> definerFunctions;

    private Guardrails(Builder builder) {
        this.definerFunctions = Map.copyOf(builder.definerFunctions);
        this.samples = Map.copyOf(builder.samples);
        this.mutations = Map.copyOf(builder.mutations);
        this.undeletable = Set.copyOf(builder.undeletable);
        this.lifecycles = List.copyOf(builder.lifecycles);
        this.freeStatuses = Set.copyOf(builder.freeStatuses);
        this.probes = Map.copyOf(builder.probes);
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

    /** The rules with a probe. */
    public Set<String> probedRules() {
        return new TreeSet<>(probes.keySet());
    }

    /** The probe of the registered rule {@code rule}, if declared. */
    public Optional<RuleProbe> probe(String rule) {
        return Optional.ofNullable(probes.get(rule));
    }

    /**
     * The functions of the module that run with the schema owner's rights ({@code SECURITY DEFINER}) and that the
     * run-time role may execute, by signature ({@code atlvs.name(argument types)}), each with why it must.
     */
    public Map<String, String> definerFunctions() {
        return new java.util.TreeMap<>(definerFunctions);
    }

    /** Builds a {@link Guardrails}. */
    public static final class Builder {
        private final Map<String, String> definerFunctions = new LinkedHashMap<>();

        /**
         * Justifies a function of the module that runs with the schema owner's rights and that the run-time role may
         * execute: {@code signature} as {@code atlvs.name(argument types)} in {@code format_type} spelling, and why the
         * run-time role must execute it. The suites fail on any such function no installed module justifies.
         */
        public Builder definerFunction(String signature, String justification) {
            requireNonNull(signature, "signature is null");
            requireNonNull(justification, "justification is null");
            if (definerFunctions.putIfAbsent(signature, justification) != null) {
                throw new IllegalArgumentException(signature + " is justified twice");
            }
            return this;
        }

        private final Map<String, Sample> samples = new LinkedHashMap<>();
        private final Map<String, Mutation> mutations = new LinkedHashMap<>();
        private final Set<String> undeletable = new TreeSet<>();
        private final List<LifecycleProbe<?>> lifecycles = new ArrayList<>();
        private final Set<String> freeStatuses = new TreeSet<>();
        private final Map<String, RuleProbe> probes = new LinkedHashMap<>();

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
         * example {@code probe -> probe.alsoSet(ExpenseStatus.APPROVED, "submitted_by = '6f1c0e52-9a7b-4c1d-8e2f-3a4b5c6d7e8f'")}.
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

        /**
         * The probe of the registered rule {@code rule}, breaking the guardrail sample row of the rule's table
         * once through the SDK and once by raw SQL.
         */
        public Builder rule(String rule, Breach sdk, Breach sql) {
            return probe(rule, new TenantProbe(Optional.empty(), Optional.of(requireNonNull(sdk, "sdk is null")),
                    Optional.of(requireNonNull(sql, "sql is null")), Optional.empty()));
        }

        /** The probe of the registered rule {@code rule}, breaking the row {@code setup} writes. */
        public Builder rule(String rule, Sample setup, Breach sdk, Breach sql) {
            return probe(rule, new TenantProbe(Optional.of(requireNonNull(setup, "setup is null")),
                    Optional.of(requireNonNull(sdk, "sdk is null")), Optional.of(requireNonNull(sql, "sql is null")), Optional.empty()));
        }

        /**
         * The probe of the registered rule {@code rule} about what members other than the owner may not do: both breaks
         * of the row {@code setup} writes run in a tenant transaction of the member {@code actor} makes.
         */
        public Builder ruleAs(ProbeActor actor, String rule, Sample setup, Breach sdk, Breach sql) {
            return probe(rule, new TenantProbe(Optional.of(requireNonNull(setup, "setup is null")),
                    Optional.of(requireNonNull(sdk, "sdk is null")), Optional.of(requireNonNull(sql, "sql is null")), Optional.empty(),
                    requireNonNull(actor, "actor is null")));
        }

        /**
         * The probe of a registered rule that no SDK operation can break, breaking the row {@code setup} writes by raw
         * SQL alone; {@code reason} says why the SDK cannot break it (for example that it never writes the column after
         * the insert), and the suites report it.
         */
        public Builder ruleWithoutSdk(String rule, Sample setup, Breach sql, String reason) {
            return probe(rule, new TenantProbe(Optional.of(requireNonNull(setup, "setup is null")), Optional.empty(),
                    Optional.of(requireNonNull(sql, "sql is null")), Optional.of(requireNonNull(reason, "reason is null"))));
        }

        /** Like {@link #ruleWithoutSdk(String, Sample, Breach, String)}, breaking the guardrail sample of the rule's table. */
        public Builder ruleWithoutSdk(String rule, Breach sql, String reason) {
            return probe(rule, new TenantProbe(Optional.empty(), Optional.empty(), Optional.of(requireNonNull(sql, "sql is null")),
                    Optional.of(requireNonNull(reason, "reason is null"))));
        }

        /**
         * The probe of a registered rule that raw SQL cannot break (the database derives the columns it reads whatever is
         * written), breaking the guardrail sample of the rule's table through the SDK alone; {@code reason} says why.
         */
        public Builder ruleWithoutSql(String rule, Breach sdk, String reason) {
            return probe(rule, new TenantProbe(Optional.empty(), Optional.of(requireNonNull(sdk, "sdk is null")), Optional.empty(),
                    Optional.of(requireNonNull(reason, "reason is null"))));
        }

        /**
         * A registered rule that no write can break, neither through the SDK nor by raw SQL (it restates what the
         * database derives itself); {@code reason} says why, and the suites report it instead of a probe.
         */
        public Builder unbreakableRule(String rule, String reason) {
            return probe(rule, new TenantProbe(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(requireNonNull(reason, "reason is null"))));
        }

        /** The probe of a registered rule of platform-wide rows, broken through {@link Platform} and by raw SQL. */
        public Builder platformRule(String rule, Sample setup, PlatformBreach sdk, SqlBreach sql) {
            return probe(rule, new PlatformProbe(setup, Optional.of(requireNonNull(sdk, "sdk is null")), sql, Optional.empty()));
        }

        /**
         * The probe of a registered rule that no SDK operation can break (the SDK never deletes a user, for one):
         * broken by raw SQL alone; {@code reason} says why, and the suites report it.
         */
        public Builder platformRuleWithoutSdk(String rule, Sample setup, SqlBreach sql, String reason) {
            return probe(rule, new PlatformProbe(setup, Optional.empty(), sql, Optional.of(requireNonNull(reason, "reason is null"))));
        }

        private Builder probe(String rule, RuleProbe probe) {
            if (probes.put(requireNonNull(rule, "rule is null"), probe) != null) {
                throw new IllegalArgumentException("rule " + rule + " has two probes");
            }
            return this;
        }

        /** The declaration. */
        public Guardrails build() {
            return new Guardrails(this);
        }
    }
}
