package dev.atlvs.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunAgreementTest {

    @TempDir
    Path directory;

    private Path first;
    private Path second;

    @org.junit.jupiter.api.BeforeEach
    void twoRunDirectories() throws IOException {
        first = Files.createDirectory(directory.resolve("first"));
        second = Files.createDirectory(directory.resolve("second"));
    }

    @Test
    void intervalsThatOverlapAgreeAndDisjointOnesAreListedWithBothRuns() throws IOException {
        // given: get by id agrees at p50 and p99 but not in CPU time; the page's p50 touches (1.20 = 1.20)
        Files.writeString(first.resolve("ratios.json"), ratios(
                comparison("SDK / JDBC: get by id", "sdk", "1.06, 1.05, 1.09", "1.39, 1.00, 2.85", "1.09, 1.06, 1.13"),
                comparison("SDK / JDBC: keyset page", "sdk", "1.16, 1.12, 1.20", "1.20, 1.00, 1.40", "1.19, 1.17, 1.21")));
        Files.writeString(second.resolve("ratios.json"), ratios(
                comparison("SDK / JDBC: get by id", "sdk", "1.08, 1.06, 1.10", "1.80, 0.90, 4.40", "1.21, 1.16, 1.28"),
                comparison("SDK / JDBC: keyset page", "sdk", "1.25, 1.20, 1.30", "1.30, 1.10, 1.60", "1.20, 1.15, 1.25"),
                comparison("bulk / ceiling", "bulk", "16.7, 15.9, 17.4", "7.5, 4.3, 12.5", "16.0, 15.4, 16.4")));

        // when
        List<RunAgreement.Pair> pairs = RunAgreement.pairs(first.resolve("ratios.json"), second.resolve("ratios.json"));
        Path written = RunAgreement.write(first, second);

        // then: only the ratios both runs hold are compared, three measures each
        assertThat(pairs).hasSize(6);
        assertThat(pairs).filteredOn(pair -> !pair.agrees())
                .extracting(RunAgreement.Pair::comparison, RunAgreement.Pair::measure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SDK / JDBC: get by id", "CPU"));
        String report = Files.readString(written);
        assertThat(report).contains("6 intervals compared").contains("1 do not overlap")
                .contains("| SDK / JDBC: get by id | sdk | CPU | 1.09× [1.06, 1.13] | 1.21× [1.16, 1.28] |")
                .doesNotContain("bulk / ceiling");
    }

    @Test
    void theReportSaysWhetherBothRunsNameTheSameProcessor() throws IOException {
        // given: two runs with one ratio each, first without machine.md
        String ratios = ratios(comparison("SDK / JDBC: get by id", "sdk", "1.06, 1.05, 1.09", "1.39, 1.00, 2.85", "1.09, 1.06, 1.13"));
        Files.writeString(first.resolve("ratios.json"), ratios);
        Files.writeString(second.resolve("ratios.json"), ratios);
        Files.writeString(second.resolve("machine.md"), machine("Intel(R) Xeon(R) Processor"));

        // when / then: not checked while one run has no machine.md
        assertThat(Files.readString(RunAgreement.write(first, second)))
                .contains("whether they ran on the same machine is not checked");

        // when / then: the same processor
        Files.writeString(first.resolve("machine.md"), machine("Intel(R) Xeon(R) Processor"));
        assertThat(Files.readString(RunAgreement.write(first, second)))
                .contains("Both runs name the same processor in `machine.md`: Intel(R) Xeon(R) Processor.");

        // when / then: different processors, both named
        Files.writeString(first.resolve("machine.md"), machine("AMD EPYC"));
        assertThat(Files.readString(RunAgreement.write(first, second)))
                .contains("first: AMD EPYC; second: Intel(R) Xeon(R) Processor")
                .contains("say nothing about load");
    }

    @Test
    void aFileWithoutComparisonsIsRefusedNamingIt() throws IOException {
        // given
        Files.writeString(first.resolve("ratios.json"), "{}");
        Files.writeString(second.resolve("ratios.json"), ratios());

        // when / then
        assertThatThrownBy(() -> RunAgreement.write(first, second))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ratios.json").hasMessageContaining("holds no comparisons");
    }

    private static String machine(String processor) {
        return "# The machine of this run\n\n| | |\n|---|---|\n| processor | " + processor + " |\n| cores seen by the JVM | 2 |\n";
    }

    private static String ratios(String... comparisons) {
        return "{\"settings\": {}, \"comparisons\": [" + String.join(", ", comparisons) + "]}";
    }

    private static String comparison(String name, String variant, String p50, String p99, String cpu) {
        return "{\"name\": \"" + name + "\", \"latencies\": [], \"cpu\": [], \"ratios\": [{\"variant\": \"" + variant
                + "\", \"baseline\": \"a\", \"p50\": " + interval(p50) + ", \"p99\": " + interval(p99) + ", \"p50ByFork\": [], \"cpu\": "
                + interval(cpu) + "}]}";
    }

    private static String interval(String ratioLowHigh) {
        String[] parts = ratioLowHigh.split(",\\s*");
        return "{\"ratio\": " + parts[0] + ", \"low\": " + parts[1] + ", \"high\": " + parts[2] + "}";
    }
}
