package dev.atlvs.core.attachment;

import static dev.atlvs.core.attachment.Storage.MIB;
import static dev.atlvs.core.attachment.Storage.register;
import static dev.atlvs.core.attachment.Storage.storage;
import static dev.atlvs.core.attachment.Storage.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.FileStatus;
import dev.atlvs.core.attachment.StorageFile;
import dev.atlvs.core.attachment.StorageFileRepository;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/**
 * A document's versions form one chain: each file points at its previous version, has at most one newer
 * version, and the latest is the one nobody points at.
 */
@AtlvsTest
class FileVersionTest {

    @Test
    void newVersionsFormAChainWhoseLatestIsTheNewest(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Versioned Docs");
        StorageFile v1 = register(acme, upload("Stage plot.pdf", "plot v1", MIB));

        // when
        StorageFile v2 = storage(acme, files -> files.createVersion(v1.id(), upload("Stage plot.pdf", "plot v2", MIB)));
        StorageFile v3 = storage(acme, files -> files.createVersion(v2.id(), upload("Stage plot.pdf", "plot v3", MIB)));

        // then
        assertThat(v2.versionOf()).contains(v1.id());
        assertThat(v3.versionOf()).contains(v2.id());
        assertThat(storage(acme, (StorageService files) -> files.versions(v2.id()))).containsExactly(v1, v2, v3);
        assertThat(storage(acme, (StorageService files) -> files.latestVersion(v1.id()))).isEqualTo(v3);
    }

    @Test
    void aFileHasAtMostOneNewerVersion(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Forking Docs");
        StorageFile v1 = register(acme, upload("Budget.xlsx", "budget v1", MIB));
        storage(acme, files -> files.createVersion(v1.id(), upload("Budget.xlsx", "budget v2", MIB)));
        long before = Rows.count(database, "storage_files");

        // when / then
        assertThatThrownBy(() -> storage(acme, files -> files.createVersion(v1.id(), upload("Budget.xlsx", "budget v2b", MIB))))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("versionOf"));
        assertThat(Rows.count(database, "storage_files")).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesASecondNewerVersionWrittenAroundTheService(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Forking Docs");
        StorageFile v1 = register(acme, upload("Run sheet.pdf", "run sheet v1", MIB));
        StorageFile v2 = storage(acme, files -> files.createVersion(v1.id(), upload("Run sheet.pdf", "run sheet v2", MIB)));
        long before = Rows.count(database, "storage_files");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(StorageFileRepository.class).insert(StorageFile.builder()
                        .from(v2).id(Ids.newId()).version(0).checksumSha256("0".repeat(64))
                        .storageKey("tests/fork").build())))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("versionOf"));
        assertThat(Rows.count(database, "storage_files")).isEqualTo(before);
    }

    @Test
    void aVersionWithTheSameContentAsThePreviousIsThePrevious(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Unchanged Docs");
        StorageFile v1 = register(acme, upload("Contract.pdf", "contract text", MIB));
        long before = Rows.count(database, "storage_files");

        // when
        StorageFile again = storage(acme, files -> files.createVersion(v1.id(), upload("Contract.pdf", "contract text", MIB)));

        // then
        assertThat(again).isEqualTo(v1);
        assertThat(Rows.count(database, "storage_files")).isEqualTo(before);
    }

    @Test
    void aFileStaysInItsVersionChain(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Fixed Chains");
        StorageFile v1 = register(acme, upload("Plan.pdf", "plan v1", MIB));
        StorageFile other = register(acme, upload("Other.pdf", "other", MIB));

        // when / then: the repository writes only updatable columns, so go around it
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle()
                        .createUpdate("update atlvs.storage_files set version_of = :previous where organization_id = :organizationId and id = :id")
                        .bind("previous", other.id()).bind("id", v1.id()).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("versionOf", "storage_files_version_of_fixed")));
        assertThat(storage(acme, (StorageService files) -> files.versions(v1.id()))).containsExactly(v1);
    }

    @Test
    void purgingAPreviousVersionLeavesTheNextWithoutPredecessor(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Purging Docs");
        StorageFile v1 = register(acme, upload("Floor plan.pdf", "floor plan v1", MIB));
        StorageFile v2 = storage(acme, files -> files.createVersion(v1.id(), upload("Floor plan.pdf", "floor plan v2", MIB)));

        // when: the host's clean-up removes the old row for good
        acme.asOwner(tx -> {
            tx.repository(StorageFileRepository.class).delete(v1);
            return null;
        });

        // then
        StorageFile latest = storage(acme, files -> files.get(v2.id()));
        assertThat(latest.versionOf()).isEmpty();
        assertThat(storage(acme, (StorageService files) -> files.versions(v2.id()))).containsExactly(latest);
    }

    @Test
    void aDeletedFileIsNotBroughtBack(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Final Deletes");
        StorageFile file = register(acme, upload("Old logo.png", "old logo", MIB));
        storage(acme, files -> files.delete(file.id()));

        // when / then
        assertThatThrownBy(() -> storage(acme, files -> files.activate(file.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.STORAGE_FILE_TRANSITION_INVALID);
                    assertThat(e.rule()).contains("storage_files_status_transition");
                });
        assertThat(storage(acme, (StorageService files) -> files.get(file.id())).status()).isEqualTo(FileStatus.DELETED);
    }

    @Test
    void anArchivedFileComesBackActive(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Archivists");
        StorageFile file = register(acme, upload("2025 recap.pdf", "recap", MIB));
        storage(acme, files -> files.archive(file.id()));

        // when
        StorageFile active = storage(acme, files -> files.activate(file.id()));

        // then
        assertThat(active.id()).isEqualTo(file.id());
        assertThat(active.status()).isEqualTo(FileStatus.ACTIVE);
    }
}
