package dev.atlvs.benchmarks.throughput;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a throughput run, as {@code throughput.json} holds them: per number of client threads and per side
 * (SDK, JDBC) the transactions per second, the expected conflicts, the errors by kind, and each operation's latency
 * percentiles in microseconds.
 *
 * @param title the report's title
 * @param description how the figures were measured (profile, database, settings)
 * @param settings the run's settings
 * @param levels one per number of client threads, in the order run
 */
public record ThroughputRun(String title, String description, Settings settings, List<Level> levels) {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    /**
     * @param poolSize connections of the one fixed-size pool both sides use
     * @param threads the numbers of client threads, in the order run
     * @param measuredSeconds measured seconds per side and level (the slices' sum, at least)
     * @param warmupSeconds discarded seconds per side and level before the measured slices
     * @param initialWarmupSeconds discarded seconds per side before the first level
     * @param sliceMillis the length of one slice: the sides alternate slice by slice
     * @param seed the seed of every random draw (operations, tenants, tasks, the order of the sides)
     * @param zipfExponent the exponent of the Zipf distribution over the tenants' ranks
     * @param tenants the number of organizations drawn from
     * @param mix the share of each operation in percent, by its label
     */
    public record Settings(int poolSize, List<Integer> threads, double measuredSeconds, double warmupSeconds, double initialWarmupSeconds,
            long sliceMillis, long seed,
            double zipfExponent, int tenants, Map<String, Integer> mix) {}

    /** The figures of both sides at one number of client threads. */
    public record Level(int threads, List<Side> sides) {

        /** The side called {@code name}, if measured. */
        public Optional<Side> side(String name) {
            return sides.stream().filter(side -> side.name().equals(name)).findFirst();
        }
    }

    /**
     * One side's figures at one level.
     *
     * @param name {@code SDK} or {@code JDBC}
     * @param seconds the measured time, summed over its slices
     * @param transactions committed transactions
     * @param transactionsPerSecond committed transactions per second of measured time
     * @param conflicts rolled-back updates whose version check found another version (expected under load)
     * @param errorsByKind every other failure, by kind (exception, SQLState or error code); empty in a valid run
     * @param operations each operation's figures, in the mix's order
     */
    public record Side(String name, double seconds, long transactions, double transactionsPerSecond, long conflicts,
            Map<String, Long> errorsByKind, List<OperationFigures> operations) {

        /** The number of errors of every kind. */
        public long errors() {
            return errorsByKind.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The figures of the operation labelled {@code label}, if it ran. */
        public Optional<OperationFigures> operation(String label) {
            return operations.stream().filter(operation -> operation.operation().equals(label)).findFirst();
        }
    }

    /** One operation's committed transactions, conflicts and latency percentiles (µs, from an HdrHistogram). */
    public record OperationFigures(String operation, long transactions, long conflicts, double p50, double p90, double p99, double max) {}

    /** The run as JSON. */
    public String json() {
        return GSON.toJson(this) + "\n";
    }

    /** Reads a run that {@link #json()} wrote. */
    public static ThroughputRun fromJson(String json) {
        ThroughputRun run = GSON.fromJson(json, ThroughputRun.class);
        if (run == null || run.levels() == null || run.settings() == null) {
            throw new IllegalArgumentException("not a throughput run: no settings or levels");
        }
        return run;
    }

    /** The figures as Markdown tables, without a title: throughput and conflicts per level, then latency per operation. */
    public String tables() {
        StringBuilder md = new StringBuilder();
        md.append("| client threads | SDK tx/s | JDBC tx/s | SDK / JDBC | SDK conflicts | JDBC conflicts | errors |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Level level : levels) {
            Optional<Side> sdk = level.side("SDK");
            Optional<Side> jdbc = level.side("JDBC");
            md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %d |%n", level.threads(),
                    sdk.map(s -> String.format(Locale.ROOT, "%,.0f", s.transactionsPerSecond())).orElse("–"),
                    jdbc.map(s -> String.format(Locale.ROOT, "%,.0f", s.transactionsPerSecond())).orElse("–"),
                    sdk.isPresent() && jdbc.isPresent() && jdbc.get().transactionsPerSecond() > 0
                            ? String.format(Locale.ROOT, "%.2f", sdk.get().transactionsPerSecond() / jdbc.get().transactionsPerSecond()) : "–",
                    sdk.map(s -> Long.toString(s.conflicts())).orElse("–"), jdbc.map(s -> Long.toString(s.conflicts())).orElse("–"),
                    level.sides().stream().mapToLong(Side::errors).sum()));
        }
        md.append("\n| client threads | operation | SDK p50 µs | JDBC p50 µs | SDK p99 µs | JDBC p99 µs | SDK / JDBC at p50 | SDK / JDBC at p99 |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Level level : levels) {
            List<String> labels = level.sides().stream().flatMap(side -> side.operations().stream()).map(OperationFigures::operation)
                    .distinct().toList();
            for (String label : labels) {
                Optional<OperationFigures> sdk = level.side("SDK").flatMap(side -> side.operation(label));
                Optional<OperationFigures> jdbc = level.side("JDBC").flatMap(side -> side.operation(label));
                md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s |%n", level.threads(), label,
                        micros(sdk.map(OperationFigures::p50)), micros(jdbc.map(OperationFigures::p50)),
                        micros(sdk.map(OperationFigures::p99)), micros(jdbc.map(OperationFigures::p99)),
                        ratio(sdk.map(OperationFigures::p50), jdbc.map(OperationFigures::p50)),
                        ratio(sdk.map(OperationFigures::p99), jdbc.map(OperationFigures::p99))));
            }
        }
        List<String> errors = levels.stream().flatMap(level -> level.sides().stream()
                .flatMap(side -> side.errorsByKind().entrySet().stream()
                        .map(error -> String.format(Locale.ROOT, "- %d threads, %s: %s × %,d", level.threads(), side.name(), error.getKey(),
                                error.getValue())))).toList();
        if (!errors.isEmpty()) {
            md.append("\nErrors:\n\n").append(String.join("\n", errors)).append('\n');
        }
        return md.toString();
    }

    /** The whole report: title, description, tables. */
    public String markdown() {
        return "# " + title + "\n\n" + description + "\n\n" + tables();
    }

    private static String micros(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%,.0f", v)).orElse("–");
    }

    private static String ratio(Optional<Double> numerator, Optional<Double> denominator) {
        return numerator.isPresent() && denominator.isPresent() && denominator.get() > 0
                ? String.format(Locale.ROOT, "%.2f", numerator.get() / denominator.get()) : "–";
    }
}
