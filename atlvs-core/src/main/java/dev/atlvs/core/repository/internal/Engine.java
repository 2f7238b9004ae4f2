package dev.atlvs.core.repository.internal;

import dev.atlvs.core.validation.Validation;
import dev.atlvs.core.validation.internal.JsonText;
import dev.atlvs.core.validation.internal.StorableText;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.error.StaleVersionException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.repository.Column;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Entity;
import dev.atlvs.core.repository.Filter;
import dev.atlvs.core.repository.Identifiers;
import dev.atlvs.core.repository.Page;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The generic repository engine: the SQL of get, page, insert, update, delete, soft delete and restore,
 * derived from a {@link Table} declaration. Every statement names the tenant column explicitly so the
 * planner uses the tenant-leading indexes; row-level security enforces the same in the database.
 */
public final class Engine {

    private Engine() {}

    /** The record with {@code id}, if it exists and is visible (soft-deleted records only when asked). */
    public static <T extends Entity> Optional<T> find(Handle handle, Table<T, ?> table, UUID id, boolean includeDeleted) {
        Scope scope = scope(handle, table);
        Statements<T> statements = statements(table);
        String sql = includeDeleted ? statements.findWithDeleted() : statements.find();
        return run(handle, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = scope.bind(statement, 1);
                statement.setObject(index, id);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(FieldEncryption.map(table, rows, handle.getConfig())) : Optional.empty();
                }
            }
        });
    }

    /**
     * The live records whose encrypted, blind-indexed {@code column} holds {@code value}: matched by the value's
     * blind index under every index key (so rows not yet moved to a new key are found), then compared decrypted.
     */
    public static <T extends Entity> List<T> findByBlindIndex(Handle handle, Table<T, ?> table, String column, Object value) {
        Column<T, ?, ?> source = table.column(column)
                .filter(Column::blindIndexed)
                .orElseThrow(() -> new IllegalArgumentException(table.name() + "." + column + " is not an encrypted column with a blind index"));
        if (value == null) {
            throw new IllegalArgumentException("a blind-index look-up needs a value");
        }
        dev.atlvs.core.crypto.FieldKeys keys = table.keysFor(source, FieldEncryption.of(handle.getConfig()));
        Scope scope = scope(handle, table);
        String text = source.type().toText(source.type().cast(value));
        List<byte[]> indexes = keys.blindIndexes(table.blindIndexInput(source, scope.tenant(), text));
        String sql = "select " + selectList(table) + " from " + table.quotedName() + " where "
                + scope.where(Identifiers.quote(column + "_bidx") + " = any(?)") + (table.softDelete() ? " and deleted_at is null" : "") + " order by id";
        return run(handle, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = scope.bind(statement, 1);
                statement.setArray(index, connection.createArrayOf("bytea", indexes.toArray(new byte[0][])));
                List<T> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        T row = FieldEncryption.map(table, rows, handle.getConfig(), keys);
                        if (value.equals(source.valueOf(row))) {
                            found.add(row);
                        }
                    }
                }
                return found;
            }
        });
    }

    /**
     * Rewrites up to {@code batchSize} rows of the current tenant whose encrypted values or blind indexes were
     * made by a key other than the primary one, with the primary keys; returns how many rows it rewrote.
     */
    public static <T extends Entity> int reencryptBatch(Handle handle, Table<T, ?> table, int batchSize) {
        List<Column<T, ?, ?>> encrypted = table.columns().stream().filter(Column::encrypted).collect(Collectors.toList());
        List<Column<T, ?, ?>> indexes = table.columns().stream().filter(c -> c.role() == Column.Role.BLIND_INDEX).collect(Collectors.toList());
        if (encrypted.isEmpty()) {
            return 0;
        }
        dev.atlvs.core.crypto.FieldKeys keys = table.keysFor(encrypted.get(0), FieldEncryption.of(handle.getConfig()));
        Scope scope = scope(handle, table);
        List<String> stale = new ArrayList<>();
        encrypted.forEach(c -> stale.add("substring(" + c.quotedName() + " from 2 for 4) <> ?"));
        indexes.forEach(c -> stale.add("substring(" + c.quotedName() + " from 2 for 4) <> ?"));
        String select = "select " + selectList(table) + " from " + table.quotedName() + " where "
                + scope.where("(" + String.join(" or ", stale) + ")") + " order by id limit ? for update";
        List<Column<T, ?, ?>> written = new ArrayList<>(encrypted);
        written.addAll(indexes);
        String update = "update " + table.quotedName() + " set "
                + written.stream().map(c -> c.quotedName() + " = ?").collect(Collectors.joining(", "))
                + " where " + scope.where("id = ?");
        byte[] primary = java.nio.ByteBuffer.allocate(4).putInt(keys.primaryKeyId()).array();
        byte[] primaryIndex = java.nio.ByteBuffer.allocate(4).putInt(keys.primaryIndexKeyId()).array();
        return run(handle, connection -> {
            List<T> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                int index = scope.bind(statement, 1);
                for (int i = 0; i < encrypted.size(); i++) {
                    statement.setBytes(index++, primary);
                }
                for (int i = 0; i < indexes.size(); i++) {
                    statement.setBytes(index++, primaryIndex);
                }
                statement.setInt(index, batchSize);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(FieldEncryption.map(table, result, handle.getConfig(), keys));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (T row : rows) {
                    int index = 1;
                    for (Column<T, ?, ?> column : written) {
                        bindValue(statement, index++, table, column, row, keys);
                    }
                    index = scope.bind(statement, index);
                    statement.setObject(index, row.id());
                    statement.addBatch();
                }
                if (!rows.isEmpty()) {
                    statement.executeBatch();
                }
            }
            return rows.size();
        });
    }

    /** The record with {@code id}, or a {@link NotFoundException}. */
    public static <T extends Entity> T get(Handle handle, Table<T, ?> table, UUID id) {
        return find(handle, table, id, false).orElseThrow(() -> NotFoundException.of(table.entityName(), id));
    }

    /** Inserts {@code value} after validating it, and returns the stored record. */
    public static <T extends Entity> T insert(Handle handle, Table<T, ?> table, T value) {
        validateOnce(handle, table, value);
        checkTenant(handle, table, value);
        Statements<T> statements = statements(table);
        List<Column<T, ?, ?>> written = statements.inserted();
        String sql = statements.insert();
        dev.atlvs.core.crypto.FieldKeys keys = FieldEncryption.of(handle.getConfig());
        return run(handle, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Column<T, ?, ?> column : written) {
                    bindValue(statement, index++, table, column, value, keys);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return FieldEncryption.map(table, rows, handle.getConfig());
                }
            }
        });
    }

    /**
     * Updates {@code value}'s row if it still has {@code value.version()}; returns the stored record
     * with the next version. Another writer's change in between raises a {@link StaleVersionException}.
     */
    public static <T extends Entity> T update(Handle handle, Table<T, ?> table, T value) {
        validateOnce(handle, table, value);
        checkTenant(handle, table, value);
        Statements<T> statements = statements(table);
        List<Column<T, ?, ?>> written = statements.updated();
        Scope scope = scope(handle, table);
        String sql = statements.update();
        dev.atlvs.core.crypto.FieldKeys keys = FieldEncryption.of(handle.getConfig());
        Optional<T> updated = run(handle, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Column<T, ?, ?> column : written) {
                    bindValue(statement, index++, table, column, value, keys);
                }
                index = scope.bind(statement, index);
                statement.setObject(index++, value.id());
                statement.setLong(index, value.version());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(FieldEncryption.map(table, rows, handle.getConfig())) : Optional.<T>empty();
                }
            }
        });
        return updated.orElseThrow(() -> missingOrStale(handle, table, value));
    }

    /** Deletes {@code value}'s row if it still has {@code value.version()}. */
    public static <T extends Entity> void delete(Handle handle, Table<T, ?> table, T value) {
        checkTenant(handle, table, value);
        Scope scope = scope(handle, table);
        String sql = statements(table).delete();
        int deleted = run(handle, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = scope.bind(statement, 1);
                statement.setObject(index++, value.id());
                statement.setLong(index, value.version());
                return statement.executeUpdate();
            }
        });
        if (deleted == 0) {
            throw missingOrStale(handle, table, value);
        }
    }

    /** Marks {@code value} deleted (soft delete), checking its version; returns the stored record. */
    public static <T extends Entity> T softDelete(Handle handle, Table<T, ?> table, T value) {
        return setDeleted(handle, table, value, true);
    }

    /** Brings a soft-deleted record back, checking its version; returns the stored record. */
    public static <T extends Entity> T restore(Handle handle, Table<T, ?> table, T value) {
        return setDeleted(handle, table, value, false);
    }

    private static <T extends Entity> T setDeleted(Handle handle, Table<T, ?> table, T value, boolean deleted) {
        if (!table.softDelete()) {
            throw new IllegalArgumentException(table.name() + " is not soft-deletable");
        }
        checkTenant(handle, table, value);
        Scope scope = scope(handle, table);
        String sql = "update " + table.quotedName() + " set deleted_at = " + (deleted ? "now()" : "null")
                + " where " + scope.where("id = ? and version = ?")
                + " and deleted_at is " + (deleted ? "null" : "not null")
                + " returning " + selectList(table);
        Optional<T> changed = run(handle, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = scope.bind(statement, 1);
                statement.setObject(index++, value.id());
                statement.setLong(index, value.version());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(FieldEncryption.map(table, rows, handle.getConfig())) : Optional.<T>empty();
                }
            }
        });
        return changed.orElseThrow(() -> {
            Optional<T> current = find(handle, table, value.id(), true);
            if (current.isEmpty()) {
                return NotFoundException.of(table.entityName(), value.id());
            }
            if (current.get().version() != value.version()) {
                return new StaleVersionException(table.entityName(), value.id(), value.version());
            }
            return new ConflictException(CoreErrorCode.ILLEGAL_TRANSITION, "deletedAt",
                    table.entityName() + " " + value.id() + " is " + (deleted ? "already deleted" : "not deleted"));
        });
    }

    /** One page of records matching {@code request}. */
    public static <T extends Entity> Page<T> page(Handle handle, Table<T, ?> table, PageRequest request) {
        Column<T, ?, ?> sort = table.columnForProperty(request.sortField())
                .filter(Column::sortable)
                .orElseThrow(() -> ValidationException.of("PageRequest", "sort", "Sortable",
                        "must name a sortable field of " + table.entityName()));
        Scope scope = scope(handle, table);
        List<String> conditions = new ArrayList<>();
        conditions.add(scope.where("true"));
        if (table.softDelete() && !request.includesDeleted()) {
            conditions.add("deleted_at is null");
        }
        for (Filter filter : request.filters()) {
            Column<T, ?, ?> column = table.columnForProperty(filter.field())
                    .orElseThrow(() -> ValidationException.of("PageRequest", "filters." + filter.field(), "KnownField",
                            "is not a field of " + table.entityName()));
            StorableText.require("PageRequest", "filters." + filter.field(), filter.values());
            for (Object filterValue : filter.values()) {
                requireJson("PageRequest", "filters." + filter.field(), column, filterValue);
            }
            switch (filter.operator()) {
                case IS_NULL, IS_NOT_NULL -> conditions.add(column.quotedName() + " " + filter.operator().sql());
                case IN -> conditions.add(column.quotedName() + " in (" + filter.values().stream().map(v -> "?").collect(Collectors.joining(", ")) + ")");
                default -> conditions.add(column.quotedName() + " " + filter.operator().sql() + " ?");
            }
        }
        boolean ascending = request.direction() == PageRequest.Direction.ASCENDING;
        Cursor cursor = request.cursor().map(Cursor::decode).orElse(null);
        if (cursor != null && !(cursor.field().equals(sort.property()) && cursor.direction() == request.direction())) {
            throw ValidationException.of("PageRequest", "cursor", "Cursor", "belongs to a page with another sort");
        }
        boolean byId = sort.name().equals("id");
        if (cursor != null) {
            String comparison = ascending ? ">" : "<";
            conditions.add(byId ? "id " + comparison + " ?"
                    : "(" + sort.quotedName() + ", id) " + comparison + " (cast(? as " + sort.type().sqlType() + "), ?)");
        }
        String order = ascending ? "asc" : "desc";
        String sql = "select " + selectList(table) + " from " + table.quotedName()
                + " where " + String.join(" and ", conditions)
                + " order by " + (byId ? "id " + order : sort.quotedName() + " " + order + ", id " + order)
                + " limit ?";
        List<T> rows;
        try {
            rows = pageRows(handle, table, request, scope, sql, cursor, byId);
        } catch (ValidationException malformed) {
            if (cursor != null && malformed.code() == CoreErrorCode.MALFORMED_VALUE) {
                throw ValidationException.of("PageRequest", "cursor", "Cursor", "is not a cursor returned by a previous page");
            }
            throw malformed;
        }
        boolean more = rows.size() > request.limit();
        List<T> items = more ? rows.subList(0, request.limit()) : rows;
        Optional<String> next = Optional.empty();
        if (more) {
            T last = items.get(items.size() - 1);
            Object sortValue = sort.valueOf(last);
            next = Optional.of(new Cursor(sort.property(), request.direction(), byId ? "" : sort.type().toText(sortValue), last.id()).encode());
        }
        return new Page<>(items, next, request);
    }

    private static <T extends Entity> List<T> pageRows(Handle handle, Table<T, ?> table, PageRequest request, Scope scope, String sql,
            Cursor cursor, boolean byId) {
        return run(handle, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = scope.bind(statement, 1);
                for (Filter filter : request.filters()) {
                    Column<T, ?, ?> column = table.columnForProperty(filter.field()).orElseThrow();
                    for (Object filterValue : filter.values()) {
                        try {
                            column.type().bindObject(statement, index++, filterValue);
                        } catch (IllegalArgumentException wrongType) {
                            throw ValidationException.of("PageRequest", "filters." + filter.field(), "Type", wrongType.getMessage());
                        }
                    }
                }
                if (cursor != null) {
                    if (byId) {
                        statement.setObject(index++, cursor.id());
                    } else {
                        statement.setString(index++, cursor.sortValue());
                        statement.setObject(index++, cursor.id());
                    }
                }
                statement.setInt(index, request.limit() + 1);
                List<T> found = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        found.add(FieldEncryption.map(table, result, handle.getConfig()));
                    }
                }
                return found;
            }
        });
    }

    private static <T extends Entity> AtlvsException missingOrStale(Handle handle, Table<T, ?> table, T value) {
        Optional<T> current = find(handle, table, value.id(), false);
        if (current.isEmpty()) {
            return NotFoundException.of(table.entityName(), value.id());
        }
        return new StaleVersionException(table.entityName(), value.id(), value.version());
    }

    /**
     * Validates {@code value} before its write, unless the transaction validated this very value already
     * ({@code TenantTransaction.validate}): each write validates once.
     */
    private static <T extends Entity> void validateOnce(Handle handle, Table<T, ?> table, T value) {
        if (!handle.getConfig(TransactionScope.class).takeValidated(value)) {
            Validation.validate(table.entityName(), value);
        }
    }

    private static <T extends Entity> void checkTenant(Handle handle, Table<T, ?> table, T value) {
        if (table.scope() == Table.Scope.GLOBAL && handle.getConfig(TransactionScope.class).hasTenant()) {
            throw new dev.atlvs.core.error.AccessDeniedException(CoreErrorCode.TENANT_VIOLATION, null,
                    table.entityName() + " records are platform-wide and are changed through the platform API, not in a tenant transaction");
        }
        if (table.scope() == Table.Scope.TENANT) {
            // Row-level security rejects a foreign tenant as well; this gives the clearer error first.
            UUID tenant = handle.getConfig(TransactionScope.class).organizationId();
            UUID valueTenant = value instanceof TenantEntity tenantEntity ? tenantEntity.organizationId() : value.id();
            if (!tenant.equals(valueTenant)) {
                throw new dev.atlvs.core.error.AccessDeniedException(CoreErrorCode.TENANT_VIOLATION, null,
                        table.entityName() + " belongs to another organization than the current transaction");
            }
        }
    }

    private static <T extends Entity, V> void bindValue(PreparedStatement statement, int index, Table<T, ?> table, Column<T, ?, V> column,
            T value, dev.atlvs.core.crypto.FieldKeys keys) throws SQLException {
        if (column.role() != Column.Role.BLIND_INDEX) {
            // A blind index is computed from its encrypted column, which is checked itself.
            StorableText.require(table.entityName(), column.property(), column.valueOf(value));
            requireJson(table.entityName(), column.property(), column, column.valueOf(value));
        }
        if (column.encrypted()) {
            statement.setBytes(index, FieldEncryption.encrypt(table, column, value, keys));
        } else if (column.role() == Column.Role.BLIND_INDEX) {
            statement.setBytes(index, FieldEncryption.blindIndex(table, sourceOf(table, column), value, keys));
        } else {
            column.type().bind(statement, index, column.valueOf(value));
        }
    }

    /** Refuses text of a {@code jsonb} column that PostgreSQL would not store as JSON, naming the field. */
    private static void requireJson(String subject, String field, Column<?, ?, ?> column, Object value) {
        Object plain = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (column.type() == ColumnType.JSONB && plain instanceof String text && !JsonText.wellFormed(text)) {
            throw ValidationException.of(subject, field, JsonText.RULE, JsonText.MESSAGE);
        }
    }

    private static <T extends Entity> Column<T, ?, ?> sourceOf(Table<T, ?> table, Column<T, ?, ?> blindIndex) {
        @SuppressWarnings("unchecked")
        Column<T, ?, ?> source = (Column<T, ?, ?>) table.column(blindIndex.source().orElseThrow()).orElseThrow();
        return source;
    }

    /**
     * A table's quoted column list (part of every read), its statements of get (live rows only, and with soft-deleted
     * ones), insert, update and delete, and the columns the insert and the update bind, in order. They depend on the
     * table's declaration alone, so they are worked out once per table; the same text each time also lets the driver
     * find its prepared statement without hashing a new string.
     */
    private record Statements<T extends Entity>(String selectList, String find, String findWithDeleted, List<Column<T, ?, ?>> inserted,
            String insert, List<Column<T, ?, ?>> updated, String update, String delete) {

        static <T extends Entity> Statements<T> of(Table<T, ?> table) {
            Scope scope = new Scope(scopeColumn(table), null);
            String selectList = table.columns().stream().map(Column::quotedName).collect(Collectors.joining(", "));
            String findWithDeleted = "select " + selectList + " from " + table.quotedName() + " where " + scope.where("id = ?");
            List<Column<T, ?, ?>> inserted = table.columns().stream()
                    .filter(c -> c.role() == Column.Role.TENANT || c.role() == Column.Role.KEY || c.role() == Column.Role.DATA
                            || c.role() == Column.Role.BLIND_INDEX)
                    .collect(Collectors.toList());
            String insert = "insert into " + table.quotedName() + " ("
                    + inserted.stream().map(Column::quotedName).collect(Collectors.joining(", "))
                    + ") values (" + inserted.stream().map(c -> "?").collect(Collectors.joining(", "))
                    + ") returning " + selectList;
            List<Column<T, ?, ?>> updated = table.columns().stream()
                    .filter(c -> (c.role() == Column.Role.DATA || c.role() == Column.Role.BLIND_INDEX) && c.updatable())
                    .collect(Collectors.toList());
            // A table without updatable columns (a pure link) still gets a version-checked touch.
            String assignments = updated.isEmpty() ? "version = version"
                    : updated.stream().map(c -> c.quotedName() + " = ?").collect(Collectors.joining(", "));
            String update = "update " + table.quotedName() + " set " + assignments
                    + " where " + scope.where("id = ? and version = ?")
                    + (table.softDelete() ? " and deleted_at is null" : "")
                    + " returning " + selectList;
            String delete = "delete from " + table.quotedName() + " where " + scope.where("id = ? and version = ?");
            return new Statements<>(selectList, table.softDelete() ? findWithDeleted + " and deleted_at is null" : findWithDeleted, findWithDeleted,
                    inserted, insert, updated, update, delete);
        }
    }

    private static final java.util.Map<Table<?, ?>, Statements<?>> STATEMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private static <T extends Entity> Statements<T> statements(Table<T, ?> table) {
        return (Statements<T>) STATEMENTS.computeIfAbsent(table, t -> Statements.of(table));
    }

    private static <T extends Entity> String selectList(Table<T, ?> table) {
        return statements(table).selectList();
    }

    private static Scope scope(Handle handle, Table<?, ?> table) {
        String column = scopeColumn(table);
        return new Scope(column, column == null ? null : handle.getConfig(TransactionScope.class).organizationId());
    }

    /** The column that scopes {@code table}'s statements to the transaction's tenant; null for a platform-wide table. */
    private static String scopeColumn(Table<?, ?> table) {
        return table.scope() == Table.Scope.GLOBAL ? null : table.tenantColumn().orElseThrow();
    }

    private static <R> R run(Handle handle, SqlWork<R> work) {
        try {
            return work.run(handle.getConnection());
        } catch (SQLException failure) {
            throw SqlErrors.translate(failure, handle.getConfig(TransactionScope.class).constraints());
        }
    }

    @FunctionalInterface
    private interface SqlWork<R> {
        R run(Connection connection) throws SQLException;
    }

    /** The tenant condition of a statement, when the table has one. */
    private record Scope(String column, UUID tenant) {
        String where(String condition) {
            return column == null ? condition : Identifiers.quote(column) + " = ? and " + condition;
        }

        int bind(PreparedStatement statement, int index) throws SQLException {
            if (column == null) {
                return index;
            }
            statement.setObject(index, tenant);
            return index + 1;
        }
    }

    /** A page cursor: the sort it belongs to, the sort value of the last row (as text) and its id. */
    private record Cursor(String field, PageRequest.Direction direction, String sortValue, UUID id) {
        String encode() {
            String text = field + "\n" + direction + "\n" + id + "\n" + sortValue;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\n", 4);
                if (!StorableText.storable(parts[3])) {
                    throw new IllegalArgumentException("a cursor's sort value is storable text");
                }
                return new Cursor(parts[0], PageRequest.Direction.valueOf(parts[1]), parts[3], UUID.fromString(parts[2]));
            } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
                throw ValidationException.of("PageRequest", "cursor", "Cursor", "is not a cursor returned by a previous page");
            }
        }
    }
}
