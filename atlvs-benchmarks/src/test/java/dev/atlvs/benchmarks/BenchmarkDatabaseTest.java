package dev.atlvs.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.PostgresServer;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/** A run's record names its server with the settings that decide what a commit waits for. */
@AtlvsTest
class BenchmarkDatabaseTest {

    @Test
    void theServerIsNamedWithItsDurabilitySettings(TestDatabase database) {
        // when
        String server = BenchmarkDatabase.describeServer(database);

        // then: the embedded server of the tests runs without durability, and says so; another server is named by its place
        if (database.server().kind() == PostgresServer.Kind.EMBEDDED) {
            assertThat(server).isEqualTo("embedded PostgreSQL " + database.server().version() + ", on the same machine as the client; "
                    + "fsync off, synchronous_commit off, full_page_writes off (not durable: a commit does not wait for the disk)");
        } else {
            assertThat(server).startsWith("PostgreSQL " + database.server().version() + " (")
                    .contains("at " + database.server().host() + ":" + database.server().port())
                    .containsPattern("; fsync (on|off), synchronous_commit \\w+, full_page_writes (on|off) \\(");
        }
    }
}
