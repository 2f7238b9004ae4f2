package dev.atlvs.core.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.CoreEvents;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.IntegrationFixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month of an organization's logs leaves the live tables for compressed files once its retention has passed, and
 * comes back exactly: the same rows, counted and summed by the database before and after.
 */
@AtlvsTest
class ArchiveRestoreTest {

    private static final YearMonth MONTH = LiveRows.thisMonth();

    private static OrganizationFixture organizationWithHistory(Fixtures fixtures, Atlvs atlvs, String name) {
        OrganizationFixture org = fixtures.organization(name);
        LiveRows.withRetention(atlvs, org, 30, 7);
        for (String stage : new String[] {"Main Stage", "Second Stage", "Tent"}) {
            org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                    .organizationId(org.id()).name(stage).type(LocationType.VENUE).build()));
        }
        // A webhook's signing secret is a sensitive column: its audit row keeps it in the sealed values.
        IntegrationFixtures.webhook(org, "http://127.0.0.1:9/hooks", Set.of(CoreEvents.COMMENT_POSTED));
        return org;
    }

    @Test
    void aMonthOfAuditRowsIsArchivedAndRestoredWithNothingLost(Fixtures fixtures, Atlvs atlvs, TestDatabase database, @TempDir Path dir)
            throws Exception {
        // given
        OrganizationFixture org = organizationWithHistory(fixtures, atlvs, "Archived Audit Live");
        LiveRows.Snapshot before = LiveRows.rows(database, "audit_logs", org.id());
        LiveRows.Snapshot sealedBefore = LiveRows.sealedValues(database, org.id());
        Maintenance maintenance = LiveRows.maintenance(database);

        // when
        ArchiveReport archived = maintenance.archive(dir, LiveRows.whenThisMonthIsPast(30));

        // then
        assertThat(archived.archived()).filteredOn(month -> month.organizationId().equals(org.id()) && month.table() == LogTable.AUDIT_LOGS)
                .singleElement().satisfies(month -> {
                    assertThat(month.month()).isEqualTo(MONTH);
                    assertThat(month.rows().rows()).isEqualTo(before.rows());
                    assertThat(month.rows().contentChecksum()).isEqualTo(before.checksum());
                    assertThat(month.rows().path()).isEqualTo(dir.resolve("audit_logs").resolve(MONTH.toString()).resolve(org.id() + ".csv.gz"));
                    assertThat(month.sealedValues()).get().satisfies(sealed -> {
                        assertThat(sealed.rows()).isEqualTo(sealedBefore.rows()).isPositive();
                        assertThat(sealed.contentChecksum()).isEqualTo(sealedBefore.checksum());
                    });
                });
        assertThat(before.rows()).isGreaterThanOrEqualTo(5);
        assertThat(LiveRows.rows(database, "audit_logs", org.id()).rows()).isZero();
        assertThat(LiveRows.sealedValues(database, org.id()).rows()).isZero();
        assertThat(Files.readString(dir.resolve("audit_logs").resolve(MONTH.toString()).resolve("manifest.json")))
                .contains("\"organizationId\": \"" + org.id() + "\"", "\"rows\": " + before.rows(), before.checksum());

        // when
        RestoreReport restored = maintenance.restore(Maintenance.monthFolder(dir, LogTable.AUDIT_LOGS, MONTH).resolve(org.id() + ".csv.gz"));

        // then
        assertThat(restored.rows()).isEqualTo(before.rows());
        assertThat(LiveRows.rows(database, "audit_logs", org.id())).isEqualTo(before);
        assertThat(LiveRows.sealedValues(database, org.id())).isEqualTo(sealedBefore);
    }

    @Test
    void theRemovalIsRefusedWhenTheMonthChangedSinceItsExport(Fixtures fixtures, Atlvs atlvs, TestDatabase database, @TempDir Path dir)
            throws SQLException {
        // given
        OrganizationFixture org = organizationWithHistory(fixtures, atlvs, "Changing Audit Live");
        Maintenance maintenance = LiveRows.maintenance(database);
        ArchivedMonth exported = maintenance.export(dir, LogTable.AUDIT_LOGS, MONTH, org.id());
        org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name("Late Addition").type(LocationType.VENUE).build()));
        LiveRows.Snapshot changed = LiveRows.rows(database, "audit_logs", org.id());

        // when / then
        assertThatThrownBy(() -> maintenance.purge(exported))
                .isInstanceOfSatisfying(AtlvsException.class, refused -> assertThat(refused.code()).isEqualTo(CoreErrorCode.ARCHIVE_ROWS_CHANGED))
                .hasMessageContaining("nothing was removed");
        assertThat(changed.rows()).isEqualTo(exported.rows().rows() + 1);
        assertThat(LiveRows.rows(database, "audit_logs", org.id())).isEqualTo(changed);
    }

    @Test
    void restoringRowsThatAreLiveAlreadyIsRefused(Fixtures fixtures, Atlvs atlvs, TestDatabase database, @TempDir Path dir) throws SQLException {
        // given
        OrganizationFixture org = organizationWithHistory(fixtures, atlvs, "Restored Twice Live");
        Maintenance maintenance = LiveRows.maintenance(database);
        ArchivedMonth exported = maintenance.export(dir, LogTable.AUDIT_LOGS, MONTH, org.id());
        LiveRows.Snapshot live = LiveRows.rows(database, "audit_logs", org.id());

        // when / then
        assertThatThrownBy(() -> maintenance.restore(exported.rows().path()))
                .isInstanceOfSatisfying(AtlvsException.class, refused -> assertThat(refused.code()).isEqualTo(CoreErrorCode.ARCHIVE_ROWS_PRESENT))
                .hasMessageContaining("already");
        assertThat(LiveRows.rows(database, "audit_logs", org.id())).isEqualTo(live);
    }

    @Test
    void anArchiveOfOtherRowsIsNeverOverwritten(Fixtures fixtures, Atlvs atlvs, TestDatabase database, @TempDir Path dir) throws Exception {
        // given
        OrganizationFixture org = organizationWithHistory(fixtures, atlvs, "Archived Twice Live");
        Maintenance maintenance = LiveRows.maintenance(database);
        ArchivedMonth first = maintenance.export(dir, LogTable.AUDIT_LOGS, MONTH, org.id());
        maintenance.purge(first);
        byte[] archived = Files.readAllBytes(first.rows().path());
        org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name("Written After The Archive").type(LocationType.VENUE).build()));

        // when / then
        assertThatThrownBy(() -> maintenance.export(dir, LogTable.AUDIT_LOGS, MONTH, org.id()))
                .isInstanceOfSatisfying(AtlvsException.class, refused -> assertThat(refused.code()).isEqualTo(CoreErrorCode.ARCHIVE_INVALID))
                .hasMessageContaining("holds other rows");
        assertThat(Files.readAllBytes(first.rows().path())).isEqualTo(archived);
        try (var files = Files.list(first.rows().path().getParent())) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void aFileThatNoLongerMatchesItsManifestIsNotRestored(Fixtures fixtures, Atlvs atlvs, TestDatabase database, @TempDir Path dir)
            throws Exception {
        // given
        OrganizationFixture org = organizationWithHistory(fixtures, atlvs, "Tampered Archive Live");
        Maintenance maintenance = LiveRows.maintenance(database);
        ArchivedMonth exported = maintenance.export(dir, LogTable.AUDIT_LOGS, MONTH, org.id());
        maintenance.purge(exported);
        byte[] bytes = Files.readAllBytes(exported.rows().path());
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(exported.rows().path(), bytes);

        // when / then
        assertThatThrownBy(() -> maintenance.restore(exported.rows().path()))
                .isInstanceOfSatisfying(AtlvsException.class, refused -> assertThat(refused.code()).isEqualTo(CoreErrorCode.ARCHIVE_INVALID))
                .hasMessageContaining("does not match its manifest");
        assertThat(LiveRows.rows(database, "audit_logs", org.id()).rows()).isZero();
    }

    @Test
    void webhookAttemptsAreArchivedAndTheirEmptiedPartitionComesBackOnRestore(Fixtures fixtures, Atlvs atlvs, TestDatabase database,
            @TempDir Path dir) throws SQLException {
        // given
        OrganizationFixture org = organizationWithHistory(fixtures, atlvs, "Archived Hooks Live");
        LiveRows.webhookAttempts(database, org, 4, "now()");
        LiveRows.Snapshot before = LiveRows.rows(database, "webhook_logs", org.id());
        Maintenance maintenance = LiveRows.maintenance(database);
        String partition = "webhook_logs_y%04dm%02d".formatted(MONTH.getYear(), MONTH.getMonthValue());

        // when
        ArchiveReport archived = maintenance.archive(dir, LiveRows.whenThisMonthIsPast(30));

        // then
        assertThat(archived.archived()).filteredOn(month -> month.organizationId().equals(org.id()) && month.table() == LogTable.WEBHOOK_LOGS)
                .singleElement().satisfies(month -> {
                    assertThat(month.rows().rows()).isEqualTo(4);
                    assertThat(month.rows().contentChecksum()).isEqualTo(before.checksum());
                    assertThat(month.sealedValues()).isEmpty();
                });
        assertThat(LiveRows.rows(database, "webhook_logs", org.id()).rows()).isZero();
        assertThat(archived.droppedPartitions()).contains(partition);

        // when
        RestoreReport restored = maintenance.restore(Maintenance.monthFolder(dir, LogTable.WEBHOOK_LOGS, MONTH), org.id());

        // then
        assertThat(restored.createdPartitions()).containsExactly(partition);
        assertThat(LiveRows.rows(database, "webhook_logs", org.id())).isEqualTo(before);
    }
}
