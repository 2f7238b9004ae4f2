package dev.atlvs.core.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * When the maintenance is not run in time, a row of a month without its partition is not refused nor lost: it lands
 * in the log's default partition, and the next run creates the month's partition with the row moved into it.
 */
@AtlvsTest
class MissedPartitionTest {

    @Test
    void aRowOfAMonthWithoutItsPartitionLandsInTheDefaultPartition(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture org = fixtures.organization("Missed Schedule Live");
        YearMonth unprepared = LiveRows.thisMonth().plusMonths(18);

        // when
        LiveRows.webhookAttempts(database, org, 1, "'%s'::timestamptz".formatted(unprepared.atDay(10) + " 12:00:00+00"));

        // then
        assertThat(LiveRows.partitionOfAttempt(database, onlyAttempt(database, org.id()))).isEqualTo("atlvs.webhook_logs_default");
    }

    @Test
    void theNextRunCreatesTheMonthsPartitionAndMovesItsRowsIn(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture org = fixtures.organization("Late Maintenance Live");
        YearMonth unprepared = LiveRows.thisMonth().plusMonths(20);
        LiveRows.webhookAttempts(database, org, 1, "'%s'::timestamptz".formatted(unprepared.atDay(3) + " 08:30:00+00"));
        UUID attempt = onlyAttempt(database, org.id());
        LiveRows.Snapshot before = LiveRows.rows(database, "webhook_logs", org.id());

        // when
        List<String> created = LiveRows.maintenance(database).createPartitions(unprepared.atEndOfMonth());

        // then
        String partition = "webhook_logs_y%04dm%02d".formatted(unprepared.getYear(), unprepared.getMonthValue());
        assertThat(created).contains(partition, "audit_logs_y%04dm%02d".formatted(unprepared.getYear(), unprepared.getMonthValue()));
        assertThat(LiveRows.partitionOfAttempt(database, attempt)).isEqualTo("atlvs." + partition);
        assertThat(LiveRows.rows(database, "webhook_logs", org.id())).isEqualTo(before);
    }

    private static UUID onlyAttempt(TestDatabase database, UUID organization) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("select id from atlvs.webhook_logs where organization_id = ?")) {
            statement.setObject(1, organization);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                UUID id = row.getObject(1, UUID.class);
                assertThat(row.next()).isFalse();
                return id;
            }
        }
    }
}
