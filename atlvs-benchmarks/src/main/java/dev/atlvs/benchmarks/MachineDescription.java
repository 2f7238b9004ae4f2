package dev.atlvs.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code machine.md} of a benchmark record, and of a run of the ratio or the throughput suite alone: when and where it ran (processor, cores, memory, kernel and operating system
 * as Linux reports them; the JVM; the database server), which commit it measured, the profile, and how long each part
 * took. What cannot be read on this system is written as "n/a".
 */
public final class MachineDescription {

    private MachineDescription() {}

    /** Writes {@code machine.md} into {@code output}; returns its path. */
    public static Path write(Path output, DataGenerator.Profile profile, String server, int organizations, long tasks,
            Map<String, Double> minutes) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# The machine of this run");
        lines.add("");
        lines.add("| | |");
        lines.add("|---|---|");
        lines.add("| finished | " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                .format(Instant.now().atZone(ZoneOffset.UTC)) + " |");
        lines.add("| commit | " + command(Path.of("").toAbsolutePath(), "git", "rev-parse", "--short=12", "HEAD").orElse("n/a")
                + commitState() + " |");
        lines.add("| profile | " + profile.name().toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, ": %,d organizations, %,d tasks |",
                organizations, tasks));
        lines.add("| processor | " + cpuInfo("model name").orElse("n/a") + " |");
        lines.add("| cores seen by the JVM | " + Runtime.getRuntime().availableProcessors() + " |");
        lines.add("| memory | " + memory().orElse("n/a") + " |");
        lines.add("| operating system | " + osRelease().orElse(System.getProperty("os.name")) + ", kernel "
                + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ") |");
        lines.add("| virtualization | " + cpuInfo("flags").map(flags -> List.of(flags.split(" ")).contains("hypervisor")
                ? "a virtual machine (the processor reports a hypervisor)" : "none reported").orElse("n/a") + " |");
        lines.add("| JVM | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + ", "
                + ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(argument -> argument.startsWith("-Xm"))
                        .reduce((a, b) -> a + " " + b).orElse("default heap") + " |");
        lines.add("| database | " + server + " |");
        lines.add("");
        lines.add("Wall time of each part, minutes:");
        lines.add("");
        lines.add("| part | minutes |");
        lines.add("|---|---:|");
        minutes.forEach((part, value) -> lines.add(String.format(Locale.ROOT, "| %s | %.1f |", part, value)));
        lines.add("");
        Path file = output.resolve("machine.md");
        Files.writeString(file, String.join("\n", lines));
        return file;
    }

    /**
     * Writes {@code machine.md} of one suite run on its own database ({@code -Dbench.suite=ratios} or {@code throughput}):
     * the wall time of the data (from {@code started}), of the suite (from {@code suiteStarted}) and of the whole run.
     */
    public static Path write(Path output, BenchmarkDatabase prepared, String suite, long started, long suiteStarted) throws IOException {
        long finished = System.nanoTime();
        Map<String, Double> minutes = new LinkedHashMap<>();
        minutes.put("data", (suiteStarted - started) / 6e10);
        minutes.put(suite, (finished - suiteStarted) / 6e10);
        minutes.put("whole run", (finished - started) / 6e10);
        return write(output, prepared, minutes);
    }

    /** Writes {@code machine.md} of a run on {@code prepared}: its profile, server and size, and {@code minutes} per part. */
    public static Path write(Path output, BenchmarkDatabase prepared, Map<String, Double> minutes) throws IOException {
        return write(output, prepared.profile(), prepared.server(), prepared.dataset().organizations().size(),
                prepared.dataset().tasks(), minutes);
    }

    private static String commitState() {
        return command(Path.of("").toAbsolutePath(), "git", "status", "--porcelain", "--untracked-files=no")
                .map(changes -> changes.isBlank() ? "" : " (with uncommitted changes)").orElse("");
    }

    private static Optional<String> cpuInfo(String field) {
        return lines(Path.of("/proc/cpuinfo")).flatMap(lines -> lines.filter(line -> line.startsWith(field))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst());
    }

    private static Optional<String> memory() {
        return lines(Path.of("/proc/meminfo")).flatMap(lines -> lines.filter(line -> line.startsWith("MemTotal:"))
                .map(line -> line.replaceAll("[^0-9]", "")).filter(kb -> !kb.isEmpty())
                .map(kb -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb) / 1024.0 / 1024.0)).findFirst());
    }

    private static Optional<String> osRelease() {
        return lines(Path.of("/etc/os-release")).flatMap(lines -> lines.filter(line -> line.startsWith("PRETTY_NAME="))
                .map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", "")).findFirst());
    }

    private static Optional<Stream<String>> lines(Path file) {
        try {
            return Optional.of(Files.readAllLines(file).stream());
        } catch (IOException | SecurityException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> command(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException failure) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
