package dev.atlvs.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is written by the audit trigger only: the run-time role, even inside a verified
 * transaction of the organization, can neither insert, change nor delete audit rows (through the trail or
 * one of its partitions) nor touch the sealed values, while every audited write still records its row,
 * and revert and restore, which read the sealed values with the owner's rights, still work.
 */
@AtlvsTest
class AuditAppendOnlyTest {

    private static final String FORGED_ROW = "insert into %s (organization_id, table_name, record_id, action, new_values, actor_id, "
            + "transaction_id) values ('%s', 'locations', gen_random_uuid(), 'insert', '{}', '%s', 1)";

    @Test
    void theRunTimeRoleCannotInsertIntoTheAuditTrail(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture org = fixtures.organization("Forged Audit Live");

        assertThat(refusal(database, org, FORGED_ROW.formatted("atlvs.audit_logs", org.id(), org.owner().id()))).isEqualTo("42501");
    }

    @Test
    void theRunTimeRoleCannotInsertIntoAPartitionOfTheAuditTrail(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture org = fixtures.organization("Forged Partition Live");

        assertThat(refusal(database, org, FORGED_ROW.formatted("atlvs.audit_logs_default", org.id(), org.owner().id()))).isEqualTo("42501");
    }

    @Test
    void theRunTimeRoleCannotChangeOrDeleteAuditRows(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture org = fixtures.organization("Rewritten Audit Live");
        insert(org, "Audited Stage");

        assertThat(refusal(database, org, "update atlvs.audit_logs set actor_id = null")).isEqualTo("42501");
        assertThat(refusal(database, org, "delete from atlvs.audit_logs")).isEqualTo("42501");
    }

    @Test
    void theRunTimeRoleCannotReadOrWriteTheSealedValues(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture org = fixtures.organization("Sealed Values Live");

        assertThat(refusal(database, org, "select count(*) from atlvs.audit_sealed_values")).isEqualTo("42501");
        assertThat(refusal(database, org, "insert into atlvs.audit_sealed_values (organization_id, id) values ('" + org.id()
                + "', gen_random_uuid())")).isEqualTo("42501");
    }

    @Test
    void anAuditedWriteStillRecordsItsRowWithTheVerifiedActor(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Still Audited Live");

        Location stage = insert(org, "Recorded Stage");

        List<AuditEntry> history = org.asOwner(tx -> new AuditTrail(tx).history(Location.TABLE, stage.id()));
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
            assertThat(entry.actorId()).contains(org.owner().id());
        });
    }

    @Test
    void aRecordIsStillRestoredFromTheTrail(Fixtures fixtures) throws InterruptedException {
        OrganizationFixture org = fixtures.organization("Still Restored Live");
        Location stage = insert(org, "Original Stage");
        Thread.sleep(20);
        Instant beforeRename = Instant.now();
        Thread.sleep(20);
        org.asOwner(tx -> tx.repository(LocationRepository.class).update(ImmutableLocation.copyOf(stage).withName("Renamed Stage")));

        Location restored = org.asOwner(tx -> new AuditTrail(tx).restore(Location.TABLE, stage.id(), beforeRename)).orElseThrow();

        assertThat(restored.name()).isEqualTo("Original Stage");
    }

    private static Location insert(OrganizationFixture org, String name) {
        return org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name(name).type(LocationType.VENUE).build()));
    }

    /** The SQLSTATE refusing {@code sql}, run as the run-time role in a verified transaction of the organization's owner. */
    private static String refusal(TestDatabase database, OrganizationFixture org, String sql) throws SQLException {
        SqlContext context = SqlContext.of(database);
        return context.refusal(database.appDataSource(), connection -> context.tenant(connection, org.id(), org.owner().id()), sql);
    }
}
