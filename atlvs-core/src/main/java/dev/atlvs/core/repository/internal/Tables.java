package dev.atlvs.core.repository.internal;

import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TableCatalog;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every table declared by the modules on the class path, by name. */
public final class Tables {
    private static final Map<String, Table<?, ?>> BY_NAME = load();

    private Tables() {}

    private static Map<String, Table<?, ?>> load() {
        Map<String, Table<?, ?>> tables = new LinkedHashMap<>();
        for (TableCatalog catalog : ServiceLoader.load(TableCatalog.class, Tables.class.getClassLoader())) {
            for (Table<?, ?> table : catalog.tables()) {
                Table<?, ?> previous = tables.put(table.name(), table);
                if (previous != null && previous != table) {
                    throw new IllegalStateException("table " + table.name() + " is declared twice");
                }
            }
        }
        return Map.copyOf(tables);
    }

    /** Every declared table. */
    public static Collection<Table<?, ?>> all() {
        return BY_NAME.values();
    }

    /** The declaration of {@code name}, if any module declares it. */
    public static Optional<Table<?, ?>> named(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name));
    }

    /** The Java property of {@code column} in {@code table}, falling back to camel case. */
    public static String property(String table, String column) {
        return named(table).map(t -> t.propertyOf(column)).orElseGet(() -> camel(column == null ? "value" : column));
    }

    /** The entity name of {@code table} for messages. */
    public static String entity(String table) {
        return named(table).map(Table::entityName).orElse(table == null ? "record" : table);
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
