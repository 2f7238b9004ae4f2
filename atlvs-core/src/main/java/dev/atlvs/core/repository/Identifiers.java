package dev.atlvs.core.repository;

import static java.util.Objects.requireNonNull;

/**
 * SQL identifiers as they go into statement text: always quoted, so that a name is read as one name whatever it
 * contains. Values never go into statement text; they are bound.
 *
 * <pre>{@code
 * Identifiers.quote("project_tasks");               // "project_tasks"
 * Identifiers.quote("odd\"name");                   // "odd""name"
 * Identifiers.qualified("atlvs", "project_tasks");  // "atlvs"."project_tasks"
 * }</pre>
 */
public final class Identifiers {

    private Identifiers() {}

    /**
     * {@code name} as a quoted identifier: in double quotes, embedded double quotes doubled.
     *
     * @throws IllegalArgumentException when {@code name} is empty or contains a NUL character, which no identifier can hold
     */
    public static String quote(String name) {
        requireNonNull(name, "name is null");
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an SQL identifier is not empty and holds no NUL character");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, each part quoted. */
    public static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }
}
