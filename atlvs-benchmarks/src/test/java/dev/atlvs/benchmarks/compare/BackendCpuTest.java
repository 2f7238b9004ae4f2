package dev.atlvs.benchmarks.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendCpuTest {

    @TempDir
    Path proc;

    @Test
    void theFirstFieldOfASchedstatLineIsTheNanosecondsOnACpu() {
        // when
        long nanos = BackendCpu.parseSchedstat("84686450 193501819 573\n");

        // then
        assertThat(nanos).isEqualTo(84_686_450L);
        assertThatThrownBy(() -> BackendCpu.parseSchedstat("gone"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a schedstat line");
    }

    @Test
    void onlyTheBackendsOfTheGivenRolesOnTheGivenDatabasesAreFound() throws IOException {
        // given
        process(101, "postgres: atlvs_app atlvs_bench_x 127.0.0.1(40001) idle", "1000 5 1");
        process(102, "postgres: atlvs_bench_bypass atlvs_bench_x 127.0.0.1(40002) idle in transaction", "2000 5 1");
        process(103, "postgres: atlvs_app atlvs_unverified_x [local] SELECT", "3000 5 1");
        process(104, "postgres: atlvs_app atlvs_bench_xy 127.0.0.1(40004) idle", "4000 5 1");
        process(105, "postgres: atlvs_owner atlvs_bench_x 127.0.0.1(40005) idle", "5000 5 1");
        process(106, "postgres: walwriter ", "6000 5 1");
        process(107, "java -cp benchmarks.jar atlvs_app atlvs_bench_x", "7000 5 1");
        Files.createDirectories(proc.resolve("self"));
        Files.writeString(proc.resolve("self").resolve("cmdline"), "postgres: atlvs_app atlvs_bench_x 127.0.0.1(1) idle");
        BackendCpu cpu = new BackendCpu(proc, List.of("atlvs_app", "atlvs_bench_bypass"), List.of("atlvs_bench_x", "atlvs_unverified_x"));

        // when
        long[] backends = cpu.backends();

        // then
        assertThat(backends).containsExactly(101, 102, 103);
        assertThat(cpu.read(backends)).containsExactly(1000, 2000, 3000);
    }

    @Test
    void aBackendThatEndsBetweenTwoReadsIsLeftOutOfTheInterval() throws IOException {
        // given
        process(201, "postgres: app bench 127.0.0.1(40001) idle", "1000 0 1");
        process(202, "postgres: app bench 127.0.0.1(40002) idle", "5000 0 1");
        BackendCpu cpu = new BackendCpu(proc, List.of("app"), List.of("bench"));
        long[] backends = cpu.backends();
        long[] before = cpu.read(backends);
        Files.writeString(proc.resolve("201").resolve("schedstat"), "1750 10 3\n");
        delete(proc.resolve("202"));

        // when
        long[] after = cpu.read(backends);

        // then
        assertThat(after).containsExactly(1750, BackendCpu.UNAVAILABLE);
        assertThat(BackendCpu.consumed(before, after)).isEqualTo(750);
    }

    @Test
    void withoutAReadableProcessFileSystemTheServerPartIsUnavailable() {
        // given
        BackendCpu cpu = new BackendCpu(proc.resolve("absent"), List.of("app"), List.of("bench"));

        // when
        long[] backends = cpu.backends();

        // then
        assertThat(backends).isEmpty();
        assertThat(BackendCpu.consumed(cpu.read(backends), cpu.read(backends))).isEqualTo(BackendCpu.UNAVAILABLE);
    }

    @Test
    void theDatabaseOfAJdbcUrlIsItsPath() {
        // when / then
        assertThat(BackendCpu.database("jdbc:postgresql://localhost:54321/atlvs_bench_x?user=app&password=p")).isEqualTo("atlvs_bench_x");
        assertThat(BackendCpu.database("jdbc:postgresql://127.0.0.1/atlvs_bench_y")).isEqualTo("atlvs_bench_y");
        assertThatThrownBy(() -> BackendCpu.database("jdbc:postgresql://localhost:5432/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no database");
    }

    /** A process directory as Linux has it: the title PostgreSQL set padded with NULs, and a schedstat line. */
    private void process(int pid, String title, String schedstat) throws IOException {
        Path directory = Files.createDirectories(proc.resolve(Integer.toString(pid)));
        byte[] text = title.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[text.length + 16];
        System.arraycopy(text, 0, padded, 0, text.length);
        Files.write(directory.resolve("cmdline"), padded);
        Files.writeString(directory.resolve("schedstat"), schedstat + "\n");
    }

    private static void delete(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }
}
