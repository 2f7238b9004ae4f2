package dev.atlvs.benchmarks.report;

import static java.util.Objects.requireNonNull;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether two runs of the interleaved ratio suite agree: for every ratio both runs measured (a comparison's variant
 * against its baseline), at p50, at p99 and in CPU time per call, whether the two 95 % intervals overlap. Two runs on
 * one machine, one of them beside other work, are how the suite's ratios are checked against load
 * ({@code -Dbench.suite=agreement -Dbench.output=<run> -Dbench.agreement.with=<other run>}); the result goes to
 * {@code agreement.md} in the first run's directory.
 */
public final class RunAgreement {

    private static final Gson GSON = new Gson();

    /** One ratio measured by both runs, at one measure, and whether the two intervals overlap. */
    record Pair(String comparison, String variant, String measure, Report.Interval first, Report.Interval second) {
        boolean agrees() {
            return first.high() >= second.low() && second.high() >= first.low();
        }
    }

    private RunAgreement() {}

    /** The pairs of intervals of the ratios both {@code ratios.json} files hold, in the first file's order. */
    static List<Pair> pairs(Path firstRatios, Path secondRatios) throws IOException {
        Map<String, Report.Ratio> second = byKey(read(secondRatios));
        List<Pair> pairs = new ArrayList<>();
        for (Report.Comparison comparison : read(firstRatios).comparisons()) {
            for (Report.Ratio ratio : comparison.ratios()) {
                Report.Ratio other = second.get(comparison.name() + "\u0000" + ratio.variant());
                if (other == null) {
                    continue;
                }
                add(pairs, comparison.name(), ratio.variant(), "p50", ratio.p50(), other.p50());
                add(pairs, comparison.name(), ratio.variant(), "p99", ratio.p99(), other.p99());
                add(pairs, comparison.name(), ratio.variant(), "CPU", ratio.cpu(), other.cpu());
            }
        }
        return pairs;
    }

    /** Compares the runs in {@code first} and {@code second}, writes {@code first/agreement.md} and returns its path. */
    public static Path write(Path first, Path second) throws IOException {
        List<Pair> pairs = pairs(first.resolve("ratios.json"), second.resolve("ratios.json"));
        List<Pair> disjoint = pairs.stream().filter(pair -> !pair.agrees()).toList();
        StringBuilder md = new StringBuilder("# Agreement of two ratio runs\n\n");
        md.append(String.format(Locale.ROOT, "First: `%s`. Second: `%s`.%n%n", first, second));
        md.append(machines(first, second)).append("\n\n");
        md.append(String.format(Locale.ROOT, "%d intervals compared (p50, p99 and CPU time of every ratio both runs hold); "
                + "%d do not overlap.%n", pairs.size(), disjoint.size()));
        if (!disjoint.isEmpty()) {
            md.append("\n| comparison | variant | measure | first [95 % CI] | second [95 % CI] |\n|---|---|---|---|---|\n");
            for (Pair pair : disjoint) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", pair.comparison(), pair.variant(), pair.measure(),
                        format(pair.first()), format(pair.second())));
            }
        }
        Path out = first.resolve("agreement.md");
        Files.writeString(out, md);
        return out;
    }

    /**
     * Whether the two runs ran on one kind of processor, as their {@code machine.md} name it: ratios differ between
     * machines, so only runs on the same one say anything about load.
     */
    static String machines(Path first, Path second) throws IOException {
        Optional<String> firstMachine = processor(first);
        Optional<String> secondMachine = processor(second);
        if (firstMachine.isEmpty() || secondMachine.isEmpty()) {
            return "Not both runs have a `machine.md` naming their processor: whether they ran on the same machine is not checked.";
        }
        String firstProcessor = firstMachine.get();
        String secondProcessor = secondMachine.get();
        if (firstProcessor.equals(secondProcessor)) {
            return "Both runs name the same processor in `machine.md`: " + firstProcessor + ".";
        }
        return "The runs name different processors in `machine.md` (first: " + firstProcessor + "; second: " + secondProcessor
                + "): ratios differ between machines, so intervals that do not overlap here say nothing about load.";
    }

    private static Optional<String> processor(Path run) throws IOException {
        Path machine = run.resolve("machine.md");
        if (!Files.isRegularFile(machine)) {
            return Optional.empty();
        }
        String prefix = "| processor | ";
        return Files.readAllLines(machine).stream().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length(), line.lastIndexOf('|')).trim()).findFirst();
    }

    /** {@code java ... RunAgreement <first run directory> <second run directory>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RunAgreement <first run directory> <second run directory>");
        }
        Path out = write(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
        System.out.println(Files.readString(out));
    }

    private static void add(List<Pair> pairs, String comparison, String variant, String measure, Report.Interval first,
            Report.Interval second) {
        if (first != null && second != null) {
            pairs.add(new Pair(comparison, variant, measure, first, second));
        }
    }

    private static Report.RatioFile read(Path file) throws IOException {
        Report.RatioFile ratios = GSON.fromJson(Files.readString(requireNonNull(file, "file is null")), Report.RatioFile.class);
        if (ratios == null || ratios.comparisons() == null) {
            throw new IllegalArgumentException(file + " holds no comparisons");
        }
        return ratios;
    }

    private static Map<String, Report.Ratio> byKey(Report.RatioFile file) {
        Map<String, Report.Ratio> ratios = new LinkedHashMap<>();
        for (Report.Comparison comparison : file.comparisons()) {
            for (Report.Ratio ratio : comparison.ratios()) {
                ratios.put(comparison.name() + "\u0000" + ratio.variant(), ratio);
            }
        }
        return ratios;
    }

    private static String format(Report.Interval interval) {
        return String.format(Locale.ROOT, "%.2f× [%.2f, %.2f]", interval.ratio(), interval.low(), interval.high());
    }
}
