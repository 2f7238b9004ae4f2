package dev.atlvs.core.migration;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * What a {@link AtlvsMigrations#migrate()} run applied.
 *
 * @param appliedByModule how many migrations ran for each module, in the order they were migrated
 */
public record MigrationReport(Map<String, Integer> appliedByModule) {

    public MigrationReport {
        requireNonNull(appliedByModule, "appliedByModule is null");
        appliedByModule = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(appliedByModule));
    }

    /** How many migrations ran, over all modules. */
    public int applied() {
        return appliedByModule.values().stream().mapToInt(Integer::intValue).sum();
    }
}
