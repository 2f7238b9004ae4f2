package dev.atlvs.core.attachment;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How much of its storage an organization uses: the sizes of its files that are not deleted, against
 * {@code organizations.storage_quota_gb} (in GiB, 1 GiB = 2<sup>30</sup> bytes; none means unlimited).
 *
 * @param usedBytes the sizes of the files that are not deleted, added up
 * @param quotaBytes the quota in bytes, if there is one
 */
public record StorageUsage(long usedBytes, Optional<Long> quotaBytes) {
    /** Bytes per GiB, the unit of {@code organizations.storage_quota_gb}. */
    public static final long BYTES_PER_GIB = 1L << 30;

    public StorageUsage {
        requireNonNull(quotaBytes, "quotaBytes is null");
    }

    /** The usage under a quota of {@code quotaGb} GiB (null = unlimited). */
    public static StorageUsage of(long usedBytes, Integer quotaGb) {
        return new StorageUsage(usedBytes, Optional.ofNullable(quotaGb).map(gb -> gb * BYTES_PER_GIB));
    }

    /** The bytes still free, if there is a quota (never negative). */
    public Optional<Long> remainingBytes() {
        return quotaBytes.map(quota -> Math.max(0, quota - usedBytes));
    }

    /** Whether {@code moreBytes} more fit under the quota. */
    public boolean fits(long moreBytes) {
        return quotaBytes.isEmpty() || usedBytes + moreBytes <= quotaBytes.get();
    }
}
