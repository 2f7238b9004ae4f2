package dev.atlvs.benchmarks.report;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.atlvs.benchmarks.throughput.Operation;
import dev.atlvs.benchmarks.throughput.ThroughputRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Renders the benchmark report from the JSON files a run left in a directory, and from nothing else, so that a
 * committed run can be rendered again: {@code report.md} beside them, and its charts as PNG files in
 * {@code charts/}, each linked next to its table.
 * <ul>
 *   <li>every JMH result file ({@code results.json} of the task suite, {@code <suite>.json} of the others): the
 *       latency percentiles (p50, p90, p99) per operation of the sampled benchmarks ({@code latency-<file>.png});</li>
 *   <li>{@code ratios.json} of the interleaved ratio suite: each comparison's ratio B / A at p50 and p99 and, where the
 *       run kept it, of CPU time per call, with its 95 % interval ({@code ratios.png}), and each variant's percentiles
 *       ({@code latency-ratios.png}) and CPU time per call;</li>
 *   <li>{@code throughput.json} of the throughput suite: transactions per second against client threads, SDK and JDBC
 *       ({@code throughput.png}), and each operation's p99 against client threads ({@code throughput-p99.png}).</li>
 * </ul>
 * Run with {@code -Dbench.suite=report} (see the README's "Benchmarks" section), or as
 * {@code java -cp ... dev.atlvs.benchmarks.report.Report [directory]} (default {@code target/benchmarks}).
 */
public final class Report {

    static final String CHARTS = "charts";
    private static final Gson GSON = new Gson();

    private Report() {
    }

    /** Renders the report of the directory given as the first argument, else of {@code bench.output}, else of {@code target/benchmarks}. */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath();
        Path report = render(directory);
        System.out.println("Report: " + report);
    }

    /**
     * Renders {@code report.md} and its charts from the JSON files in {@code directory}.
     *
     * @return the report's path
     * @throws IllegalArgumentException if the directory holds no benchmark results
     */
    public static Path render(Path directory) throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no benchmark results: " + directory + " is no directory");
        }
        Path charts = directory.resolve(CHARTS);
        Files.createDirectories(charts);
        StringBuilder md = new StringBuilder("# ATLVS SDK benchmark report\n\n");
        List<String> sources = new ArrayList<>();
        StringBuilder sections = new StringBuilder();
        for (Path file : jmhFiles(directory)) {
            if (jmhSection(file, charts, sections)) {
                sources.add(file.getFileName().toString());
            }
        }
        Path ratios = directory.resolve("ratios.json");
        if (Files.isRegularFile(ratios)) {
            ratioSection(ratios, charts, sections);
            sources.add("ratios.json");
        }
        Path throughput = directory.resolve("throughput.json");
        if (Files.isRegularFile(throughput)) {
            throughputSection(throughput, charts, sections);
            sources.add("throughput.json");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no benchmark results in " + directory
                    + ": expected JMH result files, ratios.json or throughput.json");
        }
        md.append("Rendered from ").append(String.join(", ", sources.stream().map(name -> "`" + name + "`").toList()))
                .append(" in this directory (`dev.atlvs.benchmarks.report.Report`). Figures compare only between runs on the "
                        + "same machine.\n\n");
        if (Files.isRegularFile(directory.resolve("machine.md"))) {
            md.append("The machine, the software, the commit and each part's wall time: [machine.md](machine.md).\n\n");
        }
        md.append(sections);
        Path report = directory.resolve("report.md");
        Files.writeString(report, md.toString());
        return report;
    }

    // ---------------------------------------------------------------- JMH results

    /** The JSON files of the directory holding JMH results (an array of runs with a benchmark name), by name. */
    private static List<Path> jmhFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().filter(Report::isJmh).toList();
        }
    }

    private static boolean isJmh(Path file) {
        try {
            JsonElement root = JsonParser.parseString(Files.readString(file));
            return root.isJsonArray() && !root.getAsJsonArray().isEmpty() && root.getAsJsonArray().get(0).isJsonObject()
                    && root.getAsJsonArray().get(0).getAsJsonObject().has("benchmark");
        } catch (IOException | JsonParseException failure) {
            return false;
        }
    }

    /** One sampled JMH benchmark's percentiles in microseconds. */
    record Sampled(String name, long samples, double p50, double p90, double p99) {}

    private static boolean jmhSection(Path file, Path charts, StringBuilder md) throws IOException {
        List<Sampled> sampled = new ArrayList<>();
        JsonArray runs = JsonParser.parseString(Files.readString(file)).getAsJsonArray();
        for (JsonElement element : runs) {
            JsonObject run = element.getAsJsonObject();
            String mode = run.get("mode").getAsString();
            JsonObject metric = run.getAsJsonObject("primaryMetric");
            if (!(mode.equals("sample") || mode.equals("ss")) || metric == null || !metric.has("scorePercentiles")) {
                continue;
            }
            double scale = toMicros(metric.get("scoreUnit").getAsString());
            if (Double.isNaN(scale)) {
                continue;
            }
            JsonObject percentiles = metric.getAsJsonObject("scorePercentiles");
            String benchmark = run.get("benchmark").getAsString();
            StringBuilder name = new StringBuilder(benchmark.substring(benchmark.lastIndexOf('.') + 1));
            if (run.has("params")) {
                List<String> values = new ArrayList<>();
                run.getAsJsonObject("params").entrySet().forEach(param -> values.add(param.getValue().getAsString()));
                name.append(" [").append(String.join(", ", values)).append(']');
            }
            long samples = 0;
            if (metric.has("rawDataHistogram")) {
                for (JsonElement fork : metric.getAsJsonArray("rawDataHistogram")) {
                    for (JsonElement iteration : fork.getAsJsonArray()) {
                        for (JsonElement bucket : iteration.getAsJsonArray()) {
                            samples += bucket.getAsJsonArray().get(1).getAsLong();
                        }
                    }
                }
            } else if (metric.has("rawData")) {
                for (JsonElement fork : metric.getAsJsonArray("rawData")) {
                    samples += fork.getAsJsonArray().size();
                }
            }
            sampled.add(new Sampled(name.toString(), samples, scale * percentiles.get("50.0").getAsDouble(),
                    scale * percentiles.get("90.0").getAsDouble(), scale * percentiles.get("99.0").getAsDouble()));
        }
        if (sampled.isEmpty()) {
            return false;
        }
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        String image = "latency-" + stem + ".png";
        List<Charts.Point> points = new ArrayList<>();
        for (Sampled s : sampled) {
            points.add(new Charts.Point(s.name(), "p50", s.p50()));
            points.add(new Charts.Point(s.name(), "p90", s.p90()));
            points.add(new Charts.Point(s.name(), "p99", s.p99()));
        }
        Charts.percentiles(charts.resolve(image), "Latency per operation (" + file.getFileName() + ")", points, "µs per call");
        md.append("## Latency per operation: `").append(file.getFileName()).append("`\n\n");
        md.append(image("Latency percentiles per operation, " + file.getFileName(), image));
        md.append("| operation | samples | p50 µs | p90 µs | p99 µs |\n|---|---:|---:|---:|---:|\n");
        for (Sampled s : sampled) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,.1f | %,.1f | %,.1f |%n", s.name(), s.samples(), s.p50(), s.p90(), s.p99()));
        }
        md.append('\n');
        return true;
    }

    private static double toMicros(String unit) {
        return switch (unit) {
            case "ns/op" -> 1e-3;
            case "us/op" -> 1;
            case "ms/op" -> 1e3;
            case "s/op" -> 1e6;
            default -> Double.NaN;
        };
    }

    // ---------------------------------------------------------------- interleaved ratios

    record RatioFile(Map<String, Object> settings, List<Comparison> comparisons) {}

    /** {@code cpu} is null in files of runs that kept no CPU time. */
    record Comparison(String name, List<Latency> latencies, List<Cpu> cpu, List<Ratio> ratios) {}

    record Latency(String variant, long calls, double p50, double p90, double p99, double max) {}

    /** CPU time per call in µs; {@code server} null where it was not measured, {@code total} then the client's. */
    record Cpu(String variant, double client, Double server, double total) {}

    /** {@code cpu}, the ratio of total CPU time per call, is null where the run kept none. */
    record Ratio(String variant, String baseline, Interval p50, Interval p99, double[] p50ByFork, Interval cpu) {}

    record Interval(double ratio, double low, double high) {}

    private static void ratioSection(Path file, Path charts, StringBuilder md) throws IOException {
        RatioFile ratios = GSON.fromJson(Files.readString(file), RatioFile.class);
        if (ratios == null || ratios.comparisons() == null) {
            throw new IllegalArgumentException(file + " holds no comparisons");
        }
        List<String> labels = new ArrayList<>();
        List<Charts.RatioPoint> intervals = new ArrayList<>();
        List<Charts.Point> latencies = new ArrayList<>();
        for (Comparison comparison : ratios.comparisons()) {
            for (Ratio ratio : comparison.ratios()) {
                String label = comparison.ratios().size() == 1 ? comparison.name()
                        : comparison.name() + " (" + ratio.variant() + " / " + ratio.baseline() + ")";
                labels.add(label);
                intervals.add(new Charts.RatioPoint(label, "p50", ratio.p50().ratio(), ratio.p50().low(), ratio.p50().high()));
                intervals.add(new Charts.RatioPoint(label, "p99", ratio.p99().ratio(), ratio.p99().low(), ratio.p99().high()));
                if (ratio.cpu() != null) {
                    intervals.add(new Charts.RatioPoint(label, "CPU per call", ratio.cpu().ratio(), ratio.cpu().low(), ratio.cpu().high()));
                }
            }
            for (Latency latency : comparison.latencies()) {
                String category = comparison.name() + ": " + latency.variant();
                latencies.add(new Charts.Point(category, "p50", latency.p50()));
                latencies.add(new Charts.Point(category, "p90", latency.p90()));
                latencies.add(new Charts.Point(category, "p99", latency.p99()));
            }
        }
        md.append("## Interleaved ratios: `ratios.json`\n\n");
        if (ratios.settings() != null) {
            md.append("Settings: ").append(String.join(", ", ratios.settings().entrySet().stream()
                    .map(entry -> entry.getKey() + " " + number(entry.getValue())).toList())).append(".\n\n");
        }
        if (!labels.isEmpty()) {
            Charts.ratios(charts.resolve("ratios.png"), "Ratios B / A with 95 % intervals", labels, intervals);
            md.append(image("Each comparison's ratio B / A at p50, at p99 and of CPU time per call with its 95 % interval", "ratios.png"));
        }
        md.append("| comparison | B | A | B / A at p50 [95 % CI] | B / A at p99 [95 % CI] | B / A CPU per call [95 % CI] |\n"
                + "|---|---|---|---|---|---|\n");
        for (Comparison comparison : ratios.comparisons()) {
            for (Ratio ratio : comparison.ratios()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", comparison.name(), ratio.variant(), ratio.baseline(),
                        interval(ratio.p50()), interval(ratio.p99()), ratio.cpu() == null ? "n/a" : interval(ratio.cpu())));
            }
        }
        md.append('\n');
        if (!latencies.isEmpty()) {
            Charts.percentiles(charts.resolve("latency-ratios.png"), "Latency per variant (interleaved)", latencies, "µs per call");
            md.append(image("Each variant's latency percentiles in the interleaved comparisons", "latency-ratios.png"));
        }
        md.append("| comparison | variant | calls | p50 µs | p90 µs | p99 µs | max µs | client CPU µs | server CPU µs | total CPU µs |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Comparison comparison : ratios.comparisons()) {
            for (Latency l : comparison.latencies()) {
                Cpu cpu = comparison.cpu() == null ? null
                        : comparison.cpu().stream().filter(c -> c.variant().equals(l.variant())).findFirst().orElse(null);
                md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,.1f | %,.1f | %,.1f | %,.1f | %s | %s | %s |%n", comparison.name(),
                        l.variant(), l.calls(), l.p50(), l.p90(), l.p99(), l.max(), cpu == null ? "n/a" : micros(cpu.client()),
                        cpu == null || cpu.server() == null ? "n/a" : micros(cpu.server()), cpu == null ? "n/a" : micros(cpu.total())));
            }
        }
        md.append('\n');
        if (ratios.comparisons().stream().anyMatch(comparison -> comparison.cpu() != null)) {
            md.append("CPU time per call: the client's is the measuring thread's (other JVM threads, garbage collection and JIT "
                    + "compilation, are not counted), the server's that of the PostgreSQL backends serving the benchmark's databases "
                    + "(background processes are not counted; n/a where `/proc` could not be read, the total then the client's alone). "
                    + "Time spent waiting for a core is in neither.\n\n");
        }
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    private static String number(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.format(Locale.ROOT, "%d", d.longValue());
        }
        return String.valueOf(value);
    }

    private static String interval(Interval interval) {
        return String.format(Locale.ROOT, "%.2f× [%.2f, %.2f]", interval.ratio(), interval.low(), interval.high());
    }

    // ---------------------------------------------------------------- throughput

    private static void throughputSection(Path file, Path charts, StringBuilder md) throws IOException {
        ThroughputRun run = ThroughputRun.fromJson(Files.readString(file));
        List<Charts.LinePoint> rates = new ArrayList<>();
        List<Charts.LinePoint> p99 = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            labels.add(operation.label());
        }
        for (ThroughputRun.Level level : run.levels()) {
            for (int s = 0; s < level.sides().size(); s++) {
                ThroughputRun.Side side = level.sides().get(s);
                boolean second = !side.name().equals("SDK");
                rates.add(new Charts.LinePoint(side.name(), level.threads(), side.transactionsPerSecond(), second, second ? 1 : 0));
                for (ThroughputRun.OperationFigures operation : side.operations()) {
                    if (operation.transactions() == 0) {
                        continue;
                    }
                    int colour = labels.indexOf(operation.operation());
                    if (colour < 0) {
                        labels.add(operation.operation());
                        colour = labels.size() - 1;
                    }
                    p99.add(new Charts.LinePoint(side.name() + " " + operation.operation(), level.threads(), operation.p99(), second, colour));
                }
            }
        }
        md.append("## Throughput under load: `throughput.json`\n\n").append(run.description()).append("\n\n");
        Charts.overThreads(charts.resolve("throughput.png"), "Throughput against client threads", rates, "transactions per second", false);
        md.append(image("Transactions per second against client threads, SDK and JDBC", "throughput.png"));
        if (!p99.isEmpty()) {
            Charts.overThreads(charts.resolve("throughput-p99.png"), "p99 per operation against client threads (JDBC dashed)", p99,
                    "µs per call", true);
            md.append(image("Each operation's p99 against client threads, SDK solid, JDBC dashed", "throughput-p99.png"));
        }
        md.append(run.tables()).append('\n');
    }

    private static String image(String alt, String name) {
        return "![" + alt + "](" + CHARTS + "/" + name + ")\n\n";
    }
}
