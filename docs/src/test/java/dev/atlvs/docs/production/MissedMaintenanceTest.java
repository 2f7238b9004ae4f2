package dev.atlvs.docs.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the production-setup guide says of a missed maintenance run: a month without its audit partition. The month's
 * partition is taken away as the server's administrator, which leaves the database exactly as it is when the
 * partitions were not created ahead of time; nothing is lost, and the next run repairs it.
 */
class MissedMaintenanceTest {
    private TestDatabase database;
    private Atlvs atlvs;
    private OrganizationFixture org;
    private String partition;

    @BeforeEach
    void aMonthWithoutItsAuditPartition() throws SQLException {
        database = TestDatabases.shared().create(MissedMaintenanceTest.class);
        atlvs = database.atlvsBuilder().migrateAs(database.ownerDataSource(), TestDatabases.APP_ROLE).build();
        org = new Fixtures(atlvs).organization("Harbour Sound");
        YearMonth month = YearMonth.from(LocalDate.now(atlvs.clock()));
        partition = String.format("audit_logs_y%04dm%02d", month.getYear(), month.getMonthValue());
        execute("alter table atlvs.audit_logs detach partition atlvs." + partition);
        execute("drop table atlvs." + partition);
    }

    @AfterEach
    void dropTheDatabase() {
        database.close();
    }

    @Test
    void theChangesOfAMonthWithoutItsPartitionAreAuditedInTheDefaultPartition() throws SQLException {
        // given
        long before = count("select count(*) from atlvs.audit_logs_default");

        // when
        org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder().organizationId(org.id())
                .name("Elbe Warehouse").type(LocationType.WAREHOUSE).build()));

        // then
        assertThat(count("select count(*) from atlvs.audit_logs_default")).isEqualTo(before + 1);
        assertThat(count("select count(*) from atlvs.audit_logs where table_name = 'locations'")).isEqualTo(1);
    }

    @Test
    void theNextRunCreatesTheMonthsPartitionAndMovesItsRowsOutOfTheDefaultPartition() throws SQLException {
        // given
        long before = count("select count(*) from atlvs.audit_logs_default");
        org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder().organizationId(org.id())
                .name("Elbe Warehouse").type(LocationType.WAREHOUSE).build()));

        // when
        List<String> created = atlvs.createAuditPartitions(LocalDate.now(atlvs.clock()).plusMonths(3));

        // then
        assertThat(created).contains(partition);
        assertThat(count("select count(*) from atlvs.audit_logs_default")).isEqualTo(before);
        assertThat(count("select count(*) from atlvs." + partition + " where table_name = 'locations'")).isEqualTo(1);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
