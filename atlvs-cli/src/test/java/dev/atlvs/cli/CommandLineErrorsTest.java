package dev.atlvs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.error.CoreErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandLineErrorsTest {

    @Test
    void anOrganizationCountOutOfRangeIsAUsageErrorNamingTheOption() throws Exception {
        // given
        try (EmptyDatabase database = EmptyDatabase.create()) {

            // when
            CliRun seed = CliRun.against(database.url(), "seed", "--organizations", "0");

            // then
            assertThat(seed.exit()).isEqualTo(2);
            assertThat(seed.err()).startsWith("--organizations must be between 1 and 1000, was 0").contains("Usage: atlvs seed");
            assertThat(seed.out()).isEmpty();
        }
    }

    @Test
    void anUnknownOptionAndAMissingCommandAreUsageErrors() {
        // when
        CliRun unknown = CliRun.of("info", "--url", "jdbc:postgresql://localhost/atlvs", "--colour");
        CliRun none = CliRun.of();
        CliRun badFormat = CliRun.of("info", "--url", "jdbc:postgresql://localhost/atlvs", "--output", "yaml");

        // then
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("Unknown option: '--colour'");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("name a command: migrate, info, verify");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--output").contains("yaml");
    }

    @Test
    void verifyOnADatabaseNeverMigratedNamesTheSetupErrorAndWhatToRunWithoutAStackTrace() throws Exception {
        // given
        PrintStream console = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (EmptyDatabase database = EmptyDatabase.create()) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CliRun verify;
            try {
                // when
                verify = CliRun.against(database.url(), "verify");
            } finally {
                System.setErr(console);
            }

            // then
            assertThat(verify.exit()).isEqualTo(1);
            assertThat(verify.err()).isEqualTo("error 1910 SCHEMA_MISSING: the database " + database.name()
                    + " has no schema atlvs: run `atlvs migrate --runtime-role <role>` first" + System.lineSeparator());
            assertThat(CoreErrorCode.SCHEMA_MISSING.number()).isEqualTo(1910);
            assertThat(verify.out()).isEmpty();
            assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void anUnreachableServerIsASetupErrorNamingTheConnectionOptions() {
        // when
        CliRun info = CliRun.of("info", "--url", "jdbc:postgresql://127.0.0.1:1/atlvs", "--user", "atlvs_owner", "--connect-timeout", "1");

        // then
        assertThat(info.exit()).isEqualTo(1);
        assertThat(info.err()).startsWith("error 1916 DATABASE_UNREACHABLE: cannot connect to the database (SQLSTATE 08001): ").contains("check --url, --user and --password").doesNotContain("\tat ");
    }
}
