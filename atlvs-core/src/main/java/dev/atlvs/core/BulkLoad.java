package dev.atlvs.core;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.internal.Distribution;
import dev.atlvs.core.repository.DatabaseEnum;
import dev.atlvs.core.repository.Identifiers;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.internal.SqlErrors;
import dev.atlvs.core.repository.internal.TransactionScope;
import dev.atlvs.core.validation.internal.StorableText;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads many rows of one tenant table in a tenant transaction, at the speed of PostgreSQL {@code COPY}
 * and with every guarantee of a normal write:
 *
 * <pre>{@code
 * atlvs.inTenant(organizationId, userId, tx -> {
 *     try (BulkLoad tasks = tx.bulkLoad(Task.TABLE, List.of("id", "organization_id", "project_id", "title"))) {
 *         for (...) {
 *             tasks.row(Ids.newId(), organizationId, projectId, title);
 *         }
 *         return tasks.finish();
 *     }
 * });
 * }</pre>
 *
 * <p>Rows are streamed with {@code COPY} into a temporary table of the transaction (which row-level
 * security does not guard and no trigger watches), then moved into the table by one
 * {@code INSERT ... SELECT}: row-level security checks every row against the transaction's tenant,
 * constraints, foreign keys and row triggers run as for any insert, and the audit trigger writes the
 * statement's rows in one set-based pass. {@code COPY FROM} straight into the table is refused by
 * PostgreSQL where row-level security is in force, and would need a role that bypasses it.
 *
 * <p>The work a set-based pass can do once per statement is done once:
 * <ul>
 *   <li>the standard columns ({@code created_at}, {@code created_by}, {@code updated_at}, {@code updated_by},
 *       {@code version}) are stamped by the {@code INSERT ... SELECT} itself, with the transaction's time and actor,
 *       unless the caller names one of them; the standard-column trigger fires only for a row that does not carry
 *       exactly these values, and the tenant policy's check, which verifies the context's MAC over the actor setting
 *       these values are compared with, refuses every row of a transaction whose actor setting was forged;</li>
 *   <li>polymorphic links ({@code entity_type}, {@code entity_id} of comments, attachments, taggings, notifications)
 *       are checked after the statement with one join per entity type, the errors those of a single insert;</li>
 *   <li>the audit trail is written by one statement-level pass.</li>
 * </ul>
 * Foreign keys, checks, indexes, the tenant policy's check and the module triggers of the table still run per row;
 * together with the audit pass they are what a load costs (README, "Benchmarks"). Any error refuses the whole load.
 *
 * <p>PostgreSQL plans those per-row checks once per session and keeps the plans until the tables' statistics change;
 * made on tables without statistics (a new database), they can read every row of a project for each loaded row. So
 * {@link #finish()} analyzes, inside the transaction, the table and the tables it references once the transaction has
 * inserted at least 1,000 rows into them and more than half as many as their statistics count, and sees its tenant's
 * rows in them ({@code atlvs.gather_load_statistics}, decision 0022), before and after its statement; a table another
 * transaction is analyzing is skipped. README, "Benchmarks".
 *
 * <p>Values are written in PostgreSQL's text form: {@code null} (or an empty {@link Optional}) is SQL
 * NULL; strings are escaped; enums are stored as {@link DatabaseEnum} text; dates, times, numbers, UUIDs and booleans use their {@code toString}.
 * Text PostgreSQL cannot store (a NUL character, an unpaired surrogate) refuses the row with a
 * {@link ValidationException} naming the column's property, before anything is sent.
 * Nothing reaches the table before {@link #finish()}; closing without finishing discards the rows.
 */
public final class BulkLoad implements AutoCloseable {
    private static final int FLUSH_BYTES = 1 << 20;
    private static final AtomicLong STAGING_NAMES = new AtomicLong();
    private static final List<String> STAMP_COLUMNS = List.of("created_at", "created_by", "updated_at", "updated_by", "version");
    private static final String STAMP_VALUES = "now(), stamp.actor, now(), stamp.actor, 1";
    private static final String STAMP_SOURCE = "(select nullif(current_setting('atlvs.actor_id', true), '')::uuid as actor) stamp";

    private final Handle handle;
    private final String table;
    private final String staging;
    private final String columnList;
    private final String rowValues;
    private final boolean stamped;
    private final int columnCount;
    private final String entity;
    private final List<String> properties;
    private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
    private CopyIn copy;
    private long rows;
    private boolean done;

    BulkLoad(Handle handle, Table<?, ?> table, List<String> columns) {
        this.handle = requireNonNull(handle, "handle is null");
        requireNonNull(table, "table is null");
        requireNonNull(columns, "columns is null");
        if (table.scope() == Table.Scope.GLOBAL) {
            throw new AtlvsException(CoreErrorCode.NO_TRANSACTION, "bulk loads write tenant tables only");
        }
        if (columns.isEmpty()) {
            throw ValidationException.of("BulkLoad", "columns", "NotEmpty", "name at least one column");
        }
        for (String column : columns) {
            if (table.column(column).isEmpty()) {
                throw ValidationException.of("BulkLoad", "columns", "KnownColumn", "is not a column of " + table.name());
            }
            if (table.column(column).get().encrypted() || table.column(column).get().role() == dev.atlvs.core.repository.Column.Role.BLIND_INDEX) {
                throw ValidationException.of("BulkLoad", "columns", "NotEncrypted",
                        column + " of " + table.name() + " is encrypted: write it through the repository, which encrypts each row");
            }
        }
        this.table = table.quotedName();
        this.staging = Identifiers.quote("atlvs_bulk_" + table.name() + "_" + STAGING_NAMES.incrementAndGet());
        this.columnList = columns.stream().map(Identifiers::quote).collect(java.util.stream.Collectors.joining(", "));
        this.rowValues = columns.stream().map(column -> "r." + Identifiers.quote(column)).collect(java.util.stream.Collectors.joining(", "));
        this.columnCount = columns.size();
        this.stamped = STAMP_COLUMNS.stream().allMatch(column -> table.column(column)
                        .filter(known -> known.role() == dev.atlvs.core.repository.Column.Role.MANAGED).isPresent())
                && columns.stream().noneMatch(STAMP_COLUMNS::contains);
        this.entity = table.entityName();
        this.properties = columns.stream().map(column -> table.column(column).orElseThrow().property()).toList();
        run(() -> {
            try (Statement statement = handle.getConnection().createStatement()) {
                statement.execute("create temporary table " + staging + " on commit drop as select " + columnList + " from "
                        + this.table + " with no data");
            }
            copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + staging + " (" + columnList + ") from stdin");
            return null;
        });
    }

    /** Adds one row: a value for each column, in the order given to {@link TenantTransaction#bulkLoad}. */
    public BulkLoad row(Object... values) {
        if (done) {
            throw new IllegalStateException("the bulk load has finished");
        }
        if (values.length != columnCount) {
            throw new IllegalArgumentException("expected " + columnCount + " values, got " + values.length);
        }
        for (int index = 0; index < values.length; index++) {
            Object value = values[index];
            StorableText.require(entity, properties.get(index), value instanceof Optional<?> optional ? optional.orElse(null) : value);
        }
        for (int index = 0; index < values.length; index++) {
            if (index > 0) {
                buffer.append('\t');
            }
            append(values[index]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_BYTES) {
            flush();
        }
        return this;
    }

    /** Moves the rows into the table in one statement and returns how many were inserted. */
    public long finish() {
        if (done) {
            throw new IllegalStateException("the bulk load has finished");
        }
        flush();
        done = true;
        return run(() -> {
            copy.endCopy();
            try (Statement statement = handle.getConnection().createStatement()) {
                long inserted;
                if (Distribution.citusInstalled(handle.getConnection())) {
                    // Citus writes an INSERT ... SELECT from a table of the coordinator with COPY, which row-level
                    // security refuses on a shard of another node: each row is inserted with its values instead, routed
                    // to its organization's shard, under the policies like any insert.
                    statement.execute("do $bulk$ declare r record; begin for r in select " + columnList + " from " + staging
                            + " loop insert into " + table + " (" + columnList + ") values (" + rowValues + "); end loop; end $bulk$");
                    inserted = rows;
                } else {
                    gatherStatistics();
                    inserted = statement.executeLargeUpdate(stamped
                            ? "insert into " + table + " (" + columnList + ", " + String.join(", ", STAMP_COLUMNS) + ") select "
                                    + rowValues + ", " + STAMP_VALUES + " from " + staging + " r cross join " + STAMP_SOURCE
                            : "insert into " + table + " (" + columnList + ") select " + columnList + " from " + staging);
                    gatherStatistics();
                }
                statement.execute("drop table " + staging);
                return inserted;
            }
        });
    }

    /**
     * Analyzes the table and the tables it references where this transaction has inserted many rows since their
     * statistics were made ({@code atlvs.gather_load_statistics}), so that the checks of the next statement are
     * planned on what the tables now hold.
     */
    private void gatherStatistics() throws SQLException {
        try (PreparedStatement gather = handle.getConnection().prepareStatement("select atlvs.gather_load_statistics(?::regclass)")) {
            gather.setString(1, table);
            gather.execute();
        }
    }

    /** Rows added so far. */
    public long rows() {
        return rows;
    }

    /** Discards the rows unless {@link #finish()} ran. */
    @Override
    public void close() {
        if (!done) {
            done = true;
            if (copy != null && copy.isActive()) {
                run(() -> {
                    copy.cancelCopy();
                    return null;
                });
            }
        }
    }

    private void append(Object value) {
        Object plain = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (plain == null) {
            buffer.append("\\N");
        } else if (plain instanceof CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        } else if (plain instanceof Enum<?> constant) {
            buffer.append(DatabaseEnum.toDatabase(constant));
        } else if (plain instanceof Number || plain instanceof Boolean || plain instanceof java.util.UUID
                || plain instanceof LocalDate || plain instanceof OffsetDateTime || plain instanceof Instant) {
            buffer.append(plain);
        } else {
            throw new IllegalArgumentException("no COPY text form for " + plain.getClass().getName());
        }
    }

    private void flush() {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        run(() -> {
            copy.writeToCopy(bytes, 0, bytes.length);
            return null;
        });
    }

    private <R> R run(SqlStep<R> step) {
        try {
            return step.run();
        } catch (SQLException failure) {
            throw SqlErrors.translate(failure, handle.getConfig(TransactionScope.class).constraints());
        }
    }

    @FunctionalInterface
    private interface SqlStep<R> {
        R run() throws SQLException;
    }
}
