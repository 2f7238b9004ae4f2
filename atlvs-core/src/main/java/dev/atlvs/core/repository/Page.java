package dev.atlvs.core.repository;

import java.util.List;
import java.util.Optional;

/**
 * One page of records and, when more follow, the cursor of the next page.
 *
 * @param <T> the value type
 */
public record Page<T>(List<T> items, Optional<String> nextCursor, PageRequest request) {

    public Page {
        items = List.copyOf(items);
    }

    /** The request for the next page, when there is one. */
    public Optional<PageRequest> nextRequest() {
        return nextCursor.map(request::after);
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
