package dev.atlvs.core.search;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.repository.Table;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table whose records are searchable, under an entity type name: the Java side of
 * {@code atlvs.register_search_source}, which a module's migration calls with the same columns. A module declares its
 * sources in {@link dev.atlvs.core.module.AtlvsModule#searchSources()}; the generated guardrail suites compare them
 * with the registrations of the database.
 *
 * <pre>{@code
 * // migration: select atlvs.register_search_source('atlvs.locations', 'location', array['name'],
 * //                array['city', 'region', 'country'], array['address_line1', 'address_line2', 'postal_code', 'notes'],
 * //                'deleted_at');
 * SearchSource.of("location", Location.TABLE, List.of("name"))
 *         .withSubtitle("city", "region", "country")
 *         .withBody("address_line1", "address_line2", "postal_code", "notes");
 * }</pre>
 *
 * @param entityType the name hits carry ({@code location}, {@code person}): lower-case letters and underscores
 * @param table the source table, a tenant table with an {@code id} column
 * @param titleColumns the columns of the title (weight A, matched by spelling too), at least one
 * @param subtitleColumns the columns of the subtitle (weight B, matched by spelling too)
 * @param bodyColumns the columns of the body (weight C, matched by words only)
 */
public record SearchSource(String entityType, Table<?, ?> table, List<String> titleColumns, List<String> subtitleColumns,
        List<String> bodyColumns) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]{0,62}");

    public SearchSource {
        requireNonNull(entityType, "entityType is null");
        requireNonNull(table, "table is null");
        titleColumns = List.copyOf(titleColumns);
        subtitleColumns = List.copyOf(subtitleColumns);
        bodyColumns = List.copyOf(bodyColumns);
        if (!NAME.matcher(entityType).matches()) {
            throw new IllegalArgumentException("a search entity type is lower-case letters and underscores");
        }
        if (titleColumns.isEmpty()) {
            throw new IllegalArgumentException("a search source has at least one title column");
        }
        if (table.tenantColumn().isEmpty()) {
            throw new IllegalArgumentException("a search source is a tenant table");
        }
    }

    /** A source of {@code table} under {@code entityType} with the title {@code titleColumns} and no subtitle or body. */
    public static SearchSource of(String entityType, Table<?, ?> table, List<String> titleColumns) {
        return new SearchSource(entityType, table, titleColumns, List.of(), List.of());
    }

    /** This source with the subtitle {@code columns}. */
    public SearchSource withSubtitle(String... columns) {
        return new SearchSource(entityType, table, titleColumns, List.of(columns), bodyColumns);
    }

    /** This source with the body {@code columns}. */
    public SearchSource withBody(String... columns) {
        return new SearchSource(entityType, table, titleColumns, subtitleColumns, List.of(columns));
    }

    /** The column whose value removes a record from the index: {@code deleted_at} of a soft-deletable table. */
    public Optional<String> softDeleteColumn() {
        return table.softDelete() ? Optional.of("deleted_at") : Optional.empty();
    }
}
