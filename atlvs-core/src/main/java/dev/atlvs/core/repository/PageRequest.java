package dev.atlvs.core.repository;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What page of a table to read: filters, a sort field with a direction (ties broken by id, so the
 * order is stable), a page size, and the cursor of the previous page. Pages are keyset-paginated: the
 * cost of a page does not grow with how deep it is.
 *
 * <pre>{@code
 * Page<Location> first = locations.page(PageRequest.sortedBy("name").filter(Filter.equal("type", LocationType.VENUE)).limit(50));
 * Page<Location> next = locations.page(first.nextRequest().orElseThrow());
 * }</pre>
 */
public final class PageRequest {

    /** The sort direction. */
    public enum Direction { ASCENDING, DESCENDING }

    /** The largest page size. */
    public static final int MAX_LIMIT = 1000;

    private final String sort;
    private final Direction direction;
    private final List<Filter> filters;
    private final int limit;
    private final String after;
    private final boolean includeDeleted;

    private PageRequest(String sort, Direction direction, List<Filter> filters, int limit, String after, boolean includeDeleted) {
        this.sort = sort;
        this.direction = direction;
        this.filters = List.copyOf(filters);
        this.limit = limit;
        this.after = after;
        this.includeDeleted = includeDeleted;
    }

    /** The first page of 50, in id (creation) order. */
    public static PageRequest first() {
        return new PageRequest("id", Direction.ASCENDING, List.of(), 50, null, false);
    }

    /** The first page sorted by a sortable field, ascending. */
    public static PageRequest sortedBy(String field) {
        return first().sort(field, Direction.ASCENDING);
    }

    public PageRequest sort(String field, Direction newDirection) {
        return new PageRequest(requireNonNull(field, "field is null"), requireNonNull(newDirection, "direction is null"),
                filters, limit, null, includeDeleted);
    }

    public PageRequest descending() {
        return sort(sort, Direction.DESCENDING);
    }

    public PageRequest filter(Filter filter) {
        List<Filter> all = new ArrayList<>(filters);
        all.add(requireNonNull(filter, "filter is null"));
        return new PageRequest(sort, direction, all, limit, after, includeDeleted);
    }

    /** The page size, 1 to {@value #MAX_LIMIT}. */
    public PageRequest limit(int newLimit) {
        if (newLimit < 1 || newLimit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(sort, direction, filters, newLimit, after, includeDeleted);
    }

    /** The page after the one whose {@link Page#nextCursor()} is {@code cursor}. */
    public PageRequest after(String cursor) {
        return new PageRequest(sort, direction, filters, limit, requireNonNull(cursor, "cursor is null"), includeDeleted);
    }

    /** Includes soft-deleted records (they are hidden by default). */
    public PageRequest includeDeleted() {
        return new PageRequest(sort, direction, filters, limit, after, true);
    }

    public String sortField() {
        return sort;
    }

    public Direction direction() {
        return direction;
    }

    public List<Filter> filters() {
        return filters;
    }

    public int limit() {
        return limit;
    }

    public Optional<String> cursor() {
        return Optional.ofNullable(after);
    }

    public boolean includesDeleted() {
        return includeDeleted;
    }
}
