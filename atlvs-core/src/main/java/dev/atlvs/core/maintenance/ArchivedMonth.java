package dev.atlvs.core.maintenance;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One organization's month of a log, exported and checked: its rows' file and, for the audit trail, the file of
 * their sealed values. What {@link Maintenance#export} returns and {@link Maintenance#purge} removes.
 *
 * @param table          the log
 * @param month          the month (UTC)
 * @param organizationId the organization
 * @param files          the files written, rows first
 */
public record ArchivedMonth(LogTable table, YearMonth month, UUID organizationId, List<ArchiveFile> files) {

    /** An exported month; {@code files} is copied. */
    public ArchivedMonth {
        requireNonNull(table, "table is null");
        requireNonNull(month, "month is null");
        requireNonNull(organizationId, "organizationId is null");
        files = List.copyOf(files);
    }

    /** The file of the rows. */
    public ArchiveFile rows() {
        return file(ArchiveFile.Kind.ROWS).orElseThrow();
    }

    /** The file of the sealed values, for the audit trail. */
    public Optional<ArchiveFile> sealedValues() {
        return file(ArchiveFile.Kind.SEALED_VALUES);
    }

    private Optional<ArchiveFile> file(ArchiveFile.Kind kind) {
        return files.stream().filter(file -> file.kind() == kind).findFirst();
    }
}
