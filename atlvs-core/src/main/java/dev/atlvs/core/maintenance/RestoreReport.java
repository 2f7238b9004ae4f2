package dev.atlvs.core.maintenance;

import java.util.List;

/**
 * What {@link Maintenance#restore} put back: the archive files whose rows are live again, each checked against its
 * manifest (count and content checksum) after the insert.
 *
 * @param restored           the files restored
 * @param createdPartitions  the partitions re-created for them
 */
public record RestoreReport(List<ArchiveFile> restored, List<String> createdPartitions) {

    /** A report; the lists are copied. */
    public RestoreReport {
        restored = List.copyOf(restored);
        createdPartitions = List.copyOf(createdPartitions);
    }

    /** How many log rows were restored (sealed values not counted). */
    public long rows() {
        return restored.stream().filter(file -> file.kind() == ArchiveFile.Kind.ROWS).mapToLong(ArchiveFile::rows).sum();
    }
}
