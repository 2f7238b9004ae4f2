package dev.atlvs.benchmarks.throughput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.benchmarks.DataGenerator.SampleTask;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TenantSkewTest {

    private static final int DRAWS = 100_000;

    @PropertyTest(tries = 20)
    void eachRanksShareOfTheDrawsIsItsZipfShare(Gen gen) {
        // given
        int tenants = gen.intBetween(5, 200);
        double exponent = gen.oneOf(0.8, 1.0, 1.2);
        TenantSkew skew = TenantSkew.of(sample(tenants, tenant -> 1 + (tenants - tenant)), exponent);
        TenantSkew.Sampler sampler = skew.sampler(gen.longBetween(Long.MIN_VALUE, Long.MAX_VALUE));

        // when
        int[] counts = new int[tenants];
        for (int i = 0; i < DRAWS; i++) {
            counts[sampler.nextRank()]++;
        }

        // then: every count within five standard deviations of its expectation
        for (int rank : new int[] {0, 1, 2, tenants / 2, tenants - 1}) {
            double share = skew.expectedShare(rank);
            double tolerance = 5 * Math.sqrt(DRAWS * share * (1 - share)) + 1;
            assertThat((double) counts[rank]).as("rank %d of %d, exponent %.1f", rank, tenants, exponent)
                    .isCloseTo(DRAWS * share, Offset.offset(tolerance));
        }
    }

    @PropertyTest(tries = 20)
    void theSameSeedDrawsTheSameTasks(Gen gen) {
        // given
        TenantSkew skew = TenantSkew.of(sample(gen.intBetween(1, 50), tenant -> 1 + tenant % 7), 1.0);
        long seed = gen.longBetween(Long.MIN_VALUE, Long.MAX_VALUE);
        TenantSkew.Sampler first = skew.sampler(seed);
        TenantSkew.Sampler second = skew.sampler(seed);

        // when
        List<SampleTask> once = IntStream.range(0, 500).mapToObj(i -> first.nextTask()).toList();
        List<SampleTask> again = IntStream.range(0, 500).mapToObj(i -> second.nextTask()).toList();

        // then
        assertThat(again).isEqualTo(once);
    }

    @Test
    void organizationsAreRankedByTheirShareOfTheSampleLargestFirst() {
        // given: tenant i has i + 1 sampled tasks
        List<SampleTask> sample = sample(4, tenant -> tenant + 1);

        // when
        TenantSkew skew = TenantSkew.of(sample, 1.0);

        // then
        assertThat(skew.tenants()).isEqualTo(4);
        assertThat(IntStream.range(0, 4).mapToObj(skew::organizationAt).toList())
                .containsExactly(organization(3), organization(2), organization(1), organization(0));
    }

    @Test
    void aDrawnTaskBelongsToTheDrawnRanksOrganization() {
        // given: a single tenant, so every draw must be one of its tasks
        TenantSkew skew = TenantSkew.of(sample(1, tenant -> 3), 1.0);
        TenantSkew.Sampler sampler = skew.sampler(5);

        // when
        List<UUID> organizations = IntStream.range(0, 100).mapToObj(i -> sampler.nextTask().organizationId()).distinct().toList();

        // then
        assertThat(organizations).containsExactly(organization(0));
    }

    @Test
    void anEmptySampleIsRefused() {
        // when / then
        assertThatThrownBy(() -> TenantSkew.of(List.of(), 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample is empty");
    }

    @Test
    void aZipfExponentOfZeroIsRefused() {
        // given
        List<SampleTask> sample = sample(2, tenant -> 1);

        // when / then
        assertThatThrownBy(() -> TenantSkew.of(sample, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exponent must be positive");
    }

    private static UUID organization(int tenant) {
        return new UUID(1, tenant);
    }

    /** {@code tenants} organizations, the {@code i}th with {@code tasks.applyAsInt(i)} sampled tasks. */
    private static List<SampleTask> sample(int tenants, IntUnaryOperator tasks) {
        List<SampleTask> sample = new ArrayList<>();
        for (int tenant = 0; tenant < tenants; tenant++) {
            for (int task = 0; task < tasks.applyAsInt(tenant); task++) {
                sample.add(new SampleTask(organization(tenant), new UUID(2, tenant), new UUID(3, tenant), new UUID(4, tenant * 1_000L + task),
                        LocalDate.of(2026, 3, 1).plusDays(task)));
            }
        }
        return sample;
    }
}
