package dev.atlvs.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of one suite class and keeps their figures: the JSON of every run in
 * {@code <output>/<name>.json}, and per benchmark its p50, p99 and sample count, named after the method (with the
 * values of its parameters in brackets, e.g. {@code getById [micrometer]}). Measurement iterations last
 * {@code -Dbench.iterationSeconds} seconds (default 4).
 */
final class JmhSuite {

    private JmhSuite() {
    }

    /** Runs {@code suite}'s benchmarks; returns {p50, p99, samples} per benchmark, in the order JMH ran them. */
    static Map<String, double[]> run(Class<?> suite, Path output, String name) throws RunnerException, IOException {
        Files.createDirectories(output);
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include(suite.getName() + "\\.")
                .measurementTime(TimeValue.seconds(Integer.getInteger("bench.iterationSeconds", 4)))
                .jvmArgsAppend("-Xmx512m", "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=warn",
                        "-Dorg.slf4j.simpleLogger.log.org.flywaydb=warn")
                .build()).run();
        ResultFormatFactory.getInstance(ResultFormatType.JSON, output.resolve(name + ".json").toString()).writeOut(runs);
        Map<String, double[]> figures = new LinkedHashMap<>();
        for (RunResult run : runs) {
            var statistics = run.getPrimaryResult().getStatistics();
            String benchmark = run.getParams().getBenchmark();
            StringBuilder label = new StringBuilder(benchmark.substring(benchmark.lastIndexOf('.') + 1));
            if (!run.getParams().getParamsKeys().isEmpty()) {
                label.append(" [").append(String.join(", ", run.getParams().getParamsKeys().stream()
                        .map(key -> run.getParams().getParam(key)).toList())).append(']');
            }
            figures.put(label.toString(), new double[] {statistics.getPercentile(50), statistics.getPercentile(99), statistics.getN()});
        }
        return figures;
    }

    /** A Markdown table of {@code figures} under {@code title}, with a first column headed {@code operation}. */
    static StringBuilder table(String title, String operation, Map<String, double[]> figures) {
        StringBuilder summary = new StringBuilder("# " + title + "\n\n| " + operation + " | p50 µs | p99 µs | samples |\n|---|---:|---:|---:|\n");
        figures.forEach((name, f) -> summary.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f |%n", name, f[0], f[1], f[2])));
        return summary;
    }
}
