package dev.atlvs.core.maintenance;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One file of an archive: the rows of one organization in one month of a log ({@link Kind#ROWS}), or the sealed
 * values of those audit rows ({@link Kind#SEALED_VALUES}), as gzip-compressed CSV with a header line.
 *
 * @param table           the log
 * @param month           the month (UTC)
 * @param organizationId  the organization
 * @param kind            what the file holds
 * @param path            where the file is
 * @param rows            how many rows it holds
 * @param sha256          the SHA-256 of the file's bytes, in hex
 * @param contentChecksum the database's checksum of the rows: md5 of their text, one per line, in the order of their ids
 */
public record ArchiveFile(LogTable table, YearMonth month, UUID organizationId, Kind kind, Path path, long rows, String sha256,
        String contentChecksum) {

    /** A file. */
    public ArchiveFile {
        requireNonNull(table, "table is null");
        requireNonNull(month, "month is null");
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(path, "path is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(contentChecksum, "contentChecksum is null");
    }

    /** What an archive file holds. */
    public enum Kind {
        /** The log's rows ({@code <organization-id>.csv.gz}). */
        ROWS,
        /** The sealed values of the audit rows ({@code <organization-id>.sealed.csv.gz}); audit trail only. */
        SEALED_VALUES
    }
}
