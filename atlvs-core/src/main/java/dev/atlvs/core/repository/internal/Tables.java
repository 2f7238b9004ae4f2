package dev.atlvs.core.repository.internal;

import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.repository.Table;
import java.util.Collection;
import java.util.Optional;

/** Every table declared by the modules on the class path ({@link AtlvsModules#installed()}), by name. */
public final class Tables {
    private Tables() {}

    /** Every declared table. */
    public static Collection<Table<?, ?>> all() {
        return AtlvsModules.installed().tables();
    }

    /** The declaration of {@code name}, if any module declares it. */
    public static Optional<Table<?, ?>> named(String name) {
        return AtlvsModules.installed().table(name);
    }

    /** The Java property of {@code column} in {@code table}, falling back to camel case. */
    public static String property(String table, String column) {
        return named(table).map(t -> t.propertyOf(column)).orElseGet(() -> dev.atlvs.core.repository.Column.propertyName(column == null ? "value" : column));
    }

    /** The entity name of {@code table} for messages. */
    public static String entity(String table) {
        return named(table).map(Table::entityName).orElse(table == null ? "record" : table);
    }

}
