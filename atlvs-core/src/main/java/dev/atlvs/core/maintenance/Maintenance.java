package dev.atlvs.core.maintenance;

import static java.util.Objects.requireNonNull;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.internal.Distribution;
import dev.atlvs.core.repository.internal.Constraints;
import dev.atlvs.core.repository.internal.SqlErrors;
import dev.atlvs.core.tenancy.ContextProofs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The maintenance of the partitioned logs — the audit trail ({@code audit_logs}) and the webhook delivery attempts
 * ({@code webhook_logs}) — run as the schema owner, on a schedule (monthly): {@link #createPartitions} makes the
 * monthly partitions ahead, {@link #archive} moves each organization's months whose retention has passed to
 * compressed files and out of the live tables, and {@link #restore} puts archived rows back exactly.
 *
 * <pre>{@code
 * Maintenance maintenance = atlvs.maintenance();
 * maintenance.createPartitions(LocalDate.now().plusMonths(3));
 * ArchiveReport report = maintenance.archive(Path.of("/var/lib/atlvs/archive"), LocalDate.now());
 * // later, to read an old month again:
 * maintenance.restore(Path.of("/var/lib/atlvs/archive/audit_logs/2019-01"));
 * }</pre>
 *
 * <p>An archive is a folder per log and month, {@code <dir>/<table>/<yyyy-mm>/}, holding one gzip-compressed CSV file
 * (with a header line) per organization, {@code <organization-id>.csv.gz} (and, for the audit trail, the sealed
 * values of those rows in {@code <organization-id>.sealed.csv.gz}), and a {@code manifest.json} listing each file's
 * rows, the SHA-256 of its bytes and the database's checksum of its rows (md5 of the rows' text, one per line, in the
 * order of their ids). A month is exported, read back and checked against the database's checksum before its rows
 * are removed, and the removal (an owner-only function of the database) refuses when the live rows no longer match
 * what was exported. Months are UTC months.
 *
 * <p>Every operation works through the schema owner's connections and opens, for each organization, a context of
 * that organization: row-level security confines each step to the organization it is about. The audit rows of
 * platform-wide records (users), kept under the platform tenant ({@code 00000000-0000-0000-0000-000000000000}), are
 * handled like an organization's with the longest retention, 2555 days.
 */
public final class Maintenance {

    private static final String MANIFEST = "manifest.json";
    private static final String FORMAT = "atlvs-archive-v1";
    private static final Pattern PARTITION = Pattern.compile("_y(\\d{4})m(\\d{2})$");
    private static final Pattern MONTH_FOLDER = Pattern.compile("\\d{4}-\\d{2}");
    /**
     * The platform tenant, under which the changes of platform-wide rows (users) are audited: kept for the longest
     * retention an organization may choose.
     */
    private static final UUID PLATFORM = new UUID(0, 0);
    private static final int PLATFORM_RETENTION_DAYS = 2555;
    /** The rows restored per batch of inserts where Citus is installed. */
    private static final int RESTORE_BATCH = 500;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final DataSource ownerDataSource;
    private final ContextProofs proofs;

    private Maintenance(DataSource ownerDataSource, ContextProofs proofs) {
        this.ownerDataSource = requireNonNull(ownerDataSource, "ownerDataSource is null");
        this.proofs = requireNonNull(proofs, "proofs is null");
    }

    /**
     * The maintenance over {@code ownerDataSource} (connected as the schema owner), opening organization contexts
     * with {@code proofs}; {@link dev.atlvs.core.Atlvs#maintenance()} is the usual way to get one.
     */
    public static Maintenance of(DataSource ownerDataSource, ContextProofs proofs) {
        return new Maintenance(ownerDataSource, proofs);
    }

    /**
     * Creates the monthly partitions of the audit trail and the webhook attempt log from the current month through
     * {@code through}; a month whose rows went to the default partition because its partition was missing gets its
     * partition with those rows moved in. Returns the partitions created.
     */
    public List<String> createPartitions(LocalDate through) {
        requireNonNull(through, "through is null");
        List<String> created = new ArrayList<>();
        owner(connection -> {
            for (String function : List.of("atlvs.create_audit_partitions", "atlvs.create_webhook_log_partitions")) {
                try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
                    statement.setObject(1, through);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            created.add(rows.getString(1));
                        }
                    }
                }
            }
            return null;
        });
        return created;
    }

    /**
     * What retention makes due on {@code today}: for each organization and log, the months whose last day is further
     * back than the organization's retention for that log, with their live row counts.
     */
    public RetentionPlan plan(LocalDate today) {
        requireNonNull(today, "today is null");
        List<RetentionPlan.Due> due = new ArrayList<>();
        for (UUID organization : organizations()) {
            due.addAll(inOrganization(organization, false, connection -> {
                List<RetentionPlan.Due> entries = new ArrayList<>();
                for (LogTable table : LogTable.values()) {
                    int retention = retentionDays(connection, organization, table);
                    YearMonth firstKept = YearMonth.from(today.minusDays(retention));
                    String sql = """
                            select to_char(t.%1$s, 'YYYY-MM') as month, count(*) as row_count
                              from atlvs.%2$s t
                             where t.organization_id = ? and t.%1$s < ?::timestamptz
                             group by 1
                             order by 1
                            """.formatted(table.timeColumn(), table.tableName());
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setObject(1, organization);
                        statement.setString(2, lowerBound(firstKept));
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                entries.add(new RetentionPlan.Due(table, YearMonth.parse(rows.getString(1)), organization, retention,
                                        rows.getLong(2)));
                            }
                        }
                    }
                }
                return entries;
            }));
        }
        due.sort(Comparator.comparing((RetentionPlan.Due entry) -> entry.table())
                .thenComparing(RetentionPlan.Due::month)
                .thenComparing(RetentionPlan.Due::organizationId));
        return new RetentionPlan(today, due);
    }

    /**
     * Applies retention on {@code today}: every month the {@link #plan} holds is {@linkplain #export exported} to
     * {@code dir} and checked, then {@linkplain #purge removed} from the live log; then every partition of a month
     * past the shortest retention of any organization that holds no row any more is dropped.
     *
     * @throws AtlvsException {@link CoreErrorCode#ARCHIVE_ROWS_CHANGED} when a month's live rows changed between
     *                        its export and its removal (nothing of that month is removed; the months before it were
     *                        archived), {@link CoreErrorCode#ARCHIVE_INVALID} when a file cannot be written or read back
     */
    public ArchiveReport archive(Path dir, LocalDate today) {
        requireNonNull(dir, "dir is null");
        RetentionPlan plan = plan(today);
        List<ArchivedMonth> archived = new ArrayList<>();
        for (RetentionPlan.Due due : plan.due()) {
            ArchivedMonth month = export(dir, due.table(), due.month(), due.organizationId());
            purge(month);
            archived.add(month);
        }
        List<String> dropped = new ArrayList<>();
        for (LogTable table : LogTable.values()) {
            OptionalInt shortest = shortestRetention(table);
            if (shortest.isEmpty()) {
                continue;
            }
            YearMonth firstKept = YearMonth.from(today.minusDays(shortest.getAsInt()));
            for (YearMonth month : partitionMonths(table)) {
                if (month.isBefore(firstKept) && dropEmptyPartition(table, month)) {
                    dropped.add(partitionName(table, month));
                }
            }
        }
        return new ArchiveReport(plan, archived, dropped);
    }

    /**
     * Exports one organization's rows of one month of a log to {@code dir/<table>/<yyyy-mm>/<organization-id>.csv.gz}
     * (and the sealed values of audit rows beside it), reads the files back to check them against the database's
     * count and checksum, and records them in the month's manifest. The live rows stay; {@link #purge} removes them.
     * Exporting a month again that is archived already with the same rows changes nothing.
     *
     * @throws AtlvsException {@link CoreErrorCode#ARCHIVE_INVALID} when a file cannot be written or does not read
     *                        back as exported, or when the folder holds an archive of other rows for this organization
     *                        and month (restore it first)
     */
    public ArchivedMonth export(Path dir, LogTable table, YearMonth month, UUID organizationId) {
        requireNonNull(dir, "dir is null");
        requireNonNull(table, "table is null");
        requireNonNull(month, "month is null");
        requireNonNull(organizationId, "organizationId is null");
        Path folder = monthFolder(dir, table, month);
        ArchivedMonth exported = inOrganization(organizationId, true, connection -> {
            createDirectories(folder);
            List<ArchiveFile> files = new ArrayList<>();
            Checksum live = monthChecksum(connection, table, organizationId, month);
            files.add(exportFile(connection, folder.resolve(organizationId + ".csv.gz"), rowsQuery(table, organizationId, month),
                    table.tableName(), live, table, month, organizationId, ArchiveFile.Kind.ROWS));
            if (table == LogTable.AUDIT_LOGS) {
                Checksum sealed = sealedChecksum(connection, organizationId, month);
                files.add(exportFile(connection, folder.resolve(organizationId + ".sealed.csv.gz"), sealedQuery(organizationId, month),
                        "audit_sealed_values", sealed, table, month, organizationId, ArchiveFile.Kind.SEALED_VALUES));
            }
            return new ArchivedMonth(table, month, organizationId, files);
        });
        recordInManifest(folder, exported);
        return exported;
    }

    /**
     * Removes the exported rows of {@code month} from the live log (and, for the audit trail, their sealed values)
     * through the owner-only function {@code atlvs.purge_archived_month}, which removes exactly the rows exported
     * or nothing. Returns the rows removed.
     *
     * @throws AtlvsException {@link CoreErrorCode#ARCHIVE_ROWS_CHANGED} when the live rows of the organization's month
     *                        no longer match the export (a row added, changed or removed since)
     */
    public long purge(ArchivedMonth month) {
        requireNonNull(month, "month is null");
        ArchiveFile rows = month.rows();
        Optional<ArchiveFile> sealed = month.sealedValues();
        return inOrganization(month.organizationId(), false, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select atlvs.purge_archived_month(?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, month.table().tableName());
                statement.setObject(2, month.organizationId());
                statement.setObject(3, month.month().atDay(1));
                statement.setLong(4, rows.rows());
                statement.setString(5, rows.contentChecksum());
                statement.setLong(6, sealed.map(ArchiveFile::rows).orElse(0L));
                statement.setString(7, sealed.map(ArchiveFile::contentChecksum).orElse(null));
                try (ResultSet removed = statement.executeQuery()) {
                    removed.next();
                    return removed.getLong(1);
                }
            }
        });
    }

    /**
     * Restores an archive: a month's folder ({@code <dir>/<table>/<yyyy-mm>}, every organization in its manifest) or
     * one organization's file in it ({@code <organization-id>.csv.gz}, with its sealed values). The month's partition
     * is created again when it was dropped; each file is checked against the manifest (its SHA-256, then the count
     * and checksum of its rows) before its rows go back, and the live rows are checked again after.
     *
     * @throws AtlvsException {@link CoreErrorCode#ARCHIVE_ROWS_PRESENT} when rows of the archive are live already
     *                        (nothing of that organization is restored), {@link CoreErrorCode#ARCHIVE_INVALID} when the
     *                        manifest is missing or a file does not match it
     */
    public RestoreReport restore(Path path) {
        requireNonNull(path, "path is null");
        if (Files.isDirectory(path)) {
            return restore(path, null);
        }
        String name = path.getFileName().toString();
        String organization = name.endsWith(".sealed.csv.gz") ? name.substring(0, name.length() - ".sealed.csv.gz".length())
                : name.endsWith(".csv.gz") ? name.substring(0, name.length() - ".csv.gz".length()) : null;
        UUID organizationId;
        try {
            organizationId = UUID.fromString(String.valueOf(organization));
        } catch (IllegalArgumentException notAnArchiveFile) {
            throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID,
                    "restore takes a month's folder (<dir>/<table>/<yyyy-mm>) or an <organization-id>.csv.gz file in one: " + path);
        }
        return restore(path.toAbsolutePath().getParent(), organizationId);
    }

    /**
     * Restores the organization's files of the month's folder {@code monthFolder}, or every organization's when
     * {@code organizationId} is null; see {@link #restore(Path)}.
     */
    public RestoreReport restore(Path monthFolder, UUID organizationId) {
        requireNonNull(monthFolder, "monthFolder is null");
        Manifest manifest = readManifest(monthFolder);
        Map<UUID, List<ArchiveFile>> byOrganization = new TreeMap<>();
        for (ArchiveFile file : manifest.files()) {
            if (organizationId == null || organizationId.equals(file.organizationId())) {
                byOrganization.computeIfAbsent(file.organizationId(), id -> new ArrayList<>()).add(file);
            }
        }
        if (byOrganization.isEmpty()) {
            throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, "the manifest of " + monthFolder + " lists no file"
                    + (organizationId == null ? "" : " of organization " + organizationId));
        }
        List<ArchiveFile> restored = new ArrayList<>();
        List<String> created = new ArrayList<>();
        for (Map.Entry<UUID, List<ArchiveFile>> organization : byOrganization.entrySet()) {
            List<ArchiveFile> files = organization.getValue().stream().sorted(Comparator.comparing(ArchiveFile::kind)).toList();
            for (ArchiveFile file : files) {
                verifyFileBytes(file);
            }
            inOrganization(organization.getKey(), false, connection -> {
                try (PreparedStatement statement = connection.prepareStatement("select atlvs.create_month_partition(?::regclass, ?)")) {
                    statement.setString(1, "atlvs." + manifest.table().tableName());
                    statement.setObject(2, manifest.month().atDay(1));
                    try (ResultSet row = statement.executeQuery()) {
                        if (row.next() && row.getString(1) != null) {
                            created.add(row.getString(1));
                        }
                    }
                }
                for (ArchiveFile file : files) {
                    restoreFile(connection, file);
                }
                return null;
            });
            restored.addAll(files);
        }
        return new RestoreReport(restored, created);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Export

    private ArchiveFile exportFile(Connection connection, Path target, String query, String liveTable, Checksum expected,
            LogTable table, YearMonth month, UUID organizationId, ArchiveFile.Kind kind) throws SQLException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            MessageDigest sha256 = sha256();
            long copied;
            try (OutputStream file = Files.newOutputStream(partial);
                    DigestOutputStream digest = new DigestOutputStream(file, sha256);
                    GZIPOutputStream gzip = new GZIPOutputStream(digest)) {
                copied = copyManager(connection).copyOut("copy (" + query + ") to stdout with (format csv, header true)", gzip);
            } catch (IOException failure) {
                throw archiveFailure("the archive file " + target + " could not be written", failure);
            }
            if (copied != expected.rows()) {
                throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, "the export of " + target + " wrote " + copied + " rows where the "
                        + "database counted " + expected.rows());
            }
            Checksum readBack = fileChecksum(connection, partial, liveTable, "archive_check_" + kind.name().toLowerCase(Locale.ROOT));
            if (!readBack.equals(expected)) {
                throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, "the archive file " + target + " does not read back as exported ("
                        + readBack.rows() + " rows, checksum " + readBack.checksum() + "; exported " + expected.rows() + " rows, checksum "
                        + expected.checksum() + ")");
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            try {
                if (Files.exists(target)) {
                    ArchiveFile previous = readManifestIfPresent(target.getParent())
                            .flatMap(manifest -> manifest.files().stream()
                                    .filter(file -> file.organizationId().equals(organizationId) && file.kind() == kind)
                                    .findFirst())
                            .orElse(null);
                    if (previous == null || !previous.contentChecksum().equals(expected.checksum())) {
                        throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, "the archive " + target + " holds other rows of organization "
                                + organizationId + " in " + month + "; restore it, or move it away, before archiving the month again");
                    }
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException failure) {
                throw archiveFailure("the archive file " + target + " could not be written", failure);
            }
            return new ArchiveFile(table, month, organizationId, kind, target, expected.rows(), hash, expected.checksum());
        } finally {
            deleteQuietly(partial);
        }
    }

    private static String rowsQuery(LogTable table, UUID organizationId, YearMonth month) {
        return """
                select t.* from atlvs.%1$s t
                 where t.organization_id = '%3$s' and t.%2$s >= '%4$s' and t.%2$s < '%5$s'
                 order by t.id""".formatted(table.tableName(), table.timeColumn(), organizationId, lowerBound(month),
                lowerBound(month.plusMonths(1)));
    }

    private static String sealedQuery(UUID organizationId, YearMonth month) {
        return """
                select s.* from atlvs.audit_sealed_values s
                 where s.organization_id = '%1$s'
                   and exists (select 1 from atlvs.audit_logs l
                                where l.organization_id = s.organization_id and l.id = s.id
                                  and l.occurred_at >= '%2$s' and l.occurred_at < '%3$s')
                 order by s.id""".formatted(organizationId, lowerBound(month), lowerBound(month.plusMonths(1)));
    }

    private static Checksum monthChecksum(Connection connection, LogTable table, UUID organizationId, YearMonth month)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select row_count, checksum from atlvs.archived_month_checksum(?, ?, ?)")) {
            statement.setString(1, table.tableName());
            statement.setObject(2, organizationId);
            statement.setObject(3, month.atDay(1));
            return checksum(statement);
        }
    }

    private static Checksum sealedChecksum(Connection connection, UUID organizationId, YearMonth month) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select row_count, checksum from atlvs.archived_sealed_checksum(?, ?)")) {
            statement.setObject(1, organizationId);
            statement.setObject(2, month.atDay(1));
            return checksum(statement);
        }
    }

    /** Loads a file into a temporary table shaped like {@code liveTable} and sums it as the database sums the live rows. */
    private static Checksum fileChecksum(Connection connection, Path file, String liveTable, String temporary) throws SQLException {
        loadFile(connection, file, liveTable, temporary);
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*), coalesce(md5(string_agg(t::text, e'\\n' order by t.id)), md5('')) from pg_temp." + temporary + " t")) {
            return checksum(statement);
        }
    }

    private static void loadFile(Connection connection, Path file, String liveTable, String temporary) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists pg_temp." + temporary);
            statement.execute("create temporary table " + temporary + " (like atlvs." + liveTable + ") on commit drop");
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            copyManager(connection).copyIn("copy pg_temp." + temporary + " from stdin with (format csv, header match)", in);
        } catch (IOException failure) {
            throw archiveFailure("the archive file " + file + " could not be read", failure);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Restore

    private static void verifyFileBytes(ArchiveFile file) {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException failure) {
            throw archiveFailure("the archive file " + file.path() + " could not be read", failure);
        }
        String hash = HexFormat.of().formatHex(sha256.digest());
        if (!hash.equals(file.sha256())) {
            throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, "the archive file " + file.path()
                    + " does not match its manifest (SHA-256 " + hash + ", manifest " + file.sha256() + "); nothing was restored");
        }
    }

    private static void restoreFile(Connection connection, ArchiveFile file) throws SQLException {
        boolean rows = file.kind() == ArchiveFile.Kind.ROWS;
        String liveTable = rows ? file.table().tableName() : "audit_sealed_values";
        String temporary = rows ? "archive_rows" : "archive_sealed_values";
        Checksum loaded = fileChecksum(connection, file.path(), liveTable, temporary);
        Checksum expected = new Checksum(file.rows(), file.contentChecksum());
        if (!loaded.equals(expected)) {
            throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, "the rows of " + file.path() + " do not match its manifest ("
                    + loaded.rows() + " rows, checksum " + loaded.checksum() + "; manifest " + expected.rows() + " rows, checksum "
                    + expected.checksum() + "); nothing was restored");
        }
        if (rows) {
            String outside = """
                    select count(*) from pg_temp.archive_rows r
                     where r.organization_id <> ? or r.%1$s < ?::timestamptz or r.%1$s >= ?::timestamptz
                    """.formatted(file.table().timeColumn());
            try (PreparedStatement statement = connection.prepareStatement(outside)) {
                statement.setObject(1, file.organizationId());
                statement.setString(2, lowerBound(file.month()));
                statement.setString(3, lowerBound(file.month().plusMonths(1)));
                if (count(statement) > 0) {
                    throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, "the archive file " + file.path()
                            + " holds rows of another organization or month than its manifest says; nothing was restored");
                }
            }
        }
        String present = "select count(*) from atlvs." + liveTable + " l where l.organization_id = ? and l.id in (select r.id from pg_temp."
                + temporary + " r)";
        try (PreparedStatement statement = connection.prepareStatement(present)) {
            statement.setObject(1, file.organizationId());
            long already = count(statement);
            if (already > 0) {
                throw new AtlvsException(CoreErrorCode.ARCHIVE_ROWS_PRESENT, already + " rows of " + file.path() + " are in "
                        + liveTable + " already (restored before?); nothing of organization " + file.organizationId() + " was restored");
            }
        }
        insertRows(connection, liveTable, temporary);
        String restored = "select count(*), coalesce(md5(string_agg(l::text, e'\\n' order by l.id)), md5('')) from atlvs." + liveTable
                + " l where l.organization_id = ? and l.id in (select r.id from pg_temp." + temporary + " r)";
        try (PreparedStatement statement = connection.prepareStatement(restored)) {
            statement.setObject(1, file.organizationId());
            Checksum live = checksum(statement);
            if (!live.equals(expected)) {
                throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, "the restored rows of " + file.path() + " do not match the "
                        + "manifest (" + live.rows() + " rows, checksum " + live.checksum() + "); nothing was restored");
            }
        }
    }

    /**
     * Writes the rows of {@code pg_temp.<temporary>} into {@code atlvs.<liveTable>}, under its row-level security: in one
     * {@code insert ... select}, or where Citus is installed one {@code insert ... values} per row (batched), because
     * Citus writes the rows of an {@code insert ... select} from a local table with {@code COPY}, which a shard on
     * another node refuses under row-level security.
     */
    private static void insertRows(Connection connection, String liveTable, String temporary) throws SQLException {
        if (!Distribution.citusInstalled(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into atlvs." + liveTable + " select * from pg_temp." + temporary);
            }
            return;
        }
        try (Statement read = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into atlvs." + liveTable + " values ((cast(? as atlvs." + liveTable + ")).*)")) {
            read.setFetchSize(RESTORE_BATCH);
            try (ResultSet rows = read.executeQuery("select t::text from pg_temp." + temporary + " t order by t.id")) {
                int pending = 0;
                while (rows.next()) {
                    insert.setString(1, rows.getString(1));
                    insert.addBatch();
                    if (++pending == RESTORE_BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Manifest

    private record Manifest(LogTable table, YearMonth month, List<ArchiveFile> files) {}

    private static synchronized void recordInManifest(Path folder, ArchivedMonth month) {
        List<ArchiveFile> files = new ArrayList<>(readManifestIfPresent(folder).map(Manifest::files).orElse(List.of()));
        files.removeIf(file -> file.organizationId().equals(month.organizationId()));
        files.addAll(month.files());
        files.sort(Comparator.comparing(ArchiveFile::organizationId).thenComparing(ArchiveFile::kind));
        JsonObject manifest = new JsonObject();
        manifest.addProperty("format", FORMAT);
        manifest.addProperty("table", month.table().tableName());
        manifest.addProperty("month", month.month().toString());
        JsonArray entries = new JsonArray();
        for (ArchiveFile file : files) {
            JsonObject entry = new JsonObject();
            entry.addProperty("organizationId", file.organizationId().toString());
            entry.addProperty("kind", file.kind().name().toLowerCase(Locale.ROOT));
            entry.addProperty("file", file.path().getFileName().toString());
            entry.addProperty("rows", file.rows());
            entry.addProperty("sha256", file.sha256());
            entry.addProperty("contentChecksum", file.contentChecksum());
            entries.add(entry);
        }
        manifest.add("files", entries);
        Path target = folder.resolve(MANIFEST);
        Path partial = folder.resolve(MANIFEST + ".partial");
        try {
            Files.writeString(partial, GSON.toJson(manifest) + "\n", StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw archiveFailure("the manifest " + target + " could not be written", failure);
        }
    }

    private static Manifest readManifest(Path folder) {
        return readManifestIfPresent(folder).orElseThrow(() -> new AtlvsException(CoreErrorCode.ARCHIVE_INVALID,
                "no archive manifest in " + folder + ": restore takes a month's folder <dir>/<table>/<yyyy-mm> written by the archive"));
    }

    private static Optional<Manifest> readManifestIfPresent(Path folder) {
        Path path = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            JsonObject manifest = JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!FORMAT.equals(manifest.get("format").getAsString())) {
                throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, "the manifest " + path + " is not of the format " + FORMAT);
            }
            LogTable table = LogTable.named(manifest.get("table").getAsString());
            YearMonth month = YearMonth.parse(manifest.get("month").getAsString());
            List<ArchiveFile> files = new ArrayList<>();
            for (JsonElement element : manifest.getAsJsonArray("files")) {
                JsonObject entry = element.getAsJsonObject();
                String file = entry.get("file").getAsString();
                if (file.contains("/") || file.contains("\\") || file.startsWith(".")) {
                    throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, "the manifest " + path + " names a file outside its folder: " + file);
                }
                files.add(new ArchiveFile(table, month, UUID.fromString(entry.get("organizationId").getAsString()),
                        ArchiveFile.Kind.valueOf(entry.get("kind").getAsString().toUpperCase(Locale.ROOT)), folder.resolve(file),
                        entry.get("rows").getAsLong(), entry.get("sha256").getAsString(), entry.get("contentChecksum").getAsString()));
            }
            return Optional.of(new Manifest(table, month, files));
        } catch (IOException failure) {
            throw archiveFailure("the manifest " + path + " could not be read", failure);
        } catch (JsonParseException | IllegalStateException | NullPointerException | IllegalArgumentException | DateTimeParseException malformed) {
            throw new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, "the manifest " + path + " is malformed: " + malformed.getMessage(), malformed);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Organizations, retention and partitions

    private List<UUID> organizations() {
        return owner(connection -> {
            List<UUID> ids = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select organization_id from atlvs.organization_slugs order by organization_id")) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            ids.add(0, PLATFORM);
            return ids;
        });
    }

    private static int retentionDays(Connection connection, UUID organization, LogTable table) throws SQLException {
        if (PLATFORM.equals(organization)) {
            return PLATFORM_RETENTION_DAYS;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + table.retentionColumn() + " from atlvs.organizations where id = ?")) {
            statement.setObject(1, organization);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new AtlvsException(CoreErrorCode.NOT_FOUND, "no organization " + organization);
                }
                return row.getInt(1);
            }
        }
    }

    private OptionalInt shortestRetention(LogTable table) {
        return organizations().stream()
                .mapToInt(organization -> inOrganization(organization, false, connection -> retentionDays(connection, organization, table)))
                .min();
    }

    private List<YearMonth> partitionMonths(LogTable table) {
        return owner(connection -> {
            List<YearMonth> months = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                     where i.inhparent = ?::regclass order by c.relname""")) {
                statement.setString(1, "atlvs." + table.tableName());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Matcher matcher = PARTITION.matcher(rows.getString(1));
                        if (matcher.find()) {
                            months.add(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
                        }
                    }
                }
            }
            return months;
        });
    }

    private boolean dropEmptyPartition(LogTable table, YearMonth month) {
        return owner(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select atlvs.drop_empty_month_partition(?::regclass, ?)")) {
                statement.setString(1, "atlvs." + table.tableName());
                statement.setObject(2, month.atDay(1));
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    private static String partitionName(LogTable table, YearMonth month) {
        return "%s_y%04dm%02d".formatted(table.tableName(), month.getYear(), month.getMonthValue());
    }

    /** The folder of one log's month in an archive: {@code <dir>/<table>/<yyyy-mm>}. */
    public static Path monthFolder(Path dir, LogTable table, YearMonth month) {
        requireNonNull(dir, "dir is null");
        return dir.resolve(table.tableName()).resolve(month.toString());
    }

    /** The months archived under {@code dir} for {@code table}, oldest first. */
    public static List<YearMonth> archivedMonths(Path dir, LogTable table) {
        Path tableFolder = dir.resolve(table.tableName());
        if (!Files.isDirectory(tableFolder)) {
            return List.of();
        }
        try (var folders = Files.list(tableFolder)) {
            return folders.map(folder -> folder.getFileName().toString())
                    .filter(name -> MONTH_FOLDER.matcher(name).matches())
                    .map(YearMonth::parse)
                    .sorted()
                    .toList();
        } catch (IOException failure) {
            throw archiveFailure("the archive folder " + tableFolder + " could not be listed", failure);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Connections

    @FunctionalInterface
    private interface SqlWork<R> {
        R run(Connection connection) throws SQLException;
    }

    private <R> R owner(SqlWork<R> work) {
        return transaction(null, false, work);
    }

    private <R> R inOrganization(UUID organization, boolean snapshot, SqlWork<R> work) {
        return transaction(organization, snapshot, work);
    }

    /**
     * Runs {@code work} in one transaction on an owner connection, in UTC (the archive's text of times, and the
     * checksums over it, do not depend on the host's zone), scoped to {@code organization} when given; with
     * {@code snapshot}, every statement sees the same snapshot (repeatable read), so that a count, a checksum and an
     * export agree.
     */
    private <R> R transaction(UUID organization, boolean snapshot, SqlWork<R> work) {
        try (Connection connection = ownerDataSource.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            if (snapshot) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            R result;
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local time zone 'UTC'");
                }
                if (organization != null) {
                    proofs.beginSystem(connection, PLATFORM.equals(organization) ? null : organization, null, null);
                }
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                // A connection that the pool retired on the failure refuses every call: the failure is what to report.
                try {
                    connection.rollback();
                    connection.setTransactionIsolation(isolation);
                    connection.setAutoCommit(autoCommit);
                } catch (SQLException unusable) {
                    failure.addSuppressed(unusable);
                }
                throw failure;
            }
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
            return result;
        } catch (SQLException failure) {
            if ("AR010".equals(failure.getSQLState())) {
                throw new AtlvsException(CoreErrorCode.ARCHIVE_ROWS_CHANGED, serverMessage(failure), failure);
            }
            throw SqlErrors.translate(failure, Constraints.none());
        }
    }

    private static String serverMessage(SQLException failure) {
        if (failure instanceof org.postgresql.util.PSQLException server && server.getServerErrorMessage() != null) {
            return server.getServerErrorMessage().getMessage();
        }
        return failure.getMessage();
    }

    private static CopyManager copyManager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Small helpers

    private record Checksum(long rows, String checksum) {}

    private static Checksum checksum(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            row.next();
            return new Checksum(row.getLong(1), row.getString(2));
        }
    }

    private static long count(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The first instant of {@code month}, UTC, as a timestamptz literal. */
    private static String lowerBound(YearMonth month) {
        return month.atDay(1) + " 00:00:00+00";
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException failure) {
            throw archiveFailure("the archive folder " + folder + " could not be created", failure);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // A partial file left behind is overwritten by the next export of the same month.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is unavailable", impossible);
        }
    }

    private static AtlvsException archiveFailure(String message, IOException failure) {
        return new AtlvsException(CoreErrorCode.ARCHIVE_INVALID, message + ": " + failure.getMessage(), failure);
    }

    @Override
    public String toString() {
        return "Maintenance";
    }
}
