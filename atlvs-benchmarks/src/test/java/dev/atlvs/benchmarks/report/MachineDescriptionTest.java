package dev.atlvs.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.benchmarks.DataGenerator;
import dev.atlvs.benchmarks.MachineDescription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineDescriptionTest {

    @TempDir
    Path directory;

    @Test
    void theRecordNamesItsProfileMachineAndPartsAndTheReportLinksIt() throws IOException {
        // given
        Map<String, Double> minutes = new LinkedHashMap<>();
        minutes.put("task suite (JMH)", 1.54);
        minutes.put("whole record", 12.0);
        Files.writeString(directory.resolve("ratios.json"), ReportTest.ratios(directory.resolve("forks")));

        // when
        Path machine = MachineDescription.write(directory, DataGenerator.Profile.QUICK,
                "embedded PostgreSQL 17.11, on the same machine as the client; fsync off", 100, 100_000, minutes);
        String report = Files.readString(Report.render(directory));

        // then
        String text = Files.readString(machine);
        assertThat(text)
                .contains("| profile | quick: 100 organizations, 100,000 tasks |")
                .contains("| cores seen by the JVM | " + Runtime.getRuntime().availableProcessors() + " |")
                .contains("| database | embedded PostgreSQL 17.11, on the same machine as the client; fsync off |")
                .contains("| task suite (JMH) | 1.5 |")
                .contains("| whole record | 12.0 |");
        if (Files.isReadable(Path.of("/proc/cpuinfo"))) {
            String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("n/a");
            assertThat(text).contains("| processor | " + model + " |");
        }
        assertThat(report).contains("[machine.md](machine.md)");
    }

    @Test
    void aReportWithoutAMachineDescriptionLinksNone() throws IOException {
        // given
        Files.writeString(directory.resolve("ratios.json"), ReportTest.ratios(directory.resolve("forks")));

        // when
        String report = Files.readString(Report.render(directory));

        // then
        assertThat(report).doesNotContain("machine.md");
    }
}
