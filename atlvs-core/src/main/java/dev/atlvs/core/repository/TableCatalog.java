package dev.atlvs.core.repository;

import java.util.List;

/**
 * Lists the table declarations of one module. Each module registers its catalog in
 * {@code META-INF/services/dev.atlvs.core.repository.TableCatalog}; the SDK uses the union to map
 * database errors to Java fields, and the contract suites check every declaration against the schema.
 */
public interface TableCatalog {

    /** The tables this module declares. */
    List<Table<?, ?>> tables();
}
