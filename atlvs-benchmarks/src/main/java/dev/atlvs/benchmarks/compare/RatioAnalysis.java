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
 */
public final class RatioAnalysis {

    /** Percentiles of one variant, in microseconds. */
    public record Latency(String variant, long calls, double p50, double p90, double p99, double max) {}

    /** A ratio with its 95 % confidence interval. */
    public record Interval(double ratio, double low, double high) {}

    /**
     * The ratio of {@code variant} to {@code baseline} at p50 and at p99, and the p50 ratio within each fork (in the
     * forks' order), which shows whether the forks agree.
     */
    public record Ratio(String variant, String baseline, Interval p50, Interval p99, double[] p50ByFork) {}

    /** One comparison's figures; {@code latencies} in the comparison's order, the baseline first. */
    public record Result(String comparison, List<Latency> latencies, List<Ratio> ratios) {}

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
        // comparison -> variant (in the forks' order, the baseline first) -> fork -> rounds' calls
        Map<String, Map<String, Map<Integer, List<long[]>>>> calls = new TreeMap<>();
        for (Path file : forkResults) {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                long[] nanos = Arrays.stream(fields[4].split(",")).mapToLong(Long::parseLong).toArray();
                calls.computeIfAbsent(fields[0], name -> new LinkedHashMap<>())
                        .computeIfAbsent(fields[1], name -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(fields[2]), fork -> new ArrayList<>())
                        .add(nanos);
            }
        }
        Random random = new Random(settings.seed());
        List<Result> results = new ArrayList<>();
        calls.forEach((comparison, byVariant) -> results.add(analyse(comparison, byVariant, settings.bootstrap(), random)));
        return new RatioAnalysis(settings, results);
    }

    private static Result analyse(String comparison, Map<String, Map<Integer, List<long[]>>> byVariant, int resamples, Random random) {
        List<String> variants = new ArrayList<>(byVariant.keySet());
        // [variant][fork][round][call]; every variant has the same forks and rounds
        List<Integer> forks = new ArrayList<>(byVariant.get(variants.get(0)).keySet());
        long[][][][] nanos = new long[variants.size()][forks.size()][][];
        for (int variant = 0; variant < variants.size(); variant++) {
            for (int fork = 0; fork < forks.size(); fork++) {
                nanos[variant][fork] = byVariant.get(variants.get(variant)).get(forks.get(fork)).toArray(long[][]::new);
            }
        }
        List<Latency> latencies = new ArrayList<>();
        long[][] pooled = new long[variants.size()][];
        for (int variant = 0; variant < variants.size(); variant++) {
            pooled[variant] = flatten(nanos[variant]);
            Histogram histogram = new Histogram(3);
            for (long value : pooled[variant]) {
                histogram.recordValue(value);
            }
            latencies.add(new Latency(variants.get(variant), histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1e3,
                    histogram.getValueAtPercentile(90) / 1e3, histogram.getValueAtPercentile(99) / 1e3, histogram.getMaxValue() / 1e3));
            Arrays.sort(pooled[variant]);
        }
        // resampled[variant][percentile index][resample]
        double[][][] resampled = new double[variants.size()][2][resamples];
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
            ratios.add(new Ratio(variants.get(variant), variants.get(0),
                    interval(pooled[variant], pooled[0], resampled[variant][0], resampled[0][0], 50),
                    interval(pooled[variant], pooled[0], resampled[variant][1], resampled[0][1], 99), byFork));
        }
        return new Result(comparison, latencies, ratios);
    }

    private static Interval interval(long[] b, long[] a, double[] resampledB, double[] resampledA, double percentile) {
        double[] ratios = new double[resampledB.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = resampledB[i] / resampledA[i];
        }
        Arrays.sort(ratios);
        return new Interval(percentile(b, percentile) / percentile(a, percentile), ratios[(int) Math.floor(0.025 * (ratios.length - 1))],
                ratios[(int) Math.ceil(0.975 * (ratios.length - 1))]);
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

    /** The figures as a Markdown section: the settings, then one line per ratio with both sides' latencies. */
    public String markdown(String title, String description) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n").append(description).append("\n\n");
        md.append(String.format(Locale.ROOT, "%d forks × %d measured rounds (after %d warm-up rounds) × %d calls per variant and round "
                        + "= %,d calls per variant; 95 %% intervals from %,d bootstrap resamples of forks and rounds, seed %d.%n%n",
                settings.forks(), settings.rounds(), settings.warmupRounds(), settings.block(),
                (long) settings.forks() * settings.rounds() * settings.block(), settings.bootstrap(), settings.seed()));
        md.append("| comparison | B | A | B p50 µs | A p50 µs | B p99 µs | A p99 µs | B / A at p50 [95 % CI] | B / A at p99 [95 % CI] "
                + "| B / A at p50 per fork |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---|---|---|\n");
        for (Result result : results) {
            Latency baseline = result.latencies().get(0);
            for (Ratio ratio : result.ratios()) {
                Latency variant = result.latencies().stream().filter(l -> l.variant().equals(ratio.variant())).findFirst().orElseThrow();
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %s | %s | %s |%n", result.comparison(),
                        ratio.variant(), ratio.baseline(), variant.p50(), baseline.p50(), variant.p99(), baseline.p99(),
                        format(ratio.p50()), format(ratio.p99()), byFork(ratio.p50ByFork(), " ")));
            }
        }
        return md.toString();
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

    /** The figures as JSON: the settings, and per comparison its variants' latencies (µs) and its ratios. */
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
                Latency l = result.latencies().get(j);
                json.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                        "{\"variant\": %s, \"calls\": %d, \"p50\": %.2f, \"p90\": %.2f, \"p99\": %.2f, \"max\": %.2f}",
                        quote(l.variant()), l.calls(), l.p50(), l.p90(), l.p99(), l.max()));
            }
            json.append("], \"ratios\": [");
            for (int j = 0; j < result.ratios().size(); j++) {
                Ratio r = result.ratios().get(j);
                json.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "{\"variant\": %s, \"baseline\": %s, \"p50\": %s, \"p99\": %s, \"p50ByFork\": [%s]}",
                        quote(r.variant()), quote(r.baseline()), json(r.p50()), json(r.p99()), byFork(r.p50ByFork(), ", ")));
            }
            json.append("]}");
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static String json(Interval interval) {
        return String.format(Locale.ROOT, "{\"ratio\": %.4f, \"low\": %.4f, \"high\": %.4f}", interval.ratio(), interval.low(), interval.high());
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
