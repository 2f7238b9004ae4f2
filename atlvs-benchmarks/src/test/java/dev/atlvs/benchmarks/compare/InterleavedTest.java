package dev.atlvs.benchmarks.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.benchmarks.compare.Interleaved.Comparison;
import dev.atlvs.benchmarks.compare.Interleaved.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterleavedTest {

    private static final int ROUNDS = 3;
    private static final int WARMUP_ROUNDS = 2;
    private static final int BLOCK = 4;
    private static final int BETA_BLOCK = 2;

    @TempDir
    Path directory;

    /** The comparison of each call, in the order the fork made them. */
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aForkWarmsEveryComparisonUpThenGoesRoundThemOneRoundAtATime() throws Exception {
        // given: alpha runs blocks of 4 calls, beta blocks of 2; each block starts with one more call, timed apart
        Path result = directory.resolve("fork-0.tsv");

        // when
        Interleaved.runFork(comparisons(), 0, settings(), result);

        // then: every warm-up round of both comparisons comes before the first measured call
        int alphaRound = 2 * (BLOCK + 1);
        int betaRound = 2 * (BETA_BLOCK + 1);
        int warmup = WARMUP_ROUNDS * (alphaRound + betaRound);
        assertThat(calls).hasSize((WARMUP_ROUNDS + ROUNDS) * (alphaRound + betaRound));
        assertThat(calls.subList(0, warmup)).filteredOn("alpha"::equals).hasSize(WARMUP_ROUNDS * alphaRound);
        // and each stretch of one measured round holds one round of each comparison, not the rounds of one of them
        for (int round = 0; round < ROUNDS; round++) {
            int from = warmup + round * (alphaRound + betaRound);
            List<String> stretch = calls.subList(from, from + alphaRound + betaRound);
            assertThat(stretch).filteredOn("alpha"::equals).hasSize(alphaRound);
            assertThat(stretch).filteredOn("beta"::equals).hasSize(betaRound);
        }
    }

    @Test
    void theForkFileHoldsEachBlocksCallsThenItsCpuTimeFirstCallAndAllocatedBytes() throws Exception {
        // given
        Path result = directory.resolve("fork-0.tsv");

        // when
        Interleaved.runFork(comparisons(), 0, settings(), result);

        // then: one line per comparison, variant and measured round, the block's calls only, then four fields
        List<String> lines = Files.readAllLines(result);
        assertThat(lines).hasSize(2 * 2 * ROUNDS);
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            assertThat(fields).hasSize(9);
            assertThat(fields[4].split(",")).hasSize(fields[0].equals("alpha") ? BLOCK : BETA_BLOCK);
            assertThat(Long.parseLong(fields[5])).as("client CPU").isGreaterThanOrEqualTo(0);
            assertThat(Long.parseLong(fields[6])).as("server CPU without a server").isEqualTo(BackendCpu.UNAVAILABLE);
            assertThat(Long.parseLong(fields[7])).as("first call").isPositive();
            assertThat(Long.parseLong(fields[8])).as("allocated bytes").isGreaterThanOrEqualTo(0);
        }
        RatioAnalysis.Result alpha = RatioAnalysis.of(settings(), List.of(result)).results().get(0);
        assertThat(alpha.comparison()).isEqualTo("alpha");
        assertThat(alpha.latencies()).extracting(RatioAnalysis.Latency::calls).containsOnly((long) ROUNDS * BLOCK);
        assertThat(alpha.firstCalls()).extracting(RatioAnalysis.Latency::calls).containsOnly((long) ROUNDS);
        assertThat(alpha.allocations()).hasSize(2);
    }

    private List<Comparison> comparisons() {
        return List.of(
                Comparison.of("alpha", new Variant("a", () -> call("alpha")), new Variant("b", () -> call("alpha"))),
                Comparison.of("beta", new Variant("a", () -> call("beta")), new Variant("b", () -> call("beta"))).withBlock(BETA_BLOCK));
    }

    private Object call(String comparison) {
        calls.add(comparison);
        return new StringBuilder(comparison).append(calls.size()).toString();
    }

    private static Interleaved.Settings settings() {
        return new Interleaved.Settings(1, ROUNDS, WARMUP_ROUNDS, BLOCK, 7L, 100, "");
    }
}
