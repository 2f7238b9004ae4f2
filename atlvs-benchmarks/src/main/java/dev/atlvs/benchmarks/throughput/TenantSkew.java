package dev.atlvs.benchmarks.throughput;

import static java.util.Objects.requireNonNull;

import dev.atlvs.benchmarks.DataGenerator.SampleTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Which tenant a call of the workload serves: organizations ranked by size (largest first, the size read from their
 * share of the task sample, which is proportional to it) and drawn with a Zipf distribution over the ranks, so that
 * rank {@code k} (from 1) gets a share proportional to {@code 1 / k^exponent}; then a task of the drawn organization,
 * uniformly from its sampled tasks. Every draw comes from a seeded generator, so a run's sequence of tenants can be
 * replayed.
 */
public final class TenantSkew {

    private final List<List<SampleTask>> tasksByRank;
    private final double exponent;

    private TenantSkew(List<List<SampleTask>> tasksByRank, double exponent) {
        if (tasksByRank.isEmpty()) {
            throw new IllegalArgumentException("the task sample is empty");
        }
        if (!(exponent > 0)) {
            throw new IllegalArgumentException("the Zipf exponent must be positive, was " + exponent);
        }
        this.tasksByRank = tasksByRank;
        this.exponent = exponent;
    }

    /** Ranks the organizations of {@code sample} by their number of sampled tasks (ties by id). */
    public static TenantSkew of(List<SampleTask> sample, double exponent) {
        requireNonNull(sample, "sample is null");
        Map<UUID, List<SampleTask>> byOrganization = new LinkedHashMap<>();
        for (SampleTask task : sample) {
            byOrganization.computeIfAbsent(task.organizationId(), id -> new ArrayList<>()).add(task);
        }
        List<List<SampleTask>> ranked = new ArrayList<>(byOrganization.values());
        ranked.sort(Comparator.<List<SampleTask>>comparingInt(List::size).reversed()
                .thenComparing(tasks -> tasks.get(0).organizationId()));
        return new TenantSkew(ranked.stream().map(List::copyOf).toList(), exponent);
    }

    /** The number of organizations. */
    public int tenants() {
        return tasksByRank.size();
    }

    /** The organization of rank {@code rank} (from 0, the largest). */
    public UUID organizationAt(int rank) {
        return tasksByRank.get(rank).get(0).organizationId();
    }

    /** The share of the calls rank {@code rank} (from 0) receives: {@code (1 / (rank + 1)^exponent) / H(tenants, exponent)}. */
    public double expectedShare(int rank) {
        double harmonic = 0;
        for (int k = 1; k <= tasksByRank.size(); k++) {
            harmonic += 1 / Math.pow(k, exponent);
        }
        return 1 / Math.pow(rank + 1, exponent) / harmonic;
    }

    /** A sampler of its own generator, seeded with {@code seed}; not thread-safe (one per thread). */
    public Sampler sampler(long seed) {
        return new Sampler(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    }

    /** Draws tenants and tasks from one seeded generator. */
    public final class Sampler {
        private final UniformRandomProvider random;
        private final SharedStateDiscreteSampler ranks;

        private Sampler(UniformRandomProvider random) {
            this.random = random;
            this.ranks = RejectionInversionZipfSampler.of(random, tasksByRank.size(), exponent);
        }

        /** The generator, for the other draws of the same call (the operation, its parameters). */
        public UniformRandomProvider random() {
            return random;
        }

        /** The rank (from 0, the largest organization) of the next call's tenant. */
        public int nextRank() {
            return ranks.sample() - 1;
        }

        /** A task of the next call's tenant. */
        public SampleTask nextTask() {
            List<SampleTask> tasks = tasksByRank.get(nextRank());
            return tasks.get(random.nextInt(tasks.size()));
        }
    }
}
