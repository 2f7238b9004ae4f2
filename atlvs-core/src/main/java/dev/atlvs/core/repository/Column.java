package dev.atlvs.core.repository;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One column of a {@link Table} declaration: its name, type and nullability, the Java property it
 * maps to, and how the engine reads it from a value and writes it into a builder.
 *
 * @param <T> the value type
 * @param <B> the value type's builder
 * @param <V> the Java type of the column's values
 */
public final class Column<T, B, V> {

    /** What a column is to the generic engine. */
    public enum Role {
        /** The tenant key ({@code organization_id}); never updated. */
        TENANT,
        /** The record's id; never updated. */
        KEY,
        /** A domain column written by inserts and (unless fixed) updates. */
        DATA,
        /** A standard column the database maintains (creation and update stamps, version). */
        MANAGED,
        /** {@code deleted_at}: written only by soft delete and restore. */
        DELETION,
        /**
         * The blind index of an encrypted column ({@code <column>_bidx}): written with it, from its value, and
         * never mapped to a property.
         */
        BLIND_INDEX
    }

    private final String name;
    private final String property;
    private final ColumnType<V> type;
    private final boolean nullable;
    private final Function<? super T, ?> getter;
    private final BiConsumer<? super B, V> setter;
    private final Role role;
    private final boolean updatable;
    private final boolean sensitive;
    private final boolean sortable;
    private final boolean encrypted;
    private final boolean blindIndexed;
    private final String source;

    Column(String name, ColumnType<V> type, boolean nullable, Function<? super T, ?> getter, BiConsumer<? super B, V> setter,
            Role role, boolean updatable, boolean sensitive, boolean sortable) {
        this(name, type, nullable, getter, setter, role, updatable, sensitive, sortable, false, false, null);
    }

    private Column(String name, ColumnType<V> type, boolean nullable, Function<? super T, ?> getter, BiConsumer<? super B, V> setter,
            Role role, boolean updatable, boolean sensitive, boolean sortable, boolean encrypted, boolean blindIndexed, String source) {
        this.name = requireNonNull(name, "name is null");
        // A blind index reports as the property it indexes (a duplicate employee id names employeeId).
        this.property = propertyName(source == null ? name : source);
        this.type = requireNonNull(type, "type is null");
        this.nullable = nullable;
        this.getter = requireNonNull(getter, "getter is null");
        this.setter = requireNonNull(setter, "setter is null");
        this.role = requireNonNull(role, "role is null");
        this.updatable = updatable;
        this.sensitive = sensitive;
        this.sortable = sortable;
        this.encrypted = encrypted;
        this.blindIndexed = blindIndexed;
        this.source = source;
    }

    Column<T, B, V> with(boolean newUpdatable, boolean newSensitive, boolean newSortable) {
        return new Column<>(name, type, nullable, getter, setter, role, newUpdatable, newSensitive, newSortable, encrypted, blindIndexed,
                source);
    }

    Column<T, B, V> encrypted(boolean withBlindIndex) {
        return new Column<>(name, type, nullable, getter, setter, role, updatable, true, false, true, withBlindIndex, source);
    }

    /** The blind-index column of this encrypted column. */
    Column<T, B, byte[]> blindIndexColumn() {
        return new Column<T, B, byte[]>(name + "_bidx", ColumnType.BYTEA, nullable, getter, (b, v) -> { }, Role.BLIND_INDEX,
                updatable, false, false, false, false, name);
    }

    /** The column name. */
    public String name() {
        return name;
    }

    /** The column name as it goes into statement text, quoted: {@code "starts_at"}. */
    public String quotedName() {
        return Identifiers.quote(name);
    }

    /** The Java property name (the column name in lower camel case). */
    public String property() {
        return property;
    }

    /** The column's type. */
    public ColumnType<V> type() {
        return type;
    }

    /** Whether the column accepts null (its property is an {@code Optional}). */
    public boolean nullable() {
        return nullable;
    }

    /** The column's role for the generic engine. */
    public Role role() {
        return role;
    }

    /** Whether updates write this column. */
    public boolean updatable() {
        return updatable;
    }

    /** Whether the value is personal or secret data that the audit trail must redact. */
    public boolean sensitive() {
        return sensitive;
    }

    /** Whether pages may be sorted by this column (only non-null columns may be). */
    public boolean sortable() {
        return sortable;
    }

    /**
     * Whether the column is stored encrypted: its values are written as ciphertext ({@code bytea}) made by the
     * host's {@link dev.atlvs.core.crypto.FieldKeys} and read back decrypted. An encrypted column is sensitive.
     */
    public boolean encrypted() {
        return encrypted;
    }

    /** Whether the encrypted column has a blind index ({@code <column>_bidx}) for equality look-ups. */
    public boolean blindIndexed() {
        return blindIndexed;
    }

    /** For a {@link Role#BLIND_INDEX} column, the encrypted column it indexes. */
    public java.util.Optional<String> source() {
        return java.util.Optional.ofNullable(source);
    }

    /** The column's type in the database: {@code bytea} for an encrypted column or a blind index, else {@link #type()}'s. */
    public String sqlType() {
        return encrypted || role == Role.BLIND_INDEX ? "bytea" : type.sqlType();
    }

    /** The column's value in {@code value}, or null. */
    public V valueOf(T value) {
        Object raw = getter.apply(value);
        if (raw instanceof Optional<?> optional) {
            raw = optional.orElse(null);
        }
        return raw == null ? null : type.cast(raw);
    }

    /** Writes {@code columnValue} into {@code builder}; a null leaves the property absent. */
    public void set(B builder, V columnValue) {
        if (columnValue != null) {
            setter.accept(builder, columnValue);
        }
    }

    @Override
    public String toString() {
        return name + " " + sqlType() + (nullable ? "" : " not null") + (encrypted ? " encrypted" : "");
    }

    /** The Java property of a column name: the name in lower camel case ({@code address_line1} → {@code addressLine1}). */
    public static String propertyName(String column) {
        StringBuilder property = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                property.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return property.toString();
    }
}
