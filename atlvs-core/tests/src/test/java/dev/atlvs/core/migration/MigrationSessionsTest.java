package dev.atlvs.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Migrations run in sessions of their own settings: in UTC whatever the migrating host's time zone, so that the first
 * months' partitions of the logs have UTC bounds like every later one; and the owner's pool gets its connections back
 * with their own settings.
 */
@AtlvsTest
class MigrationSessionsTest {

    @Test
    void aHostInAnotherTimeZoneMigratesPartitionsWithUtcBoundsAndKeepsItsSessionSettings(TestDatabase database) throws Exception {
        String name = "sessions_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name + " owner " + TestDatabases.OWNER_ROLE + " template template0 encoding 'UTF8'");
        }
        try {
            // given: the owner's pool, its sessions in Auckland's time zone
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(database.server().jdbcUrl(name));
            config.setUsername(database.ownerCredentials().user());
            config.setPassword(database.ownerCredentials().password());
            config.setMaximumPoolSize(2);
            config.setConnectionInitSql("set time zone 'Pacific/Auckland'");
            try (HikariDataSource owner = new HikariDataSource(config)) {
                // when
                AtlvsMigrations.on(owner).runtimeRole(TestDatabases.APP_ROLE).migrate();

                // then: this month's partitions start at midnight UTC
                YearMonth month = YearMonth.now(ZoneOffset.UTC);
                String suffix = String.format("_y%dm%02d", month.getYear(), month.getMonthValue());
                try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("set time zone 'UTC'");
                    List<String> bounds = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery("select c.relname, pg_get_expr(c.relpartbound, c.oid) from pg_class c "
                            + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'atlvs' and c.relname in ('audit_logs"
                            + suffix + "', 'webhook_logs" + suffix + "') order by 1")) {
                        while (rows.next()) {
                            bounds.add(rows.getString(1) + " " + rows.getString(2));
                        }
                    }
                    assertThat(bounds).containsExactly(
                            "audit_logs" + suffix + " FOR VALUES FROM ('" + month.atDay(1) + " 00:00:00+00') TO ('"
                                    + month.plusMonths(1).atDay(1) + " 00:00:00+00')",
                            "webhook_logs" + suffix + " FOR VALUES FROM ('" + month.atDay(1) + " 00:00:00+00') TO ('"
                                    + month.plusMonths(1).atDay(1) + " 00:00:00+00')");
                    statement.execute("set time zone 'Pacific/Auckland'");
                }
                // and the pool's sessions keep their own time zone and messages level
                for (int i = 0; i < 2; i++) {
                    try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
                            ResultSet row = statement.executeQuery("select current_setting('TimeZone'), current_setting('client_min_messages')")) {
                        row.next();
                        assertThat(row.getString(1)).isEqualTo("Pacific/Auckland");
                        assertThat(row.getString(2)).isEqualTo("notice");
                    }
                }
            }
        } finally {
            try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }
}
