package dev.atlvs.cli.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.cli.AtlvsCli;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.organization.ImmutableOrganization;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlvs maintenance} against the embedded server, in-process: the scheduled run archives a month of audit rows
 * and the restore brings it back with the same count and checksum.
 */
@AtlvsTest
class MaintenanceCommandTest {

    /** What one run of the tool printed and returned. */
    private record Outcome(int status, String out, String err) {}

    private static Outcome atlvs(TestDatabase database, String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        args.addAll(List.of("--url", database.jdbcUrl(), "--user", database.ownerCredentials().user(),
                "--password=" + database.ownerCredentials().password()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = AtlvsCli.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Outcome(status, out.toString(), err.toString());
    }

    /** The count and checksum of an organization's live audit rows, read past row-level security by the administrator. */
    private static String auditRows(TestDatabase database, UUID organization) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set time zone 'UTC'");
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "select count(*) || ' ' || coalesce(md5(string_agg(t::text, e'\\n' order by t.id)), '-') from atlvs.audit_logs t "
                            + "where t.organization_id = ?")) {
                statement.setObject(1, organization);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        }
    }

    private static OrganizationFixture organizationKeepingThirtyDays(Fixtures fixtures, Atlvs atlvs, String name) {
        OrganizationFixture org = fixtures.organization(name);
        Organization current = atlvs.platform().getOrganization(org.id());
        atlvs.platform().updateOrganization(ImmutableOrganization.copyOf(current).withAuditLogRetentionDays(30).withWebhookLogRetentionDays(30));
        for (String stage : new String[] {"Main Stage", "Club Stage"}) {
            org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                    .organizationId(org.id()).name(stage).type(LocationType.VENUE).build()));
        }
        return org;
    }

    /** The first day on which a retention of 30 days has passed this month's end (rows are dated by the database's clock). */
    private static LocalDate dayPastThirtyDaysRetention() {
        return YearMonth.now(ZoneOffset.UTC).plusMonths(1).atDay(1).plusDays(30);
    }

    @Test
    void theScheduledRunArchivesAMonthAndTheRestoreBringsItBackUnchanged(Fixtures fixtures, Atlvs atlvs, TestDatabase database,
            @TempDir Path dir) throws SQLException {
        // given
        OrganizationFixture org = organizationKeepingThirtyDays(fixtures, atlvs, "Scheduled Archive Live");
        String before = auditRows(database, org.id());
        YearMonth month = YearMonth.now(ZoneOffset.UTC);

        // when
        Outcome run = atlvs(database, "maintenance", "run", "--dir", dir.toString(), "--today", dayPastThirtyDaysRetention().toString());

        // then
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("partitions of audit_logs and webhook_logs exist through", "archived audit_logs",
                month + " " + org.id());
        assertThat(auditRows(database, org.id())).isEqualTo("0 -");
        assertThat(dir.resolve("audit_logs").resolve(month.toString()).resolve(org.id() + ".csv.gz")).isRegularFile();

        // when
        Outcome restore = atlvs(database, "maintenance", "restore", "--dir", dir.toString(), "--month", month.toString(),
                "--organization", org.id().toString(), "--table", "audit_logs");

        // then
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("restored audit_logs", before.substring(0, before.indexOf(' ')) + " rows");
        assertThat(auditRows(database, org.id())).isEqualTo(before);
    }

    @Test
    void aDryRunPrintsWhatIsDueAndChangesNothing(Fixtures fixtures, Atlvs atlvs, TestDatabase database, @TempDir Path dir) throws Exception {
        // given
        OrganizationFixture org = organizationKeepingThirtyDays(fixtures, atlvs, "Dry Run Live");
        String before = auditRows(database, org.id());

        // when
        Outcome plan = atlvs(database, "maintenance", "archive", "--dir", dir.toString(), "--today", dayPastThirtyDaysRetention().toString(),
                "--dry-run");

        // then
        assertThat(plan.status()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("audit_logs", org.id().toString(), "30 d", "dry run: nothing was changed");
        assertThat(auditRows(database, org.id())).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMalformedMonthIsAUsageErrorNamingTheOption(TestDatabase database, @TempDir Path dir) {
        // when
        Outcome restore = atlvs(database, "maintenance", "restore", "--dir", dir.toString(), "--month", "2026-13");

        // then
        assertThat(restore.status()).isEqualTo(2);
        assertThat(restore.err()).contains("--month", "must be a month written yyyy-mm");
    }

    @Test
    void restoringAMonthThatWasNeverArchivedSaysSo(TestDatabase database, @TempDir Path dir) {
        // when
        Outcome restore = atlvs(database, "maintenance", "restore", "--dir", dir.toString(), "--month", "2019-01");

        // then
        assertThat(restore.status()).isEqualTo(2);
        assertThat(restore.err()).contains("holds no archive of audit_logs or webhook_logs for 2019-01");
    }
}
