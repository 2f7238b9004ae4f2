package dev.atlvs.benchmarks.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatioAnalysisTest {

    private static final int FORKS = 3;
    private static final int ROUNDS = 20;
    private static final int BLOCK = 10;

    @TempDir
    Path directory;

    /**
     * A block's figures in a fork file: its calls' latencies, the CPU nanoseconds of the block, the latency of the call
     * before it and the bytes allocated in it (the last two not written where negative).
     */
    private record Block(long[] nanos, long clientCpu, long serverCpu, long firstCall, long allocated) {

        Block(long[] nanos, long clientCpu, long serverCpu) {
            this(nanos, clientCpu, serverCpu, -1, -1);
        }
    }

    @FunctionalInterface
    private interface Figures {
        Block of(String variant, int fork, int round);
    }

    @Test
    void cpuPerCallIsEachVariantsBlockCpuOverItsCallsAndTheRatioThatOfTheTotals() throws IOException {
        // given: per call, A 10 µs client and 20 µs server, B 15 µs and 45 µs, in every block
        List<Path> forks = forks("known", (variant, fork, round) -> variant.equals("a")
                ? new Block(latencies(100_000), BLOCK * 10_000L, BLOCK * 20_000L)
                : new Block(latencies(200_000), BLOCK * 15_000L, BLOCK * 45_000L));

        // when
        RatioAnalysis.Result result = analyse(forks).results().get(0);

        // then
        assertThat(result.cpu()).hasSize(2);
        assertThat(result.cpu().get(0)).isEqualTo(new RatioAnalysis.Cpu("a", 10.0, 20.0, 30.0, true));
        assertThat(result.cpu().get(1)).isEqualTo(new RatioAnalysis.Cpu("b", 15.0, 45.0, 60.0, true));
        RatioAnalysis.Interval cpu = result.ratios().get(0).cpu();
        assertThat(cpu.ratio()).isCloseTo(2.0, within(1e-9));
        assertThat(cpu.low()).isLessThanOrEqualTo(2.0);
        assertThat(cpu.high()).isGreaterThanOrEqualTo(2.0);
        assertThat(result.ratios().get(0).p50().ratio()).isCloseTo(2.0, within(1e-9));
    }

    @PropertyTest(tries = 10)
    void theCpuRatioOfNoisyBlocksIsThatOfTheSumsWithAnIntervalAroundIt(Gen gen) throws IOException {
        // given: B costs about twice A's CPU, both varying from block to block
        List<Path> forks = forks("noisy", (variant, fork, round) -> {
            double scale = variant.equals("a") ? 1 : 2;
            return new Block(latencies(100_000), Math.round(scale * BLOCK * gen.intBetween(8_000, 12_000)),
                    Math.round(scale * BLOCK * gen.intBetween(15_000, 25_000)));
        });
        double[] totals = totals(forks);

        // when
        RatioAnalysis.Interval cpu = RatioAnalysis.of(new Interleaved.Settings(FORKS, ROUNDS, 0, BLOCK, gen.longBetween(0, Long.MAX_VALUE),
                500, ""), forks).results().get(0).ratios().get(0).cpu();

        // then
        assertThat(cpu.ratio()).isCloseTo(totals[1] / totals[0], within(1e-9));
        assertThat(cpu.low()).isLessThan(cpu.ratio()).isGreaterThan(1.5);
        assertThat(cpu.high()).isGreaterThan(cpu.ratio()).isLessThan(2.5);
    }

    @Test
    void aComparisonWithABlockWithoutTheServersCpuCountsTheClientAlone() throws IOException {
        // given
        List<Path> forks = forks("no server", (variant, fork, round) -> variant.equals("a")
                ? new Block(latencies(100_000), BLOCK * 10_000L, fork == 1 && round == 3 ? BackendCpu.UNAVAILABLE : BLOCK * 20_000L)
                : new Block(latencies(100_000), BLOCK * 30_000L, BLOCK * 20_000L));

        // when
        RatioAnalysis analysis = analyse(forks);

        // then
        RatioAnalysis.Result result = analysis.results().get(0);
        assertThat(result.cpu().get(0).serverCounted()).isFalse();
        assertThat(result.cpu().get(0).server()).isNaN();
        assertThat(result.cpu().get(0).total()).isCloseTo(10.0, within(1e-9));
        assertThat(result.ratios().get(0).cpu().ratio()).isCloseTo(3.0, within(1e-9));
        assertThat(analysis.markdown("t", "d")).contains("| no server | a | 10.0 | n/a | 10.0 |").contains("| 30.0 (client) | 10.0 (client) | 3.00× [");
        assertThat(analysis.json()).contains("\"server\": null, \"total\": 10.000, \"serverCounted\": false");
    }

    @Test
    void eachBlocksFirstCallIsReportedApartAndInNoneOfTheBlocksFigures() throws IOException {
        // given: A's calls 100 µs, B's 200 µs; the call before each block 1 ms for A and 3 ms for B
        List<Path> forks = forks("first", (variant, fork, round) -> variant.equals("a")
                ? new Block(latencies(100_000), BLOCK * 10_000L, BLOCK * 20_000L, 1_000_000L, -1)
                : new Block(latencies(200_000), BLOCK * 15_000L, BLOCK * 45_000L, 3_000_000L, -1));

        // when
        RatioAnalysis analysis = analyse(forks);

        // then: the blocks' percentiles and ratios are those of their own calls
        RatioAnalysis.Result result = analysis.results().get(0);
        assertThat(result.latencies().get(0).max()).isLessThan(110.0);
        assertThat(result.latencies().get(1).max()).isLessThan(220.0);
        assertThat(result.ratios().get(0).p99().ratio()).isCloseTo(2.0, within(0.01));
        assertThat(result.firstCalls()).extracting(RatioAnalysis.Latency::variant).containsExactly("a", "b");
        assertThat(result.firstCalls()).extracting(RatioAnalysis.Latency::calls).containsOnly((long) FORKS * ROUNDS);
        assertThat(result.firstCalls().get(0).p50()).isCloseTo(1_000.0, within(1.0));
        assertThat(result.firstCalls().get(1).p99()).isCloseTo(3_000.0, within(3.0));
        assertThat(analysis.markdown("t", "d")).contains("First call of each block").contains("| first | b | 60 | 3000.");
        assertThat(analysis.json()).contains("\"firstCalls\": [{\"variant\": \"a\", \"calls\": 60, \"p50\": 1000.");
    }

    @Test
    void bytesAllocatedPerCallAreEachVariantsBlocksBytesOverItsCalls() throws IOException {
        // given: A allocates 1,000 bytes per call in fork 0 and 2,000 in the others, B 6,000 bytes per call
        List<Path> forks = forks("allocation", (variant, fork, round) -> variant.equals("a")
                ? new Block(latencies(100_000), BLOCK * 10_000L, BLOCK * 20_000L, 150_000L, BLOCK * (fork == 0 ? 1_000L : 2_000L))
                : new Block(latencies(200_000), BLOCK * 15_000L, BLOCK * 45_000L, 250_000L, BLOCK * 6_000L));

        // when
        RatioAnalysis analysis = analyse(forks);

        // then
        RatioAnalysis.Result result = analysis.results().get(0);
        assertThat(result.allocations()).hasSize(2);
        assertThat(result.allocations().get(0).bytesPerCall()).isCloseTo(5_000.0 / 3, within(1e-9));
        assertThat(result.allocations().get(1)).isEqualTo(new RatioAnalysis.Allocation("b", 6_000.0));
        assertThat(analysis.markdown("t", "d")).contains("Memory allocated per call").contains("| allocation | a | 1,667 |  |")
                .contains("| allocation | b | 6,000 | 3.60× |");
        assertThat(analysis.json()).contains("\"allocated\": [{\"variant\": \"a\", \"bytesPerCall\": 1666.7}, {\"variant\": \"b\", \"bytesPerCall\": 6000.0}]");
    }

    @Test
    void forkFilesWithoutCpuFiguresStillGiveTheLatencyRatios() throws IOException {
        // given: lines of the earlier format, which ended after the latencies
        Path file = directory.resolve("fork-0.tsv");
        Files.writeString(file, withoutCpu(ROUNDS));

        // when
        RatioAnalysis analysis = RatioAnalysis.of(new Interleaved.Settings(1, ROUNDS, 0, BLOCK, 5, 200, ""), List.of(file));

        // then
        RatioAnalysis.Result result = analysis.results().get(0);
        assertThat(result.cpu()).isEmpty();
        assertThat(result.ratios().get(0).cpu()).isNull();
        assertThat(result.ratios().get(0).p50().ratio()).isCloseTo(3.0, within(1e-9));
        assertThat(analysis.json()).contains("\"cpu\": null").doesNotContain("\"cpu\": [");
        assertThat(analysis.markdown("t", "d")).contains("| n/a | n/a | n/a |").doesNotContain("client CPU µs").doesNotContain("First call");
        assertThat(result.firstCalls()).isEmpty();
        assertThat(result.allocations()).isEmpty();
        assertThat(analysis.json()).doesNotContain("firstCalls").doesNotContain("allocated");
        assertThat(analysis.markdown("t", "d")).doesNotContain("Memory allocated");
    }

    private static String withoutCpu(int rounds) {
        StringBuilder lines = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            lines.append("old\ta\t0\t").append(round).append('\t').append(join(latencies(100_000))).append('\n');
            lines.append("old\tb\t0\t").append(round).append('\t').append(join(latencies(300_000))).append('\n');
        }
        return lines.toString();
    }

    private RatioAnalysis analyse(List<Path> forks) throws IOException {
        return RatioAnalysis.of(new Interleaved.Settings(FORKS, ROUNDS, 0, BLOCK, 20261205L, 500, ""), forks);
    }

    /** Fork files of a comparison of {@code a} and {@code b} in the format {@link Interleaved#runFork} writes. */
    private List<Path> forks(String comparison, Figures figures) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int fork = 0; fork < FORKS; fork++) {
            StringBuilder lines = new StringBuilder();
            for (int round = 0; round < ROUNDS; round++) {
                for (String variant : List.of("a", "b")) {
                    Block block = figures.of(variant, fork, round);
                    lines.append(comparison).append('\t').append(variant).append('\t').append(fork).append('\t').append(round).append('\t')
                            .append(join(block.nanos())).append('\t').append(block.clientCpu()).append('\t').append(block.serverCpu())
                            .append(block.firstCall() < 0 ? "" : "\t" + block.firstCall())
                            .append(block.allocated() < 0 ? "" : "\t" + block.allocated()).append('\n');
                }
            }
            Path file = directory.resolve("fork-" + fork + ".tsv");
            Files.writeString(file, lines);
            files.add(file);
        }
        return files;
    }

    /** The sums of the client and server CPU of {@code a} and of {@code b} over the fork files. */
    private static double[] totals(List<Path> forks) throws IOException {
        double[] totals = new double[2];
        for (Path file : forks) {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split("\t");
                totals[fields[1].equals("a") ? 0 : 1] += Long.parseLong(fields[5]) + Long.parseLong(fields[6]);
            }
        }
        return totals;
    }

    private static long[] latencies(long nanos) {
        long[] calls = new long[BLOCK];
        for (int call = 0; call < BLOCK; call++) {
            calls[call] = nanos + call * (nanos / 100);
        }
        return calls;
    }

    private static String join(long[] values) {
        StringBuilder text = new StringBuilder();
        for (long value : values) {
            text.append(text.isEmpty() ? "" : ",").append(value);
        }
        return text.toString();
    }
}
