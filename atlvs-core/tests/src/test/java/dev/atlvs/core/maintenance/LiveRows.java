package dev.atlvs.core.maintenance;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.organization.ImmutableOrganization;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the maintenance tests compare: the count and content checksum of an organization's live rows, read by the
 * server's administrator (past row-level security) in the same form the archive's manifest holds, and the helpers
 * that put rows where the tests need them.
 */
final class LiveRows {

    private static final Pattern SHARD_SUFFIX = Pattern.compile("_(\\d+)$");

    private LiveRows() {}

    /** The count and checksum of a set of rows. */
    record Snapshot(long rows, String checksum) {}

    /** The maintenance of the test database, working through the owner's pool as a deployment would. */
    static Maintenance maintenance(TestDatabase database) {
        Atlvs owner = database.atlvsBuilder().migrateAs(database.ownerDataSource(), TestDatabases.APP_ROLE).build();
        return owner.maintenance();
    }

    /** The month the database's clock is in (UTC), where the SDK's writes land. */
    static YearMonth thisMonth() {
        return YearMonth.now(ZoneOffset.UTC);
    }

    /**
     * The first day on which a retention of {@code retentionDays} has passed the current month's end. The audit
     * trigger dates every row with the database's clock, and rows are append-only: rather than forging rows dated in
     * the past, the tests write real rows now and move the maintenance's "today" forward.
     */
    static LocalDate whenThisMonthIsPast(int retentionDays) {
        return thisMonth().plusMonths(1).atDay(1).plusDays(retentionDays);
    }

    /** {@code org} with the given retention settings, changed through the platform. */
    static Organization withRetention(Atlvs atlvs, OrganizationFixture org, int auditDays, int webhookDays) {
        Organization current = atlvs.platform().getOrganization(org.id());
        return atlvs.platform().updateOrganization(ImmutableOrganization.copyOf(current)
                .withAuditLogRetentionDays(auditDays).withWebhookLogRetentionDays(webhookDays));
    }

    /** The organization's live rows of {@code table} (audit_logs or webhook_logs). */
    static Snapshot rows(TestDatabase database, String table, UUID organization) throws SQLException {
        return snapshot(database, "select count(*), md5(string_agg(t::text, e'\\n' order by t.id)) from atlvs." + table
                + " t where t.organization_id = ?", organization);
    }

    /** The organization's live sealed values of the audit trail. */
    static Snapshot sealedValues(TestDatabase database, UUID organization) throws SQLException {
        return snapshot(database, "select count(*), md5(string_agg(t::text, e'\\n' order by t.id)) from atlvs.audit_sealed_values t "
                + "where t.organization_id = ?", organization);
    }

    private static Snapshot snapshot(TestDatabase database, String sql, UUID organization) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set time zone 'UTC'");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, organization);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return new Snapshot(row.getLong(1), row.getString(2));
                }
            }
        }
    }

    /**
     * Writes {@code count} webhook delivery attempts of {@code org} dated {@code at} (an SQL timestamptz expression),
     * as the schema owner in a context of the organization: the relay writes them so, after a delivery attempt,
     * and the tests need attempts without an endpoint to call.
     */
    static void webhookAttempts(TestDatabase database, OrganizationFixture org, int count, String at) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection()) {
            connection.setAutoCommit(false);
            SqlContext.of(database).system(connection, org.id(), null);
            // One insert ... values per attempt, as the relay writes them (Citus writes an insert ... select of computed
            // rows with COPY, which a shard under row-level security refuses).
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into atlvs.webhook_logs (organization_id, attempted_at, delivery_id, webhook_id, event_id, attempt, outcome,
                                                    status_code, latency_ms, response_excerpt)
                    values (?, %s, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), ?, 'failed', 503, ?, 'Service Unavailable')"""
                    .formatted(at))) {
                for (int n = 1; n <= count; n++) {
                    statement.setObject(1, org.id());
                    statement.setInt(2, n);
                    statement.setInt(3, 40 * n);
                    statement.executeUpdate();
                }
            }
            connection.commit();
        }
    }

    /** The partition (or default partition) that holds the webhook attempt {@code id}. */
    static String partitionOfAttempt(TestDatabase database, UUID id) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection()) {
            String table;
            try (PreparedStatement statement = connection.prepareStatement("select tableoid::regclass::text from atlvs.webhook_logs where id = ?")) {
                statement.setObject(1, id);
                try (ResultSet row = statement.executeQuery()) {
                    table = row.next() ? row.getString(1) : null;
                }
            }
            return table == null ? null : tableOfShard(connection, table);
        }
    }

    /**
     * The table that {@code table}, a row's {@code tableoid}, stands for: on Citus a row is read from a shard of its
     * partition ({@code <partition>_<shard id>}), and the partition is the table the shard belongs to; elsewhere the
     * partition itself.
     */
    private static String tableOfShard(Connection connection, String table) throws SQLException {
        Matcher shard = SHARD_SUFFIX.matcher(table);
        if (!shard.find()) {
            return table;
        }
        try (Statement statement = connection.createStatement();
                ResultSet citus = statement.executeQuery("select to_regclass('pg_catalog.pg_dist_shard') is not null")) {
            citus.next();
            if (!citus.getBoolean(1)) {
                return table;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select logicalrelid::regclass::text from pg_catalog.pg_dist_shard where shardid = ?")) {
            statement.setLong(1, Long.parseLong(shard.group(1)));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : table;
            }
        }
    }
}
