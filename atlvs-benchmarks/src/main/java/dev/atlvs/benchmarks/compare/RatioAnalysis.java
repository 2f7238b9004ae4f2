package dev.atlvs.benchmarks.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Turns the calls the forks of {@link Interleaved} measured into figures: for each comparison, every variant's
 * absolute latency percentiles (from an HdrHistogram of all its measured calls), and for every variant but the
 * baseline its ratio to the baseline (B / A) at p50 and at p99 with a 95 % confidence interval.
 *
 * <p>The ratio is that of the two variants' percentiles over all measured calls. Its interval comes from a
 * two-level bootstrap that keeps the pairing of the variants: a resample draws forks with replacement, then within
 * each drawn fork as many rounds with replacement, and takes both variants' calls of the same drawn rounds, so that
 * what the load of a round did to one variant it did to the other; the interval is the 2.5th to 97.5th percentile
 * of the resampled ratios. The resampling is seeded with {@link Interleaved.Settings#seed()}, printed with the
 * results, so a run's intervals can be recomputed exactly.
 *
 * <p>Where the forks kept each block's CPU time (see {@link Interleaved#runFork}), every variant's CPU time per call
 * is the sum over its measured blocks of the blocks' CPU time divided by its measured calls, the client's (the
 * measuring thread), the server's (the benchmark's backends) and their total; the CPU ratio B / A is that of the two
 * variants' totals, with its interval from the same resamples of forks and rounds. Where the server's CPU time is
 * missing from a block of a comparison, the comparison's total and its ratio count the client alone
 * ({@link Cpu#serverCounted()}). Files without CPU figures give no CPU figures.
 *
 * <p>The call each block starts with (the variant's first after the others ran, see {@link Interleaved}) is in none of
 * the figures above; where the forks kept its latency, {@link Result#firstCalls()} has its percentiles per variant.
 * Where they kept the bytes each block allocated on the measuring thread, {@link Result#allocations()} has each
 * variant's bytes per call (their sum over its blocks divided by its calls).
 */
public final class RatioAnalysis {

    /** Percentiles of one variant, in microseconds. */
    public record Latency(String variant, long calls, double p50, double p90, double p99, double max) {}

    /**
     * CPU time per call of one variant, in microseconds: the measuring thread's ({@code client}), the benchmark's
     * backends' ({@code server}, NaN if not measured) and {@code total}, their sum if {@code serverCounted}, else the
     * client's alone.
     */
    public record Cpu(String variant, double client, double server, double total, boolean serverCounted) {}

    /** A ratio with its 95 % confidence interval. */
    public record Interval(double ratio, double low, double high) {}

    /**
     * The ratio of {@code variant} to {@code baseline} at p50 and at p99, the p50 ratio within each fork (in the
     * forks' order), which shows whether the forks agree, and the ratio of their total CPU time per call ({@code cpu},
     * null if the forks kept none).
     */
    public record Ratio(String variant, String baseline, Interval p50, Interval p99, double[] p50ByFork, Interval cpu) {}

    /** The bytes the measuring thread allocated per call of one variant, over its measured blocks. */
    public record Allocation(String variant, double bytesPerCall) {}

    /**
     * One comparison's figures; {@code latencies}, {@code cpu}, {@code firstCalls} and {@code allocations} in the
     * comparison's order, the baseline first ({@code cpu} empty if the forks kept no CPU time). {@code firstCalls} are
     * the percentiles of the call each block starts with, which is not among the block's calls (empty if the forks kept
     * none); {@code allocations} are empty where a block's allocated bytes were not kept.
     */
    public record Result(String comparison, List<Latency> latencies, List<Cpu> cpu, List<Ratio> ratios, List<Latency> firstCalls,
            List<Allocation> allocations) {}

    /**
     * One measured block of a fork file: its calls' latencies, its CPU nanoseconds, the latency of the call before it and
     * the bytes allocated in it (each of the last four {@link BackendCpu#UNAVAILABLE} if not kept).
     */
    private record Block(long[] nanos, long clientCpu, long serverCpu, long firstCall, long allocated) {}

    private final Interleaved.Settings settings;
    private final List<Result> results;

    private RatioAnalysis(Interleaved.Settings settings, List<Result> results) {
        this.settings = settings;
        this.results = results;
    }

    public List<Result> results() {
        return results;
    }

    /** Reads the forks' result files (see {@link Interleaved#runFork}) and computes every comparison's figures. */
    public static RatioAnalysis of(Interleaved.Settings settings, List<Path> forkResults) throws IOException {
        // comparison -> variant (in the forks' order, the baseline first) -> fork -> rounds' blocks
        Map<String, Map<String, Map<Integer, List<Block>>>> calls = new TreeMap<>();
        for (Path file : forkResults) {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                long[] nanos = Arrays.stream(fields[4].split(",")).mapToLong(Long::parseLong).toArray();
                long clientCpu = fields.length > 5 ? Long.parseLong(fields[5]) : BackendCpu.UNAVAILABLE;
                long serverCpu = fields.length > 6 ? Long.parseLong(fields[6]) : BackendCpu.UNAVAILABLE;
                long firstCall = fields.length > 7 ? Long.parseLong(fields[7]) : BackendCpu.UNAVAILABLE;
                long allocated = fields.length > 8 ? Long.parseLong(fields[8]) : BackendCpu.UNAVAILABLE;
                calls.computeIfAbsent(fields[0], name -> new LinkedHashMap<>())
                        .computeIfAbsent(fields[1], name -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(fields[2]), fork -> new ArrayList<>())
                        .add(new Block(nanos, clientCpu, serverCpu, firstCall, allocated));
            }
        }
        Random random = new Random(settings.seed());
        List<Result> results = new ArrayList<>();
        calls.forEach((comparison, byVariant) -> results.add(analyse(comparison, byVariant, settings.bootstrap(), random)));
        return new RatioAnalysis(settings, results);
    }

    private static Result analyse(String comparison, Map<String, Map<Integer, List<Block>>> byVariant, int resamples, Random random) {
        List<String> variants = new ArrayList<>(byVariant.keySet());
        // [variant][fork][round][call] and [variant][fork][round]; every variant has the same forks and rounds
        List<Integer> forks = new ArrayList<>(byVariant.get(variants.get(0)).keySet());
        long[][][][] nanos = new long[variants.size()][forks.size()][][];
        long[][][] clientCpu = new long[variants.size()][forks.size()][];
        long[][][] serverCpu = new long[variants.size()][forks.size()][];
        for (int variant = 0; variant < variants.size(); variant++) {
            for (int fork = 0; fork < forks.size(); fork++) {
                List<Block> blocks = byVariant.get(variants.get(variant)).get(forks.get(fork));
                nanos[variant][fork] = blocks.stream().map(Block::nanos).toArray(long[][]::new);
                clientCpu[variant][fork] = blocks.stream().mapToLong(Block::clientCpu).toArray();
                serverCpu[variant][fork] = blocks.stream().mapToLong(Block::serverCpu).toArray();
            }
        }
        boolean clientKept = allKept(byVariant, Block::clientCpu);
        boolean serverCounted = clientKept && allKept(byVariant, Block::serverCpu);
        // the CPU time counted per block: the client's, and the server's where every block of the comparison has it
        long[][][] cpu = new long[variants.size()][forks.size()][];
        for (int variant = 0; variant < variants.size(); variant++) {
            for (int fork = 0; fork < forks.size(); fork++) {
                cpu[variant][fork] = clientCpu[variant][fork].clone();
                for (int round = 0; serverCounted && round < cpu[variant][fork].length; round++) {
                    cpu[variant][fork][round] += serverCpu[variant][fork][round];
                }
            }
        }
        List<Latency> latencies = new ArrayList<>();
        long[][] pooled = new long[variants.size()][];
        for (int variant = 0; variant < variants.size(); variant++) {
            pooled[variant] = flatten(nanos[variant]);
            latencies.add(latency(variants.get(variant), pooled[variant]));
            Arrays.sort(pooled[variant]);
        }
        List<Latency> firstCalls = new ArrayList<>();
        boolean firstCallsKept = allKept(byVariant, Block::firstCall);
        for (int variant = 0; firstCallsKept && variant < variants.size(); variant++) {
            firstCalls.add(latency(variants.get(variant), blocks(byVariant, variants.get(variant)).mapToLong(Block::firstCall).toArray()));
        }
        List<Cpu> cpuPerCall = new ArrayList<>();
        for (int variant = 0; clientKept && variant < variants.size(); variant++) {
            double calls = pooled[variant].length;
            double client = sum(clientCpu[variant]) / calls / 1e3;
            double server = serverCounted ? sum(serverCpu[variant]) / calls / 1e3 : Double.NaN;
            cpuPerCall.add(new Cpu(variants.get(variant), client, server, serverCounted ? client + server : client, serverCounted));
        }
        // resampled[variant][percentile index, then CPU per call][resample]
        double[][][] resampled = new double[variants.size()][3][resamples];
        int forkCount = forks.size();
        for (int resample = 0; resample < resamples; resample++) {
            int[] drawnForks = new int[forkCount];
            int[][] drawnRounds = new int[forkCount][];
            for (int f = 0; f < forkCount; f++) {
                drawnForks[f] = random.nextInt(forkCount);
                int rounds = nanos[0][drawnForks[f]].length;
                drawnRounds[f] = new int[rounds];
                for (int r = 0; r < rounds; r++) {
                    drawnRounds[f][r] = random.nextInt(rounds);
                }
            }
            for (int variant = 0; variant < variants.size(); variant++) {
                long[] sample = gather(nanos[variant], drawnForks, drawnRounds);
                Arrays.sort(sample);
                resampled[variant][0][resample] = percentile(sample, 50);
                resampled[variant][1][resample] = percentile(sample, 99);
                if (clientKept) {
                    resampled[variant][2][resample] = (double) gather(cpu[variant], drawnForks, drawnRounds) / sample.length;
                }
            }
        }
        List<Ratio> ratios = new ArrayList<>();
        for (int variant = 1; variant < variants.size(); variant++) {
            double[] byFork = new double[forkCount];
            for (int fork = 0; fork < forkCount; fork++) {
                long[] b = flatten(new long[][][] {nanos[variant][fork]});
                long[] a = flatten(new long[][][] {nanos[0][fork]});
                Arrays.sort(b);
                Arrays.sort(a);
                byFork[fork] = percentile(b, 50) / percentile(a, 50);
            }
            Interval cpuRatio = clientKept
                    ? interval(cpuPerCall.get(variant).total() / cpuPerCall.get(0).total(), resampled[variant][2], resampled[0][2]) : null;
            ratios.add(new Ratio(variants.get(variant), variants.get(0),
                    interval(percentile(pooled[variant], 50) / percentile(pooled[0], 50), resampled[variant][0], resampled[0][0]),
                    interval(percentile(pooled[variant], 99) / percentile(pooled[0], 99), resampled[variant][1], resampled[0][1]), byFork,
                    cpuRatio));
        }
        List<Allocation> allocations = new ArrayList<>();
        boolean allocationKept = allKept(byVariant, Block::allocated);
        for (int variant = 0; allocationKept && variant < variants.size(); variant++) {
            allocations.add(new Allocation(variants.get(variant),
                    (double) blocks(byVariant, variants.get(variant)).mapToLong(Block::allocated).sum() / pooled[variant].length));
        }
        return new Result(comparison, latencies, cpuPerCall, ratios, firstCalls, allocations);
    }

    /** Every block of {@code variant}, over its forks. */
    private static Stream<Block> blocks(Map<String, Map<Integer, List<Block>>> byVariant, String variant) {
        return byVariant.get(variant).values().stream().flatMap(List::stream);
    }

    /** Whether every block of the comparison kept {@code figure}. */
    private static boolean allKept(Map<String, Map<Integer, List<Block>>> byVariant, ToLongFunction<Block> figure) {
        return byVariant.keySet().stream().flatMap(variant -> blocks(byVariant, variant))
                .allMatch(block -> figure.applyAsLong(block) != BackendCpu.UNAVAILABLE);
    }

    /** The percentiles of {@code nanos}, in microseconds. */
    private static Latency latency(String variant, long[] nanos) {
        Histogram histogram = new Histogram(3);
        for (long value : nanos) {
            histogram.recordValue(value);
        }
        return new Latency(variant, histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1e3, histogram.getValueAtPercentile(90) / 1e3,
                histogram.getValueAtPercentile(99) / 1e3, histogram.getMaxValue() / 1e3);
    }

    /** {@code ratio} with the interval from the 2.5th to the 97.5th percentile of the resampled ratios B / A. */
    private static Interval interval(double ratio, double[] resampledB, double[] resampledA) {
        double[] ratios = new double[resampledB.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = resampledB[i] / resampledA[i];
        }
        Arrays.sort(ratios);
        return new Interval(ratio, ratios[(int) Math.floor(0.025 * (ratios.length - 1))], ratios[(int) Math.ceil(0.975 * (ratios.length - 1))]);
    }

    private static double sum(long[][] byForkAndRound) {
        return Arrays.stream(byForkAndRound).flatMapToLong(Arrays::stream).sum();
    }

    /** The sum of the drawn rounds' values. */
    private static long gather(long[][] byForkAndRound, int[] forks, int[][] rounds) {
        long sum = 0;
        for (int f = 0; f < forks.length; f++) {
            for (int round : rounds[f]) {
                sum += byForkAndRound[forks[f]][round];
            }
        }
        return sum;
    }

    private static long[] flatten(long[][][] byForkAndRound) {
        return Arrays.stream(byForkAndRound).flatMap(Arrays::stream).flatMapToLong(Arrays::stream).toArray();
    }

    private static long[] gather(long[][][] byForkAndRound, int[] forks, int[][] rounds) {
        int size = 0;
        for (int f = 0; f < forks.length; f++) {
            for (int round : rounds[f]) {
                size += byForkAndRound[forks[f]][round].length;
            }
        }
        long[] sample = new long[size];
        int at = 0;
        for (int f = 0; f < forks.length; f++) {
            for (int round : rounds[f]) {
                long[] calls = byForkAndRound[forks[f]][round];
                System.arraycopy(calls, 0, sample, at, calls.length);
                at += calls.length;
            }
        }
        return sample;
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * The figures as a Markdown section: the settings, then one line per ratio with both sides' latencies and total CPU
     * time per call, then each variant's CPU time per call, client, server and total, then the bytes each variant
     * allocated per call, then the percentiles of each variant's first calls of a block.
     */
    public String markdown(String title, String description) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n").append(description).append("\n\n");
        md.append(String.format(Locale.ROOT, "%d forks × %d measured rounds (after %d warm-up rounds) × %d calls per variant and round "
                        + "= %,d calls per variant; 95 %% intervals from %,d bootstrap resamples of forks and rounds, seed %d.%n%n",
                settings.forks(), settings.rounds(), settings.warmupRounds(), settings.block(),
                (long) settings.forks() * settings.rounds() * settings.block(), settings.bootstrap(), settings.seed()));
        md.append("| comparison | B | A | B p50 µs | A p50 µs | B p99 µs | A p99 µs | B / A at p50 [95 % CI] | B / A at p99 [95 % CI] "
                + "| B / A at p50 per fork | B CPU µs | A CPU µs | B / A CPU [95 % CI] |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---|---|---|---:|---:|---|\n");
        for (Result result : results) {
            Latency baseline = result.latencies().get(0);
            for (Ratio ratio : result.ratios()) {
                Latency variant = result.latencies().stream().filter(l -> l.variant().equals(ratio.variant())).findFirst().orElseThrow();
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %s | %s | %s |%n",
                        result.comparison(), ratio.variant(), ratio.baseline(), variant.p50(), baseline.p50(), variant.p99(), baseline.p99(),
                        format(ratio.p50()), format(ratio.p99()), byFork(ratio.p50ByFork(), " "), totalCpu(result, ratio.variant()),
                        totalCpu(result, ratio.baseline()), ratio.cpu() == null ? "n/a" : format(ratio.cpu())));
            }
        }
        if (results.stream().anyMatch(result -> !result.cpu().isEmpty())) {
            md.append("\nCPU time per call (µs): client is the measuring thread's (the SDK's calls run on it; the JVM's other threads, "
                    + "garbage collection and JIT compilation, are not counted), server the time on a CPU of the PostgreSQL backends "
                    + "serving the benchmark's databases (`/proc/<pid>/schedstat`; background processes such as the walwriter and "
                    + "autovacuum are not counted), total their sum (the client's alone where the server's is n/a). Time spent waiting "
                    + "for a core is in neither, so these figures change little with the load on the machine.\n\n");
            md.append("| comparison | variant | client CPU µs | server CPU µs | total CPU µs |\n|---|---|---:|---:|---:|\n");
            for (Result result : results) {
                for (Cpu cpu : result.cpu()) {
                    md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %s | %.1f |%n", result.comparison(), cpu.variant(), cpu.client(),
                            cpu.serverCounted() ? String.format(Locale.ROOT, "%.1f", cpu.server()) : "n/a", cpu.total()));
                }
            }
        }
        if (results.stream().anyMatch(result -> !result.allocations().isEmpty())) {
            md.append("\nMemory allocated per call (bytes) by the measuring thread, over the blocks' calls (HotSpot's count of the "
                    + "thread's allocations; the JDBC driver's and the pool's objects made on that thread are in it, the server's "
                    + "memory is not), and B / A.\n\n");
            md.append("| comparison | variant | bytes per call | B / A |\n|---|---|---:|---:|\n");
            for (Result result : results) {
                List<Allocation> allocations = result.allocations();
                for (int variant = 0; variant < allocations.size(); variant++) {
                    Allocation allocation = allocations.get(variant);
                    md.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %s |%n", result.comparison(), allocation.variant(),
                            allocation.bytesPerCall(), variant == 0 ? ""
                                    : String.format(Locale.ROOT, "%.2f×", allocation.bytesPerCall() / allocations.get(0).bytesPerCall())));
                }
            }
        }
        if (results.stream().anyMatch(result -> !result.firstCalls().isEmpty())) {
            md.append("\nFirst call of each block (µs; not in the figures above): the call a variant's block starts with, the first "
                    + "after the other variants or comparisons ran, when its code, data and connection are cold. p50 of the block's "
                    + "calls beside it.\n\n");
            md.append("| comparison | variant | calls | first call p50 µs | first call p90 µs | first call p99 µs | block's calls p50 µs |\n"
                    + "|---|---|---:|---:|---:|---:|---:|\n");
            for (Result result : results) {
                for (int i = 0; i < result.firstCalls().size(); i++) {
                    Latency first = result.firstCalls().get(i);
                    md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f |%n", result.comparison(), first.variant(),
                            first.calls(), first.p50(), first.p90(), first.p99(), result.latencies().get(i).p50()));
                }
            }
        }
        return md.toString();
    }

    private static String totalCpu(Result result, String variant) {
        return result.cpu().stream().filter(cpu -> cpu.variant().equals(variant)).findFirst()
                .map(cpu -> String.format(Locale.ROOT, cpu.serverCounted() ? "%.1f" : "%.1f (client)", cpu.total())).orElse("n/a");
    }

    private static String byFork(double[] ratios, String separator) {
        StringBuilder text = new StringBuilder();
        for (double ratio : ratios) {
            text.append(text.isEmpty() ? "" : separator).append(String.format(Locale.ROOT, "%.2f", ratio));
        }
        return text.toString();
    }

    private static String format(Interval interval) {
        return String.format(Locale.ROOT, "%.2f× [%.2f, %.2f]", interval.ratio(), interval.low(), interval.high());
    }

    /**
     * The figures as JSON: the settings, and per comparison its variants' latencies (µs), their CPU time per call (µs;
     * {@code "cpu"}, absent if not kept; {@code server} null where not measured, {@code total} then the client's), the
     * bytes they allocated per call ({@code "allocated"}, absent if not kept), the percentiles of their first calls of a
     * block ({@code "firstCalls"}, absent if not kept) and its ratios
     * ({@code "cpu"}: the total CPU ratio with its interval, null if not kept).
     */
    public String json() {
        StringBuilder json = new StringBuilder("{\n");
        json.append(String.format(Locale.ROOT, "  \"settings\": {\"forks\": %d, \"rounds\": %d, \"warmupRounds\": %d, \"block\": %d, "
                        + "\"seed\": %d, \"bootstrap\": %d, \"confidence\": 0.95},%n", settings.forks(), settings.rounds(),
                settings.warmupRounds(), settings.block(), settings.seed(), settings.bootstrap()));
        json.append("  \"comparisons\": [");
        for (int i = 0; i < results.size(); i++) {
            Result result = results.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(quote(result.comparison())).append(", \"latencies\": [");
            for (int j = 0; j < result.latencies().size(); j++) {
                json.append(j == 0 ? "" : ", ").append(json(result.latencies().get(j)));
            }
            json.append("]");
            if (!result.cpu().isEmpty()) {
                json.append(", \"cpu\": [");
                for (int j = 0; j < result.cpu().size(); j++) {
                    Cpu c = result.cpu().get(j);
                    json.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                            "{\"variant\": %s, \"client\": %.3f, \"server\": %s, \"total\": %.3f, \"serverCounted\": %b}", quote(c.variant()),
                            c.client(), c.serverCounted() ? String.format(Locale.ROOT, "%.3f", c.server()) : "null", c.total(), c.serverCounted()));
                }
                json.append("]");
            }
            if (!result.allocations().isEmpty()) {
                json.append(", \"allocated\": [");
                for (int j = 0; j < result.allocations().size(); j++) {
                    Allocation a = result.allocations().get(j);
                    json.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "{\"variant\": %s, \"bytesPerCall\": %.1f}",
                            quote(a.variant()), a.bytesPerCall()));
                }
                json.append("]");
            }
            if (!result.firstCalls().isEmpty()) {
                json.append(", \"firstCalls\": [");
                for (int j = 0; j < result.firstCalls().size(); j++) {
                    json.append(j == 0 ? "" : ", ").append(json(result.firstCalls().get(j)));
                }
                json.append("]");
            }
            json.append(", \"ratios\": [");
            for (int j = 0; j < result.ratios().size(); j++) {
                Ratio r = result.ratios().get(j);
                json.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                        "{\"variant\": %s, \"baseline\": %s, \"p50\": %s, \"p99\": %s, \"p50ByFork\": [%s], \"cpu\": %s}", quote(r.variant()),
                        quote(r.baseline()), json(r.p50()), json(r.p99()), byFork(r.p50ByFork(), ", "), r.cpu() == null ? "null" : json(r.cpu())));
            }
            json.append("]}");
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static String json(Latency l) {
        return String.format(Locale.ROOT, "{\"variant\": %s, \"calls\": %d, \"p50\": %.2f, \"p90\": %.2f, \"p99\": %.2f, \"max\": %.2f}",
                quote(l.variant()), l.calls(), l.p50(), l.p90(), l.p99(), l.max());
    }

    private static String json(Interval interval) {
        return String.format(Locale.ROOT, "{\"ratio\": %.4f, \"low\": %.4f, \"high\": %.4f}", interval.ratio(), interval.low(), interval.high());
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
