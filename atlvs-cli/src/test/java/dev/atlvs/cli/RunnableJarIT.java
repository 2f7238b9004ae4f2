package dev.atlvs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar {@code target/atlvs-cli.jar}, run by {@code java -jar} in a JVM of its own as a user runs it: its
 * manifest, its merged services files (every module found) and its logging, against the embedded server.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("atlvs.cli.jar", "target/atlvs-cli.jar"));

    @Test
    void versionNamesTheBuiltVersion() throws Exception {
        // when
        Result version = java(Map.of(), "--version");

        // then
        assertThat(version.exit()).isZero();
        assertThat(version.out()).matches("atlvs \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(version.err()).isEmpty();
    }

    @Test
    void infoFindsEveryModuleOfTheJarUpToDateOnAMigratedDatabase() throws Exception {
        // given
        try (TestDatabase database = TestDatabases.shared().create("RunnableJar")) {
            Map<String, String> environment = Map.of("ATLVS_DB_URL", database.jdbcUrl(), "ATLVS_DB_USER", TestDatabases.OWNER_ROLE,
                    "ATLVS_DB_PASSWORD", database.ownerCredentials().password(), "ATLVS_RUNTIME_ROLE", TestDatabases.APP_ROLE);

            // when
            Result info = java(environment, "info");
            Result verify = java(environment, "verify");

            // then
            assertThat(info.exit()).as(info.err()).isZero();
            assertThat(info.out()).containsPattern("(?m)^core\\s+V\\d+")
                    .containsPattern("(?m)^projects\\s+V\\d+").containsPattern("(?m)^people\\s+V\\d+")
                    .containsPattern("(?m)^finance\\s+V\\d+").containsPattern("(?m)^programming\\s+V\\d+")
                    .containsPattern("(?m)^pipeline\\s+V\\d+").endsWith("up to date" + System.lineSeparator());
            assertThat(info.err()).isEmpty();
            assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
            assertThat(verify.out()).startsWith("no findings: ");
            assertThat(verify.err()).doesNotContain("ERROR").doesNotContain("Exception");
        }
    }

    private record Result(int exit, String out, String err) {}

    private static Result java(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the runnable jar, built by the package phase").isRegularFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("atlvs-cli", ".out");
        Path err = Files.createTempFile("atlvs-cli", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("ATLVS_"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("java -jar " + JAR + " " + String.join(" ", args) + " did not finish");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
