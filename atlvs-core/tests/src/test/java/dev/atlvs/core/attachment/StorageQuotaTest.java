package dev.atlvs.core.attachment;

import static dev.atlvs.core.attachment.Storage.MIB;
import static dev.atlvs.core.attachment.Storage.quotaGb;
import static dev.atlvs.core.attachment.Storage.register;
import static dev.atlvs.core.attachment.Storage.storage;
import static dev.atlvs.core.attachment.Storage.upload;
import static dev.atlvs.core.attachment.Storage.usage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.attachment.StorageFile;
import dev.atlvs.core.attachment.StorageFileRepository;
import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.StorageUsage;
import dev.atlvs.core.attachment.Upload;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The files of an organization that are not deleted add up to at most its storage quota (GiB). Going
 * over is a {@link ConflictException} ({@link CoreErrorCode#RULE_VIOLATED}, field {@code sizeBytes}) and
 * writes nothing, also when two uploads race each other, at every isolation level the SDK offers.
 */
@AtlvsTest
class StorageQuotaTest {

    @Test
    void anUploadOverTheQuotaIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Tight Storage");
        quotaGb(acme, 1);
        register(acme, upload("Show file.mov", 700 * MIB));
        long before = Rows.count(database, "storage_files");

        // when / then
        assertThatThrownBy(() -> register(acme, upload("Aftermovie.mov", 400 * MIB)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.RULE_VIOLATED);
                    assertThat(e.field()).contains("sizeBytes");
                });
        assertThat(Rows.count(database, "storage_files")).isEqualTo(before);
    }

    @Test
    void anUploadThatFillsTheQuotaExactlyIsAccepted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Full Storage");
        quotaGb(acme, 1);
        register(acme, upload("Part one.zip", 512 * MIB));

        // when
        register(acme, upload("Part two.zip", 512 * MIB));

        // then
        assertThat(usage(acme)).isEqualTo(new StorageUsage(1024 * MIB, Optional.of(1024 * MIB)));
        assertThat(usage(acme).remainingBytes()).contains(0L);
    }

    @Test
    void deletedFilesDoNotCountAgainstTheQuota(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Tidy Storage");
        quotaGb(acme, 1);
        StorageFile old = register(acme, upload("Old render.mov", 900 * MIB));
        storage(acme, files -> files.delete(old.id()));

        // when
        StorageFile fresh = register(acme, upload("New render.mov", 900 * MIB));

        // then
        assertThat(usage(acme).usedBytes()).isEqualTo(fresh.sizeBytes());
    }

    @Test
    void anOrganizationWithoutQuotaHasUnlimitedStorage(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Endless Storage");

        // when
        register(acme, upload("Archive.tar", 5L * 1024 * MIB));

        // then
        assertThat(usage(acme)).isEqualTo(new StorageUsage(5L * 1024 * MIB, Optional.empty()));
    }

    @Test
    void theDatabaseRefusesAFileOverTheQuotaWrittenAroundTheService(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Guarded Storage");
        quotaGb(acme, 1);
        Upload big = upload("Raw footage.mxf", 1025 * MIB);
        long before = Rows.count(database, "storage_files");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(StorageFileRepository.class).insert(StorageFile.builder()
                        .organizationId(acme.id()).name(big.name()).mediaType(big.mediaType()).sizeBytes(big.sizeBytes())
                        .checksumSha256(big.checksumSha256()).storageKey(big.storageKey()).uploadedBy(acme.owner().id()).build())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.RULE_VIOLATED);
                    assertThat(e.field()).contains("sizeBytes");
                    assertThat(e.rule()).contains("storage_files_quota");
                });
        assertThat(Rows.count(database, "storage_files")).isEqualTo(before);
    }

    @Test
    void ofTwoConcurrentUploadsThatFitOnlyOneAtATimeExactlyOneSucceeds(Fixtures fixtures, TestDatabase database) throws Exception {
        // given: each upload fits the quota alone, not both together
        OrganizationFixture acme = fixtures.organization("Racing Uploads");
        quotaGb(acme, 1);
        long before = Rows.count(database, "storage_files");
        CountDownLatch firstInserted = new CountDownLatch(1);
        ExecutorService uploaders = Executors.newFixedThreadPool(2);

        // when: the first holds its upload open until the second is waiting for the organization's lock,
        // so that the second has passed the service's own check and only the database can stop it
        List<Future<StorageFile>> outcomes = new ArrayList<>();
        try {
            outcomes.add(uploaders.submit(() -> acme.asOwner(tx -> {
                StorageFile file = new StorageService(tx).register(upload("Camera A.mov", 600 * MIB));
                firstInserted.countDown();
                Storage.awaitALockWaiter(database);
                return file;
            })));
            outcomes.add(uploaders.submit(() -> {
                firstInserted.await(30, TimeUnit.SECONDS);
                return acme.asOwner(tx -> new StorageService(tx).register(upload("Camera B.mov", 600 * MIB)));
            }));
        } finally {
            uploaders.shutdown();
            assertThat(uploaders.awaitTermination(60, TimeUnit.SECONDS)).as("uploads finished").isTrue();
        }

        // then
        List<StorageFile> stored = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        for (Future<StorageFile> outcome : outcomes) {
            try {
                stored.add(outcome.get());
            } catch (ExecutionException failure) {
                refused.add(failure.getCause());
            }
        }
        assertThat(stored).extracting(StorageFile::name).containsExactly("Camera A.mov");
        assertThat(refused).singleElement().isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(CoreErrorCode.RULE_VIOLATED));
        assertThat(Rows.count(database, "storage_files")).isEqualTo(before + 1);
        assertThat(usage(acme).usedBytes()).isEqualTo(600 * MIB);
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void ofTwoUploadsInRacingTransactionsThatFitOnlyOneAtATimeExactlyOneCommits(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase database) throws Exception {
        // given: each upload fits the quota alone, not both together
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Racing Uploads " + isolation);
        quotaGb(acme, 1);

        // when: both transactions have begun before either writes
        List<Race.Outcome<StorageFile>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new StorageService(tx).register(upload("Camera A.mov", 600 * MIB));
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new StorageService(tx).register(upload("Camera B.mov", 600 * MIB));
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.RULE_VIOLATED)));
        assertThat(usage(acme).usedBytes()).isEqualTo(600 * MIB);
    }
}
