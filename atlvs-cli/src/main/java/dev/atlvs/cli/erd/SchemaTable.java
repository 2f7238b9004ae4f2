package dev.atlvs.cli.erd;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * A table of the {@code atlvs} schema as the catalog describes it.
 *
 * @param name the table's name, without the schema
 * @param columns its columns in the table's order
 * @param primaryKey the columns of its primary key, empty when it has none
 * @param uniqueKeys the column sets of its unique constraints and unique indexes over plain columns (not partial ones: a
 *        partial index makes rows unique only among those it covers)
 * @param foreignKeys its foreign keys, each one relationship however many columns it has
 */
record SchemaTable(String name, List<Column> columns, List<String> primaryKey, List<Set<String>> uniqueKeys,
        List<ForeignKey> foreignKeys) {

    SchemaTable {
        requireNonNull(name, "name is null");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** Whether the rows of this table are unique on {@code columns}: they cover the primary key or a unique key. */
    boolean uniqueOn(Set<String> columns) {
        if (!primaryKey.isEmpty() && columns.containsAll(primaryKey)) {
            return true;
        }
        return uniqueKeys.stream().anyMatch(columns::containsAll);
    }

    /** Whether every one of {@code names} is a {@code not null} column. */
    boolean notNull(List<String> names) {
        return names.stream().allMatch(name -> columns.stream().anyMatch(column -> column.name().equals(name) && column.notNull()));
    }

    /**
     * A column.
     *
     * @param name the column's name
     * @param type its type, compact and without modifiers ({@code timestamptz}, {@code varchar}, {@code text[]})
     * @param notNull whether it is declared {@code not null}
     */
    record Column(String name, String type, boolean notNull) {
        Column {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
        }
    }

    /**
     * A foreign key.
     *
     * @param columns the referencing columns, in the key's order
     * @param referencedTable the referenced table, without the schema
     * @param referencedColumns the referenced columns, in the key's order
     */
    record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {
        ForeignKey {
            columns = List.copyOf(columns);
            requireNonNull(referencedTable, "referencedTable is null");
            referencedColumns = List.copyOf(referencedColumns);
        }
    }
}
