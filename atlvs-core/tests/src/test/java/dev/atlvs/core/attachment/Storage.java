package dev.atlvs.core.attachment;

import dev.atlvs.core.attachment.AttachmentService;
import dev.atlvs.core.attachment.StorageFile;
import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.StorageUsage;
import dev.atlvs.core.attachment.Upload;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.organization.ImmutableOrganization;
import dev.atlvs.core.organization.OrganizationRepository;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Storage and attachment helpers for the tests of this package, each call in a tenant transaction of its own. */
final class Storage {
    /** One mebibyte. */
    static final long MIB = 1L << 20;

    private Storage() {}

    /** The metadata of content {@code content} called {@code name}, with a size of its own choosing. */
    static Upload upload(String name, String content, long sizeBytes) {
        return Upload.builder()
                .name(name)
                .mediaType("application/pdf")
                .sizeBytes(sizeBytes)
                .checksumSha256(sha256(content))
                .storageKey("tests/" + UUID.randomUUID() + "/" + name)
                .build();
    }

    /** The metadata of new, unique content called {@code name}. */
    static Upload upload(String name, long sizeBytes) {
        return upload(name, UUID.randomUUID().toString(), sizeBytes);
    }

    /** Registers {@code upload} as the owner. */
    static StorageFile register(OrganizationFixture organization, Upload upload) {
        return storage(organization, files -> files.register(upload));
    }

    /** Runs {@code work} on the owner's storage service. */
    static <R> R storage(OrganizationFixture organization, Function<StorageService, R> work) {
        return organization.asOwner(tx -> work.apply(new StorageService(tx)));
    }

    /** Runs {@code work} on the owner's attachment service. */
    static <R> R attachments(OrganizationFixture organization, Function<AttachmentService, R> work) {
        return organization.asOwner(tx -> work.apply(new AttachmentService(tx)));
    }

    /** The owner's view of the storage use. */
    static StorageUsage usage(OrganizationFixture organization) {
        return storage(organization, StorageService::usage);
    }

    /** Sets the organization's storage quota. */
    static void quotaGb(OrganizationFixture organization, Integer gigabytes) {
        organization.asOwner(tx -> {
            OrganizationRepository organizations = tx.repository(OrganizationRepository.class);
            return organizations.update(ImmutableOrganization.copyOf(organizations.get(organization.id())).withStorageQuotaGb(gigabytes));
        });
    }

    /** A new venue of the organization, as an entity reference. */
    static EntityRef venue(OrganizationFixture organization, String name) {
        Location venue = organization.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(organization.id()).name(name).type(LocationType.VENUE).build()));
        return EntityTypes.require("location").ref(venue.id());
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Waits (at most ten seconds) until some session of the test database waits for a lock. */
    static void awaitALockWaiter(TestDatabase database) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection connection = database.adminDataSource().getConnection();
                PreparedStatement waiting = connection.prepareStatement(
                        "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        } catch (SQLException | InterruptedException failure) {
            throw new IllegalStateException("cannot watch for lock waits", failure);
        }
        throw new AssertionError("the second upload never waited for the first");
    }
}
