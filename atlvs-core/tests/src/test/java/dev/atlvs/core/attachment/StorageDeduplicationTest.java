package dev.atlvs.core.attachment;

import static dev.atlvs.core.attachment.Storage.MIB;
import static dev.atlvs.core.attachment.Storage.register;
import static dev.atlvs.core.attachment.Storage.storage;
import static dev.atlvs.core.attachment.Storage.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.FileStatus;
import dev.atlvs.core.attachment.StorageFile;
import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.Upload;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Content is stored once per organization: registering a blob whose checksum an active file has returns that file. */
@AtlvsTest
class StorageDeduplicationTest {

    @Test
    void registeringTheSameContentTwiceReturnsTheSameFile(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Thrifty Storage");
        StorageFile first = register(acme, upload("Rider.pdf", "hospitality rider v1", 2 * MIB));
        long before = Rows.count(database, "storage_files");

        // when
        StorageFile second = register(acme, upload("Rider (copy).pdf", "hospitality rider v1", 2 * MIB));

        // then
        assertThat(second).isEqualTo(first);
        assertThat(Rows.count(database, "storage_files")).isEqualTo(before);
    }

    @Test
    void theSameContentInAnotherOrganizationIsAFileOfItsOwn(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("First Keeper");
        OrganizationFixture globex = fixtures.organization("Second Keeper");
        StorageFile ours = register(acme, upload("Stage plot.pdf", "shared stage plot", MIB));

        // when
        StorageFile theirs = register(globex, upload("Stage plot.pdf", "shared stage plot", MIB));

        // then
        assertThat(theirs.id()).isNotEqualTo(ours.id());
        assertThat(theirs.organizationId()).isEqualTo(globex.id());
    }

    @Test
    void contentOfADeletedFileIsStoredAnew(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Forgetful Storage");
        StorageFile first = register(acme, upload("Budget.xlsx", "budget 2026", MIB));
        storage(acme, files -> files.delete(first.id()));

        // when
        StorageFile again = register(acme, upload("Budget.xlsx", "budget 2026", MIB));

        // then
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.status()).isEqualTo(FileStatus.ACTIVE);
    }

    @Test
    void activatingAnUploadOfKnownContentReturnsTheKnownFile(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Late Deduplication");
        StorageFile known = register(acme, upload("Logo.png", "logo pixels", MIB));
        StorageFile uploading = storage(acme, files -> files.beginUpload(upload("Logo final.png", "logo pixels", MIB)));

        // when
        StorageFile active = storage(acme, files -> files.activate(uploading.id()));

        // then
        assertThat(active).isEqualTo(known);
        assertThat(storage(acme, (StorageService files) -> files.get(uploading.id())).status()).isEqualTo(FileStatus.DELETED);
    }

    @Test
    void anotherFileWithTheSameStorageKeyIsADuplicateNamingStorageKey(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Key Keepers");
        StorageFile first = register(acme, upload("Map.pdf", "site map", MIB));
        long before = Rows.count(database, "storage_files");

        // when / then
        assertThatThrownBy(() -> register(acme, Upload.builder()
                        .from(upload("Other map.pdf", "other site map", MIB)).storageKey(first.storageKey()).build()))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("storageKey"));
        assertThat(Rows.count(database, "storage_files")).isEqualTo(before);
    }

    @Test
    void aMalformedUploadIsRefusedNamingEveryBrokenField(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Sloppy Uploads");
        long before = Rows.count(database, "storage_files");

        // when / then
        assertThatThrownBy(() -> register(acme, Upload.builder()
                        .name(" ").mediaType("PDF").sizeBytes(-1).checksumSha256("abc").storageKey("tests/sloppy").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("checksumSha256", "mediaType", "name", "sizeBytes"));
        assertThat(Rows.count(database, "storage_files")).isEqualTo(before);
    }

    @Test
    void twoConcurrentRegistrationsOfTheSameContentShareOneFile(Fixtures fixtures, TestDatabase database) throws Exception {
        // given
        OrganizationFixture acme = fixtures.organization("Simultaneous Uploaders");
        long before = Rows.count(database, "storage_files");
        CountDownLatch firstInserted = new CountDownLatch(1);
        ExecutorService uploaders = Executors.newFixedThreadPool(2);

        // when: the second registers while the first has inserted but not committed, so it passes the
        // service's own look-up and meets the first's row only in the unique index
        Future<StorageFile> first;
        Future<StorageFile> second;
        try {
            first = uploaders.submit(() -> acme.asOwner(tx -> {
                StorageFile file = new StorageService(tx).register(upload("Logo.svg", "the same logo", MIB));
                firstInserted.countDown();
                Storage.awaitALockWaiter(database);
                return file;
            }));
            second = uploaders.submit(() -> {
                firstInserted.await(30, TimeUnit.SECONDS);
                return acme.asOwner(tx -> new StorageService(tx).register(upload("Logo copy.svg", "the same logo", MIB)));
            });
        } finally {
            uploaders.shutdown();
            assertThat(uploaders.awaitTermination(60, TimeUnit.SECONDS)).as("uploads finished").isTrue();
        }

        // then
        assertThat(second.get()).isEqualTo(first.get());
        assertThat(Rows.count(database, "storage_files")).isEqualTo(before + 1);
    }
}
