package dev.atlvs.core.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Only the schema owner removes archived rows, and only through the purge of an archived month: the run-time role
 * can neither call the purge nor delete audit rows, even with the purge's mark set by hand, and the owner's own
 * statements outside the purge still meet the append-only trigger.
 */
@AtlvsTest
class ArchivePermissionsTest {

    private static final String PURGE = "select atlvs.purge_archived_month('audit_logs', '%s', date_trunc('month', now())::date, 0, md5(''), 0, md5(''))";

    @Test
    void theRunTimeRoleCannotCallThePurge(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture org = audited(fixtures, "Purge Callers Live");

        // when
        String refusal = refusal(database.appDataSource(), database, org, PURGE.formatted(org.id()));

        // then
        assertThat(refusal).isEqualTo("42501");
    }

    @Test
    void theRunTimeRoleCannotDeleteAuditRowsEvenWithThePurgesMarkSetByHand(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture org = audited(fixtures, "Forged Purge Live");
        long before = LiveRows.rows(database, "audit_logs", org.id()).rows();

        // when
        String refusal = refusal(database.appDataSource(), database, org,
                "select set_config('atlvs.purging_archive', 'audit_logs', true); delete from atlvs.audit_logs");

        // then
        assertThat(refusal).isEqualTo("42501");
        assertThat(LiveRows.rows(database, "audit_logs", org.id()).rows()).isEqualTo(before).isPositive();
    }

    @Test
    void theRunTimeRoleCannotDeleteAuditRowsEvenWithThePurgesMarkSentToEveryShard(Fixtures fixtures, TestDatabase database)
            throws SQLException {
        // given
        OrganizationFixture org = audited(fixtures, "Forged Shard Purge Live");
        long before = LiveRows.rows(database, "audit_logs", org.id()).rows();

        // when: the mark set as the purge sets it, with SET LOCAL where Citus is loaded (sent to every shard connection)
        String refusal = refusal(database.appDataSource(), database, org,
                "select atlvs.set_local('atlvs.purging_archive', 'audit_logs'); delete from atlvs.audit_logs");

        // then
        assertThat(refusal).isEqualTo("42501");
        assertThat(LiveRows.rows(database, "audit_logs", org.id()).rows()).isEqualTo(before).isPositive();
    }

    @Test
    void theRunTimeRoleCannotDropOrCreateAMonthsPartition(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture org = audited(fixtures, "Partition Droppers Live");

        // when / then
        assertThat(refusal(database.appDataSource(), database, org,
                "select atlvs.drop_empty_month_partition('atlvs.audit_logs', date '2001-01-01')")).isEqualTo("42501");
        assertThat(refusal(database.appDataSource(), database, org,
                "select atlvs.create_month_partition('atlvs.audit_logs', date '2001-01-01')")).isEqualTo("42501");
    }

    @Test
    void theOwnersOwnDeleteOutsideThePurgeMeetsTheAppendOnlyTrigger(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture org = audited(fixtures, "Owner Delete Live");
        long before = LiveRows.rows(database, "audit_logs", org.id()).rows();

        // when
        String refusal = refusal(database.ownerDataSource(), database, org, "delete from atlvs.audit_logs");

        // then
        assertThat(refusal).isEqualTo("42501");
        assertThat(LiveRows.rows(database, "audit_logs", org.id()).rows()).isEqualTo(before);
    }

    private static OrganizationFixture audited(Fixtures fixtures, String name) {
        OrganizationFixture org = fixtures.organization(name);
        org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name("Audited Stage").type(LocationType.VENUE).build()));
        return org;
    }

    /** The SQLSTATE refusing {@code sql}, run in a verified context of the organization (its owner as the actor). */
    private static String refusal(DataSource pool, TestDatabase database, OrganizationFixture org, String sql) throws SQLException {
        SqlContext context = SqlContext.of(database);
        return context.refusal(pool, connection -> context.system(connection, org.id(), org.owner().id()), sql);
    }
}
