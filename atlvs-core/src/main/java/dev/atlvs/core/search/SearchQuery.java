package dev.atlvs.core.search;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What to search for: the text as a user types it, the entity types to search (every type the actor may read when
 * none is named), how many hits a page holds, and the page after which to continue. A value; the withers return
 * copies. Validated by {@link Search#query} before any SQL runs.
 *
 * <pre>{@code
 * SearchQuery first = SearchQuery.of("joao rigger").types("person", "company").limit(20);
 * SearchPage page = tx.search().query(first);
 * SearchPage next = tx.search().query(first.after(page.nextPageToken().orElseThrow()));
 * }</pre>
 *
 * <p>The text follows web search syntax ({@code websearch_to_tsquery}): words are all required, {@code "quoted
 * phrases"} match in order, {@code or} between words accepts either, {@code -word} excludes it. Spelling similarity
 * compares the whole text with titles and subtitles.
 */
public final class SearchQuery {

    /** The default number of hits per page. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest number of hits per page. */
    public static final int MAX_LIMIT = 100;
    /** The longest text searched for. */
    public static final int MAX_TEXT_LENGTH = 200;

    private final String text;
    private final SortedSet<String> types;
    private final int limit;
    private final String after;

    private SearchQuery(String text, SortedSet<String> types, int limit, String after) {
        this.text = text;
        this.types = types;
        this.limit = limit;
        this.after = after;
    }

    /** A query for {@code text}, over every type the actor may read, {@value #DEFAULT_LIMIT} hits per page, first page. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, new TreeSet<>(), DEFAULT_LIMIT, null);
    }

    /** This query restricted to the entity types {@code types} (all when none). */
    public SearchQuery types(String... types) {
        return types(List.of(types));
    }

    /** This query restricted to the entity types {@code types} (all when empty). */
    public SearchQuery types(java.util.Collection<String> types) {
        requireNonNull(types, "types is null");
        TreeSet<String> copy = new TreeSet<>();
        for (String type : types) {
            copy.add(requireNonNull(type, "a type is null"));
        }
        return new SearchQuery(text, copy, limit, after);
    }

    /** This query with {@code limit} hits per page, 1 to {@value #MAX_LIMIT}. */
    public SearchQuery limit(int limit) {
        return new SearchQuery(text, types, limit, after);
    }

    /** This query continuing after the page whose {@link SearchPage#nextPageToken()} is {@code pageToken}. */
    public SearchQuery after(String pageToken) {
        return new SearchQuery(text, types, limit, requireNonNull(pageToken, "pageToken is null"));
    }

    /** The text searched for, as given. */
    public String text() {
        return text;
    }

    /** The entity types searched; empty for every type the actor may read. */
    public SortedSet<String> types() {
        return java.util.Collections.unmodifiableSortedSet(types);
    }

    /** The number of hits per page. */
    public int limit() {
        return limit;
    }

    /** The token of the page this query continues after; empty for the first page. */
    public Optional<String> pageToken() {
        return Optional.ofNullable(after);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchQuery that && java.util.Objects.equals(text, that.text) && types.equals(that.types)
                && limit == that.limit && java.util.Objects.equals(after, that.after);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(text, types, limit, after);
    }

    /** A description without the searched text (which may be personal). */
    @Override
    public String toString() {
        return "SearchQuery{types=" + types + ", limit=" + limit + (after == null ? "" : ", after a page") + "}";
    }
}
