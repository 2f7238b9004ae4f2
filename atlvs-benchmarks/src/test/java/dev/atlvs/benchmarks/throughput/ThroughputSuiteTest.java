package dev.atlvs.benchmarks.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.benchmarks.TaskOperations;
import dev.atlvs.core.error.StaleVersionException;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ThroughputSuiteTest {

    @Test
    void aStaleVersionOfEitherSideIsAConflictNotAnError() {
        // given
        var sdk = new StaleVersionException("task", new UUID(0, 1), 3);
        var jdbc = new TaskOperations.StaleVersion("atlvs.project_tasks");

        // when / then
        assertThat(ThroughputSuite.isConflict(sdk)).isTrue();
        assertThat(ThroughputSuite.isConflict(jdbc)).isTrue();
    }

    @Test
    void anyOtherFailureIsAnErrorNamedByItsSqlState() {
        // given
        var failure = new IllegalStateException("wrapped", new SQLException("deadlock detected", "40P01"));

        // when / then
        assertThat(ThroughputSuite.isConflict(failure)).isFalse();
        assertThat(ThroughputSuite.kind(failure)).isEqualTo("IllegalStateException SQLState 40P01");
    }

    @Test
    void theSettingsDefaultToFiveLevelsOnAPoolOfEight() {
        // when
        ThroughputRun.Settings settings = ThroughputSuite.settings(100);

        // then
        assertThat(settings.threads()).containsExactly(1, 2, 4, 8, 16);
        assertThat(settings.poolSize()).isEqualTo(8);
        assertThat(settings.mix()).containsEntry("get by id", 40).containsEntry("update", 15);
    }
}
