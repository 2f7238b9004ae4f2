package dev.atlvs.core.search;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One page of hits, best first, and the token of the next page when there are more.
 *
 * @param hits the hits of this page, at most the query's limit
 * @param nextPageToken pass to {@link SearchQuery#after(String)} for the next page; empty on the last page
 */
public record SearchPage(List<SearchHit> hits, Optional<String> nextPageToken) {

    public SearchPage {
        hits = List.copyOf(hits);
        requireNonNull(nextPageToken, "nextPageToken is null");
    }

    /** Whether a next page exists. */
    public boolean hasNext() {
        return nextPageToken.isPresent();
    }
}
