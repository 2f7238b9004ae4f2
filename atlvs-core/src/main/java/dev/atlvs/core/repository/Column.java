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
        DELETION
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

    Column(String name, ColumnType<V> type, boolean nullable, Function<? super T, ?> getter, BiConsumer<? super B, V> setter,
            Role role, boolean updatable, boolean sensitive, boolean sortable) {
        this.name = requireNonNull(name, "name is null");
        this.property = propertyName(name);
        this.type = requireNonNull(type, "type is null");
        this.nullable = nullable;
        this.getter = requireNonNull(getter, "getter is null");
        this.setter = requireNonNull(setter, "setter is null");
        this.role = requireNonNull(role, "role is null");
        this.updatable = updatable;
        this.sensitive = sensitive;
        this.sortable = sortable;
    }

    Column<T, B, V> with(boolean updatable, boolean sensitive, boolean sortable) {
        return new Column<>(name, type, nullable, getter, setter, role, updatable, sensitive, sortable);
    }

    /** The column name. */
    public String name() {
        return name;
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
        return name + " " + type + (nullable ? "" : " not null");
    }

    static String propertyName(String column) {
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
