package dev.atlvs.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.benchmarks.compare.Interleaved;
import dev.atlvs.benchmarks.compare.RatioAnalysis;
import dev.atlvs.benchmarks.throughput.ThroughputRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static final Pattern IMAGE_LINK = Pattern.compile("!\\[[^\\]]+\\]\\((charts/[^)]+\\.png)\\)");

    @TempDir
    Path directory;

    @Test
    void everyResultFileGetsItsChartsAsValidPngImagesLinkedFromTheReport() throws IOException {
        // given
        copyFixture("results.json");
        Files.writeString(directory.resolve("ratios.json"), ratios(directory.resolve("forks")));
        Files.writeString(directory.resolve("throughput.json"), throughput().json());

        // when
        Path report = Report.render(directory);

        // then
        String markdown = Files.readString(report);
        List<String> links = links(markdown);
        assertThat(links).containsExactly("charts/latency-results.png", "charts/ratios.png", "charts/latency-ratios.png",
                "charts/throughput.png", "charts/throughput-p99.png");
        for (String link : links) {
            BufferedImage image = ImageIO.read(directory.resolve(link).toFile());
            assertThat(image).as(link).isNotNull();
            assertThat(image.getWidth()).as(link).isEqualTo(Charts.WIDTH);
            assertThat(image.getHeight()).as(link).isGreaterThanOrEqualTo(320);
        }
    }

    @Test
    void theTablesBesideTheChartsCarryTheFiguresOfTheJsonFiles() throws IOException {
        // given
        copyFixture("results.json");
        Files.writeString(directory.resolve("ratios.json"), ratios(directory.resolve("forks")));
        Files.writeString(directory.resolve("throughput.json"), throughput().json());

        // when
        String markdown = Files.readString(Report.render(directory));

        // then
        assertThat(markdown)
                .contains("| jdbcGetById | 22 | 290.0 | 410.0 | 900.0 |")
                .contains("| sdkGetById | 15 | 380.0 | 520.0 | 1,210.0 |")
                .contains("| bulkLoad1000 | 3 | 92,000.0 | 110,000.0 | 120,000.0 |")
                .doesNotContain("openThroughput")
                .contains("| fixture: doubled | slow | fast | 2.00× [")
                .contains("| 4 | 1,000 | 800 | 1.25 | 3 | 2 | 0 |")
                .contains("| 4 | get by id | 400 | 300 | 900 | 700 | 1.33 | 1.29 |");
    }

    @Test
    void aDirectoryWithOnlyTheRatiosRendersOnlyTheRatioCharts() throws IOException {
        // given
        Files.writeString(directory.resolve("ratios.json"), ratios(directory.resolve("forks")));

        // when
        String markdown = Files.readString(Report.render(directory));

        // then
        assertThat(links(markdown)).containsExactly("charts/ratios.png", "charts/latency-ratios.png");
        assertThat(markdown).doesNotContain("Throughput under load").doesNotContain("Latency per operation");
    }

    @Test
    void theCpuTimePerCallOfARunThatKeptItIsChartedAndTabledBesideTheLatencyRatios() throws IOException {
        // given: B costs three times A's CPU per call, 10 µs client and 20 µs server against 30 and 60
        Files.writeString(directory.resolve("ratios.json"), ratios(directory.resolve("forks"), true));

        // when
        String markdown = Files.readString(Report.render(directory));

        // then
        assertThat(links(markdown)).containsExactly("charts/ratios.png", "charts/latency-ratios.png");
        assertThat(markdown)
                .contains("| B / A at p50 [95 % CI] | B / A at p99 [95 % CI] | B / A CPU per call [95 % CI] |")
                .contains("| fixture: doubled | slow | fast | 2.00× [2.00, 2.00] | 2.00× [2.00, 2.00] | 3.00× [3.00, 3.00] |")
                .containsPattern("\\| fixture: doubled \\| fast \\| 80 \\|[^\\n]*\\| 10\\.0 \\| 20\\.0 \\| 30\\.0 \\|")
                .containsPattern("\\| fixture: doubled \\| slow \\| 80 \\|[^\\n]*\\| 30\\.0 \\| 60\\.0 \\| 90\\.0 \\|");
    }

    @Test
    void ratiosOfARunThatKeptNoCpuTimeShowItAsNotAvailable() throws IOException {
        // given
        Files.writeString(directory.resolve("ratios.json"), ratios(directory.resolve("forks")));

        // when
        String markdown = Files.readString(Report.render(directory));

        // then
        assertThat(markdown).contains("| fixture: doubled | slow | fast | 2.00× [").contains("| n/a |\n")
                .contains("| n/a | n/a | n/a |\n").doesNotContain("CPU time per call: the client's");
    }

    @Test
    void aDirectoryWithoutResultsIsRefusedWithoutWritingAReport() {
        // when / then
        assertThatThrownBy(() -> Report.render(directory))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no benchmark results");
        assertThat(directory.resolve("report.md")).doesNotExist();
    }

    @Test
    void theThroughputRunReadsBackAsWritten() {
        // given
        ThroughputRun run = throughput();

        // when
        ThroughputRun read = ThroughputRun.fromJson(run.json());

        // then
        assertThat(read).isEqualTo(run);
    }

    private void copyFixture(String name) throws IOException {
        try (InputStream in = ReportTest.class.getResourceAsStream("/report/" + name)) {
            assertThat(in).as(name).isNotNull();
            Files.copy(in, directory.resolve(name));
        }
    }

    private static List<String> links(String markdown) {
        List<String> links = new ArrayList<>();
        Matcher matcher = IMAGE_LINK.matcher(markdown);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    /** The JSON of a real analysis of two forks' calls, B exactly twice as slow as A in every round, without CPU time. */
    static String ratios(Path forks) throws IOException {
        return ratios(forks, false);
    }

    /**
     * The JSON of a real analysis of two forks' calls, B exactly twice as slow as A in every round; with {@code cpu}, each
     * block's CPU time as well, per call 10 µs client and 20 µs server for A, three times as much for B.
     */
    private static String ratios(Path forks, boolean cpu) throws IOException {
        Files.createDirectories(forks);
        Random random = new Random(7);
        List<Path> files = new ArrayList<>();
        for (int fork = 0; fork < 2; fork++) {
            StringBuilder lines = new StringBuilder();
            for (int round = 0; round < 4; round++) {
                StringBuilder fast = new StringBuilder();
                StringBuilder slow = new StringBuilder();
                for (int call = 0; call < 10; call++) {
                    long nanos = 100_000 + random.nextInt(50_000);
                    fast.append(call == 0 ? "" : ",").append(nanos);
                    slow.append(call == 0 ? "" : ",").append(2 * nanos);
                }
                lines.append("fixture: doubled\tfast\t").append(fork).append('\t').append(round).append('\t').append(fast)
                        .append(cpu ? "\t100000\t200000" : "").append('\n');
                lines.append("fixture: doubled\tslow\t").append(fork).append('\t').append(round).append('\t').append(slow)
                        .append(cpu ? "\t300000\t600000" : "").append('\n');
            }
            Path file = forks.resolve("fork-" + fork + ".tsv");
            Files.writeString(file, lines);
            files.add(file);
        }
        return RatioAnalysis.of(new Interleaved.Settings(2, 4, 0, 10, 11, 200, ""), files).json();
    }

    private static ThroughputRun throughput() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("get by id", 60);
        mix.put("update", 40);
        List<ThroughputRun.Level> levels = new ArrayList<>();
        for (int threads : new int[] {1, 4}) {
            levels.add(new ThroughputRun.Level(threads, List.of(
                    new ThroughputRun.Side("SDK", 10, 250L * threads * 10, 250.0 * threads, threads - 1, Map.of(), List.of(
                            new ThroughputRun.OperationFigures("get by id", 150L * threads * 10, 0, 100.0 * threads, 150, 225.0 * threads, 2_000),
                            new ThroughputRun.OperationFigures("update", 100L * threads * 10, threads - 1, 200.0 * threads, 300, 450.0 * threads, 4_000))),
                    new ThroughputRun.Side("JDBC", 10, 200L * threads * 10, 200.0 * threads, threads / 2, Map.of(), List.of(
                            new ThroughputRun.OperationFigures("get by id", 120L * threads * 10, 0, 75.0 * threads, 100, 175.0 * threads, 1_500),
                            new ThroughputRun.OperationFigures("update", 80L * threads * 10, threads / 2, 150.0 * threads, 200, 350.0 * threads, 3_000))))));
        }
        return new ThroughputRun("Throughput fixture", "Two levels, two operations.",
                new ThroughputRun.Settings(8, List.of(1, 4), 10, 2, 10, 1000, 42, 1.0, 3, mix), levels);
    }
}
