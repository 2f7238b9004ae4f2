package dev.atlvs.benchmarks.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class OperationTest {

    private static final int DRAWS = 100_000;

    @Test
    void theSharesOfTheMixAddUpToAHundredPercent() {
        assertThat(Arrays.stream(Operation.values()).mapToInt(Operation::percent).sum()).isEqualTo(100);
    }

    @PropertyTest(tries = 10)
    void eachOperationIsDrawnWithItsShare(Gen gen) {
        // given
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(gen.longBetween(Long.MIN_VALUE, Long.MAX_VALUE));

        // when
        Map<Operation, Integer> counts = new EnumMap<>(Operation.class);
        for (int i = 0; i < DRAWS; i++) {
            counts.merge(Operation.pick(random), 1, Integer::sum);
        }

        // then: within five standard deviations
        for (Operation operation : Operation.values()) {
            double share = operation.percent() / 100.0;
            assertThat((double) counts.getOrDefault(operation, 0)).as(operation.label())
                    .isCloseTo(DRAWS * share, Offset.offset(5 * Math.sqrt(DRAWS * share * (1 - share))));
        }
    }
}
