package dev.atlvs.core.repository;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.repository.Column.Role;
import dev.atlvs.core.crypto.FieldKeys;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The single declaration of a table's columns, from which the generic repository engine derives its
 * SQL and row mapping, and against which a contract test checks the live schema. It is derived at compile
 * time from the value type's accessors by the {@code atlvs-processor} annotation processor (see
 * {@link Db}), which writes it as {@code <Type>Table.TABLE}; the value type exposes it under its own name:
 *
 * <pre>{@code
 * @Value.Immutable
 * @AtlvsStyle
 * @Db.Table("locations")
 * public interface Location extends TenantEntity, SoftDeletable {
 *     Table<Location, ImmutableLocation.Builder> TABLE = LocationTable.TABLE;
 *     ...
 * }
 * }</pre>
 *
 * <p>The tenant key and id come first and the standard columns ({@code created_at}, {@code created_by},
 * {@code updated_at}, {@code updated_by}, {@code version}, and {@code deleted_at} for soft-deletable
 * tables) are added by the declaration itself. {@link #tenant}, {@link #tenantRoot} and {@link #global}
 * start a declaration by hand, for a table whose value type cannot be annotated.
 *
 * @param <T> the value type
 * @param <B> the value type's builder
 */
public final class Table<T extends Entity, B extends Entity.Builder<?>> {

    /** How the table is scoped. */
    public enum Scope {
        /** Rows belong to one organization and row-level security filters them by the tenant column. */
        TENANT,
        /** Platform-wide rows (users). */
        GLOBAL
    }

    /** The schema of every ATLVS table. */
    public static final String SCHEMA = "atlvs";

    private final String name;
    private final Class<T> type;
    private final String entityName;
    private final Scope scope;
    private final String tenantColumn;
    private final List<Column<T, B, ?>> columns;
    private final Map<String, Column<T, B, ?>> byName;
    private final Map<String, Column<T, B, ?>> byProperty;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final boolean softDelete;

    private Table(Definition<T, B> definition) {
        this.name = definition.name;
        this.type = definition.type;
        this.entityName = definition.entityName;
        this.scope = definition.scope;
        this.tenantColumn = definition.tenantColumn;
        this.columns = List.copyOf(definition.columns);
        this.newBuilder = definition.newBuilder;
        this.build = definition.build;
        this.softDelete = definition.softDelete;
        Map<String, Column<T, B, ?>> names = new LinkedHashMap<>();
        Map<String, Column<T, B, ?>> properties = new LinkedHashMap<>();
        for (Column<T, B, ?> column : columns) {
            if (names.put(column.name(), column) != null) {
                throw new IllegalArgumentException(name + " declares column " + column.name() + " twice");
            }
            if (column.role() != Role.BLIND_INDEX) {
                properties.put(column.property(), column);
            }
        }
        this.byName = Map.copyOf(names);
        this.byProperty = Map.copyOf(properties);
    }

    private static final ClassValue<Table<?, ?>> DERIVED = new ClassValue<>() {
        @Override
        protected Table<?, ?> computeValue(Class<?> type) {
            String generated = type.getName() + "Table";
            try {
                Class<?> holder = Class.forName(generated, true, type.getClassLoader());
                Table<?, ?> table = (Table<?, ?>) holder.getField("TABLE").get(null);
                if (table.type() != type) {
                    throw new IllegalStateException(generated + ".TABLE declares " + table.type().getName());
                }
                return table;
            } catch (ReflectiveOperationException | ClassCastException | IllegalStateException missing) {
                throw new AtlvsException(CoreErrorCode.MODULE_SETUP_INVALID, "no table declaration for " + type.getName()
                        + ": annotate it @Db.Table and put dev.atlvs:atlvs-processor on the compiler's annotation processor path", missing);
            }
        }
    };

    /**
     * The declaration the {@code atlvs-processor} generated for {@code type} ({@code <Type>Table.TABLE}).
     *
     * @throws AtlvsException ({@link CoreErrorCode#MODULE_SETUP_INVALID}) when there is none
     */
    @SuppressWarnings("unchecked")
    public static <T extends Entity> Table<T, ?> of(Class<T> type) {
        return (Table<T, ?>) DERIVED.get(requireNonNull(type, "type is null"));
    }

    /** Starts the declaration of a tenant table keyed by {@code (organization_id, id)}. */
    public static <T extends TenantEntity, B extends TenantEntity.Builder<?>> Definition<T, B> tenant(
            String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
        Definition<T, B> definition = new Definition<>(name, type, Scope.TENANT, "organization_id", newBuilder, build);
        definition.add(new Column<>("organization_id", ColumnType.UUID_TYPE, false, TenantEntity::organizationId,
                (B b, UUID v) -> b.organizationId(v), Role.TENANT, false, false, false));
        definition.add(new Column<>("id", ColumnType.UUID_TYPE, false, Entity::id, (B b, UUID v) -> b.id(v), Role.KEY, false, false, true));
        return definition;
    }

    /**
     * Starts the declaration of a table whose own id is the tenant key (organizations): a transaction
     * sees exactly the row of its tenant.
     */
    public static <T extends Entity, B extends Entity.Builder<?>> Definition<T, B> tenantRoot(
            String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
        Definition<T, B> definition = new Definition<>(name, type, Scope.TENANT, "id", newBuilder, build);
        definition.add(new Column<>("id", ColumnType.UUID_TYPE, false, Entity::id, (B b, UUID v) -> b.id(v), Role.KEY, false, false, true));
        return definition;
    }

    /** Starts the declaration of a platform-wide table keyed by {@code id}. */
    public static <T extends Entity, B extends Entity.Builder<?>> Definition<T, B> global(
            String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
        Definition<T, B> definition = new Definition<>(name, type, Scope.GLOBAL, null, newBuilder, build);
        definition.add(new Column<>("id", ColumnType.UUID_TYPE, false, Entity::id, (B b, UUID v) -> b.id(v), Role.KEY, false, false, true));
        return definition;
    }

    /** The table name, without schema. */
    public String name() {
        return name;
    }

    /** The schema-qualified table name. */
    public String qualifiedName() {
        return SCHEMA + "." + name;
    }

    /** The schema-qualified table name as it goes into statement text, each part quoted: {@code "atlvs"."locations"}. */
    public String quotedName() {
        return Identifiers.qualified(SCHEMA, name);
    }

    /** The value type of the table's records. */
    public Class<T> type() {
        return type;
    }

    /** The entity name used in messages, e.g. {@code Location}. */
    public String entityName() {
        return entityName;
    }

    /** How the table is scoped. */
    public Scope scope() {
        return scope;
    }

    /** The column compared with the transaction's tenant, for tenant tables. */
    public Optional<String> tenantColumn() {
        return Optional.ofNullable(tenantColumn);
    }

    /** Whether deletion stamps {@code deleted_at} instead of removing the row. */
    public boolean softDelete() {
        return softDelete;
    }

    /** Every column, in declaration order. */
    public List<Column<T, B, ?>> columns() {
        return columns;
    }

    /** The column with this name. */
    public Optional<Column<T, B, ?>> column(String columnName) {
        return Optional.ofNullable(byName.get(columnName));
    }

    /** The column mapped to this Java property. */
    public Optional<Column<T, B, ?>> columnForProperty(String property) {
        return Optional.ofNullable(byProperty.get(property));
    }

    /** The Java property of a column, or the column name in camel case when it is not declared. */
    public String propertyOf(String columnName) {
        Column<T, B, ?> column = byName.get(columnName);
        return column == null ? Column.propertyName(columnName) : column.property();
    }

    /** Maps the current row of {@code resultSet} to a value. */
    public T map(ResultSet resultSet) throws SQLException {
        return map(resultSet, null);
    }

    /**
     * Maps the current row of {@code resultSet} to a value, decrypting its encrypted columns with {@code keys}
     * (which may be null for a table without encrypted columns).
     *
     * @throws AtlvsException ({@link CoreErrorCode#ENCRYPTION_KEY_MISSING}) when an encrypted value is present
     *         and no keys were given or none of them decrypts it
     */
    public T map(ResultSet resultSet, FieldKeys keys) throws SQLException {
        B builder = newBuilder.get();
        for (Column<T, B, ?> column : columns) {
            if (column.encrypted()) {
                readEncrypted(column, resultSet, builder, keys);
            } else if (column.role() != Column.Role.BLIND_INDEX) {
                read(column, resultSet, builder);
            }
        }
        return build.apply(builder);
    }

    private static <T, B, V> void read(Column<T, B, V> column, ResultSet resultSet, B builder) throws SQLException {
        column.set(builder, column.type().read(resultSet, column.name()));
    }

    private <V> void readEncrypted(Column<T, B, V> column, ResultSet resultSet, B builder, FieldKeys keys) throws SQLException {
        byte[] ciphertext = resultSet.getBytes(column.name());
        if (ciphertext == null) {
            return;
        }
        UUID tenant = tenantColumn == null ? null : resultSet.getObject(tenantColumn, UUID.class);
        UUID id = resultSet.getObject("id", UUID.class);
        byte[] plaintext = keysFor(column, keys).decrypt(ciphertext, associatedData(column, tenant, id));
        column.set(builder, column.type().fromText(new String(plaintext, StandardCharsets.UTF_8)));
    }

    /** The keys to encrypt or decrypt {@code column} with, or a setup error naming it when there are none. */
    public FieldKeys keysFor(Column<T, ?, ?> column, FieldKeys keys) {
        if (keys == null) {
            throw new AtlvsException(CoreErrorCode.ENCRYPTION_KEY_MISSING, name + "." + column.name()
                    + " is encrypted and no field keys are configured: give them to Atlvs.Builder.fieldKeys");
        }
        return keys;
    }

    /**
     * What the ciphertext of {@code column} in the row {@code id} of tenant {@code tenant} is bound to: table,
     * column, tenant and row, so a ciphertext copied to another row, column or organization does not decrypt.
     */
    public byte[] associatedData(Column<T, ?, ?> column, UUID tenant, UUID id) {
        return ("atlvs.v1|" + name + "|" + column.name() + "|" + tenant + "|" + id).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What the blind index of {@code column} hashes for the plaintext {@code text} in tenant {@code tenant}: equal
     * values match within one table column of one organization only.
     */
    public byte[] blindIndexInput(Column<T, ?, ?> column, UUID tenant, String text) {
        return ("atlvs.v1|" + name + "|" + column.name() + "|" + tenant + "|" + text).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return qualifiedName();
    }

    /**
     * A table declaration under construction.
     *
     * @param <T> the value type
     * @param <B> the value type's builder
     */
    public static final class Definition<T extends Entity, B extends Entity.Builder<?>> {
        private final String name;
        private final Class<T> type;
        private final String entityName;
        private final Scope scope;
        private final String tenantColumn;
        private final Supplier<B> newBuilder;
        private final Function<B, T> build;
        private final List<Column<T, B, ?>> columns = new ArrayList<>();
        private boolean softDelete;

        private Definition(String name, Class<T> type, Scope scope, String tenantColumn, Supplier<B> newBuilder,
                Function<B, T> build) {
            this.name = requireNonNull(name, "name is null");
            this.type = requireNonNull(type, "type is null");
            this.entityName = type.getSimpleName();
            this.scope = scope;
            this.tenantColumn = tenantColumn;
            this.newBuilder = requireNonNull(newBuilder, "newBuilder is null");
            this.build = requireNonNull(build, "build is null");
        }

        private void add(Column<T, B, ?> column) {
            columns.add(column);
        }

        /** A non-null column. */
        public <V> Definition<T, B> column(String column, ColumnType<V> type, Function<? super T, V> getter, BiConsumer<? super B, V> setter) {
            add(new Column<>(column, type, false, getter, setter, Role.DATA, true, false, false));
            return this;
        }

        /** A nullable column, mapped to an {@code Optional} property. */
        public <V> Definition<T, B> optional(String column, ColumnType<V> type, Function<? super T, Optional<V>> getter,
                BiConsumer<? super B, V> setter) {
            add(new Column<>(column, type, true, getter, setter, Role.DATA, true, false, false));
            return this;
        }

        /** The column declared last is written at insert only; updates leave it as it is. */
        public Definition<T, B> fixed() {
            return amendLast(c -> c.with(false, c.sensitive(), c.sortable()));
        }

        /** The column declared last holds personal or secret data: the audit trail redacts it. */
        public Definition<T, B> sensitive() {
            return amendLast(c -> c.with(c.updatable(), true, c.sortable()));
        }

        /**
         * The column declared last is stored encrypted with the host's {@link dev.atlvs.core.crypto.FieldKeys}
         * (and so is sensitive); with {@code blindIndex}, its {@code <column>_bidx} column holds a keyed hash for
         * equality look-ups.
         */
        public Definition<T, B> encrypted(boolean blindIndex) {
            Column<T, B, ?> last = columns.get(columns.size() - 1);
            if (!last.type().hasTextForm()) {
                throw new IllegalArgumentException(name + "." + last.name() + " has no text form and cannot be encrypted");
            }
            if (last.sortable()) {
                throw new IllegalArgumentException(name + "." + last.name() + " is a sort key and cannot be encrypted");
            }
            return amendLast(c -> c.encrypted(blindIndex));
        }

        /** Pages may be sorted by the column declared last (it must be non-null). */
        public Definition<T, B> sortable() {
            Column<T, B, ?> last = columns.get(columns.size() - 1);
            if (last.nullable()) {
                throw new IllegalArgumentException(name + "." + last.name() + " is nullable and cannot be a sort key");
            }
            if (last.encrypted()) {
                throw new IllegalArgumentException(name + "." + last.name() + " is encrypted and cannot be a sort key");
            }
            return amendLast(c -> c.with(c.updatable(), c.sensitive(), true));
        }

        /** Records of this table are soft-deleted ({@code deleted_at}); the value type implements {@link SoftDeletable}. */
        public Definition<T, B> softDelete() {
            this.softDelete = true;
            return this;
        }

        private Definition<T, B> amendLast(Function<Column<T, B, ?>, Column<T, B, ?>> change) {
            int last = columns.size() - 1;
            columns.set(last, change.apply(columns.get(last)));
            return this;
        }

        /** Completes the declaration with the blind indexes of encrypted columns and the standard columns. */
        @SuppressWarnings("unchecked")
        public Table<T, B> build() {
            for (Column<T, B, ?> column : List.copyOf(columns)) {
                if (column.blindIndexed()) {
                    add(column.blindIndexColumn());
                }
            }
            add(new Column<>("created_at", ColumnType.TIMESTAMPTZ, false, Entity::createdAt, (B b, Instant v) -> b.createdAt(v),
                    Role.MANAGED, false, false, true));
            add(new Column<>("created_by", ColumnType.UUID_TYPE, true, Entity::createdBy, (B b, UUID v) -> b.createdBy(v),
                    Role.MANAGED, false, false, false));
            add(new Column<>("updated_at", ColumnType.TIMESTAMPTZ, false, Entity::updatedAt, (B b, Instant v) -> b.updatedAt(v),
                    Role.MANAGED, false, false, true));
            add(new Column<>("updated_by", ColumnType.UUID_TYPE, true, Entity::updatedBy, (B b, UUID v) -> b.updatedBy(v),
                    Role.MANAGED, false, false, false));
            add(new Column<>("version", ColumnType.BIGINT, false, Entity::version, (B b, Long v) -> b.version(v),
                    Role.MANAGED, false, false, false));
            if (softDelete) {
                add(new Column<>("deleted_at", ColumnType.TIMESTAMPTZ, true, (T t) -> ((SoftDeletable) t).deletedAt(),
                        (B b, Instant v) -> ((SoftDeletable.Builder<?>) b).deletedAt(v), Role.DELETION, false, false, false));
            }
            return new Table<>(this);
        }
    }
}
